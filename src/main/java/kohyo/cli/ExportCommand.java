package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kohyo.base.AtomicFiles;
import kohyo.base.IoMessages;
import kohyo.check.CheckedPeriod;
import kohyo.excel.TableExport;
import kohyo.excel.TableLayout;
import kohyo.model.Edition;
import kohyo.wording.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kohyo export DIR --xlsx FILE}: a checked period as the office's familiar Excel table. */
@Command(
    name = "export",
    description = {
      "期間のデータを検査し、公表版と同じ表を Excel のファイル（.xlsx）に書き出します。",
      "非公表の事案は件数だけです。既にあるファイルは上書きしません。"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(index = "0", paramLabel = "DIR", description = "期間のフォルダー")
  private Path folder;

  @Option(
      names = "--xlsx",
      required = true,
      paramLabel = "FILE",
      description = "書き出す Excel のファイル（.xlsx。まだないファイル）")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new UsageException("--xlsx には .xlsx で終わるファイル名を指定してください: " + file);
    }
    if (Files.exists(file)) {
      throw new UsageException(file + " は既にあります。上書きしないので、別の名前を指定するか、先に移してください。");
    }
    List<CheckedPeriod> checked = Checks.run(PeriodFolders.resolve(List.of(folder)));
    if (!Checks.report(checked, err, "ファイルは何も書き出していません。")) {
      return ExitCodes.INVALID_DATA;
    }
    CheckedPeriod period = checked.get(0);
    Edition edition = period.checkedEdition();
    byte[] bytes =
        TableExport.workbook(
            edition,
            period.acknowledged(),
            Wording.load(period.installation().home()),
            TableLayout.read(period.installation().home()));
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      err.println(file + ": 書き出せません（" + IoMessages.describe(e) + "）。");
      return ExitCodes.FAILURE;
    }
    out.println(
        file
            + " を作りました（事案 "
            + edition.total()
            + " 件、うち非公表 "
            + edition.withheldCount()
            + " 件、掲載 "
            + edition.published().size()
            + " 件）。");
    return ExitCodes.OK;
  }
}
