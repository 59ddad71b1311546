package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kohyo.base.AtomicFiles;
import kohyo.base.IoMessages;
import kohyo.base.Problem;
import kohyo.check.CheckedPeriod;
import kohyo.excel.ImportedCase;
import kohyo.excel.ImportedTable;
import kohyo.excel.TableImport;
import kohyo.model.FiscalHalf;
import kohyo.wording.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo import TABLE.xlsx --to DIR}: an office's Excel table into a new period folder, then
 * the same check as every other command.
 */
@Command(
    name = "import",
    description = {
      "Excel の表（.xlsx）から期間のフォルダー（period.yaml と cases/）を作り、検査します。",
      "読めないセルが 1 つでもあれば、すべてを「ファイル:シート!セル」で示し、何も書き出しません。"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(index = "0", paramLabel = "TABLE.xlsx", description = "取り込む Excel のファイル")
  private Path table;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "作る期間のフォルダー（まだないか、空のフォルダー。上書きはしません）")
  private Path to;

  @Option(names = "--sheet", paramLabel = "シート名", description = "表のあるシート（表のあるシートが複数のとき）")
  private String sheet;

  @Option(
      names = "--fiscal-year",
      paramLabel = "年度",
      description = "西暦の年度（例: 2025）。表に表題（【令和7年度上半期分】）がないときに指定します。")
  private Integer fiscalYear;

  @Option(names = "--half", paramLabel = "区分", description = "上半期 または 下半期。表に表題がないときに指定します。")
  private String half;

  @Option(names = "--publisher", paramLabel = "公表主体", description = "公表主体（例: ○県）。表に表題がないときに指定します。")
  private String publisher;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TableImport.Options options =
        new TableImport.Options(
            Optional.ofNullable(sheet),
            Optional.ofNullable(publisher).map(String::strip).filter(s -> !s.isEmpty()),
            Optional.ofNullable(fiscalYear),
            Optional.ofNullable(half).map(ImportCommand::half));
    if (!Files.isRegularFile(table)) {
      throw new UsageException(table + " がありません（Excel のファイルを指定してください）。");
    }
    refuseFilledFolder(to);
    Wording wording = Wording.load(Checks.home());
    ImportedTable imported;
    try {
      imported = TableImport.read(table, table.toString(), options, wording);
    } catch (TableImport.Unreadable e) {
      err.println(table + ": " + e.getMessage());
      err.println("エラー 1 件。ファイルは何も書き出していません。");
      return ExitCodes.INVALID_DATA;
    } catch (TableImport.SheetChoice e) {
      throw new UsageException(e.getMessage());
    }
    if (!imported.problems().isEmpty()) {
      imported.problems().forEach(p -> err.println(p.format()));
      err.println("エラー " + imported.problems().size() + " 件。ファイルは何も書き出していません。");
      return ExitCodes.INVALID_DATA;
    }
    requirePeriod(imported);
    try {
      AtomicFiles.writeAll(imported.files(to));
      Files.createDirectories(to.resolve("cases"));
    } catch (AtomicFiles.Failed e) {
      err.println(e.target() + ": 書き出せません（" + IoMessages.describe(e.reason()) + "）。何も書き出していません。");
      return ExitCodes.FAILURE;
    } catch (IOException e) {
      err.println(to + ": 書き出せません（" + IoMessages.describe(e) + "）。");
      return ExitCodes.FAILURE;
    }
    out.println(
        table
            + " のシート「"
            + imported.sheet()
            + "」から "
            + to
            + " を作りました（事案 "
            + imported.cases().size()
            + " 件、うち非公表 "
            + imported.withheldRows()
            + " 件）。");
    if (!imported.ignoredColumns().isEmpty()) {
      out.println("取り込まなかった列: " + String.join("、", imported.ignoredColumns()));
    }
    if (!imported.hiddenRows().isEmpty()) {
      out.println(
          "取り込まなかった行: "
              + String.join("、", imported.hiddenRows().stream().map(r -> r + " 行目").toList())
              + "（非表示の行。印刷されないため、公表していない行として扱いました。取り込むには、行を再表示してから取り込み直してください）");
    }
    if (imported.renumbered()) {
      out.println("注意: 表の NO が発生日の順になっていません。PDF の NO は発生日の順に振り直されます。");
    }
    explainWithheld(imported, out);
    CheckedPeriod checked = Checks.checker().check(to);
    boolean ok =
        Checks.report(
            List.of(checked),
            err,
            "取り込んだファイルは " + to + " にあります。上の箇所を直してから ./kohyo check " + to + " で確かめてください。");
    if (!ok) {
      rowsOf(checked, imported, err);
      return ExitCodes.INVALID_DATA;
    }
    out.println("検査: 問題ありません。次は ./kohyo build " + to + " で PDF を作れます。");
    return ExitCodes.OK;
  }

  private static FiscalHalf half(String word) {
    String w = word.strip();
    for (FiscalHalf h : FiscalHalf.values()) {
      if (h.label().equals(w)) {
        return h;
      }
    }
    throw new UsageException("--half は 上半期 か 下半期 にしてください。");
  }

  /** Nothing is overwritten: the folder must be new or empty. */
  private static void refuseFilledFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(dir + " はフォルダーではありません。新しいフォルダーの名前を指定してください。");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new UsageException(dir + " は空ではありません。上書きしないよう、まだないフォルダーか空のフォルダーを指定してください。");
        }
      } catch (IOException e) {
        throw new UsageException(dir + " を読めません（" + IoMessages.describe(e) + "）。");
      }
    }
  }

  /** A sheet without a title needs the period from the command line. */
  private static void requirePeriod(ImportedTable t) {
    List<String> missing = new ArrayList<>();
    if (t.period().issuer().isBlank()) {
      missing.add("--publisher ○県");
    }
    if (t.period().fiscalYear().isBlank()) {
      missing.add("--fiscal-year 2025");
    }
    if (t.period().half().isBlank()) {
      missing.add("--half 上半期");
    }
    if (!missing.isEmpty()) {
      throw new UsageException(
          "表に表題（「○県の保有個人情報の漏えい事案概要【令和7年度上半期分】」）がないため、期間が分かりません。"
              + String.join(" ", missing)
              + " のように指定してください。何も書き出していません。");
    }
  }

  /**
   * A published table shows withheld cases only as the count: say how many files are missing and
   * how to add them. A withheld row kept in the table (「非公表基準(3)に該当するため非公表」) usually has no 発生日,
   * which its file needs.
   */
  private void explainWithheld(ImportedTable t, PrintWriter out) {
    for (ImportedCase c : t.cases()) {
      if (c.withheld() && c.date() == null) {
        out.println(
            "非公表の事案: "
                + c.row()
                + " 行目は非公表の事案として取り込みました。表に発生日がないため、"
                + to.resolve("cases").resolve(c.fileName())
                + " に「発生日: "
                + periodStart(t)
                + "」のように期間内の発生日を書き加えてください（PDF には載りません）。");
      }
    }
    if (t.count().isEmpty()) {
      return;
    }
    ImportedTable.CountLine count = t.count().get();
    int missing = t.missingWithheld();
    if (missing > 0) {
      out.println(
          "非公表の事案: 件数の行（"
              + count.total()
              + "件、うち非公表基準該当"
              + count.withheld()
              + "件）の非公表 "
              + missing
              + " 件は表に載っていないため、取り込んでいません。");
      out.println(
          "  "
              + to.resolve("cases")
              + " に 1 件ずつ YAML を加えてください（README「非公表の事案」）。例: 99-hikohyo-1.yaml");
      out.println("    公表: 非公表");
      out.println("    非公表基準: 3");
      out.println("    発生日: " + periodStart(t) + "   # 期間内の日付");
    }
    long published = t.cases().size() - t.withheldRows();
    long expected = published + Math.max(count.withheld(), t.withheldRows());
    if (count.total() != expected) {
      out.println(
          "注意: 件数の行の総数（"
              + count.total()
              + " 件）と、表の事案（公表 "
              + published
              + " 件）と非公表（"
              + Math.max(count.withheld(), t.withheldRows())
              + " 件）の合計が合いません。表に載っていない事案がないか確かめてください。");
    }
  }

  /** The first day of the imported period, for the example. */
  private static String periodStart(ImportedTable t) {
    FiscalHalf half = half(t.period().half());
    return half.start(Integer.parseInt(t.period().fiscalYear())).toString();
  }

  /** Where in the sheet each case file with a problem came from. */
  private void rowsOf(CheckedPeriod checked, ImportedTable t, PrintWriter err) {
    for (ImportedCase c : t.cases()) {
      String file = to.resolve("cases").resolve(c.fileName()).toString();
      if (checked.problems().stream().map(Problem::path).anyMatch(file::equals)) {
        err.println("  " + file + " ← " + table + ":" + t.sheet() + " の " + c.row() + " 行目");
      }
    }
  }
}
