package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kohyo.archive.Archiving;
import kohyo.archive.PeriodBuild;
import kohyo.archive.Progress;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo archive}: each period as PDF/A-1b with its inputs, a manifest and SHA256SUMS, into
 * an archive folder.
 */
@Command(
    name = "archive",
    description = {
      "期間ごとに PDF/A-1b、入力（公表する事案・period.yaml・テンプレート・フォント）、目録（manifest.txt）と SHA256SUMS をアーカイブに書き出します。",
      "既にアーカイブにある期間は --replace で理由を示さない限り上書きしません。"
    })
final class ArchiveCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Option(names = "--to", required = true, paramLabel = "ARCHIVE", description = "アーカイブのフォルダー")
  private Path archive;

  @Option(
      names = "--replace",
      paramLabel = "理由",
      description = "既にある期間を差し替える理由。前の版は ARCHIVE/<期間>/history/<n>/ に理由とともに残ります。")
  private String reason;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (archive.toString().isBlank()) {
      throw new UsageException("--to にはアーカイブのフォルダーを指定してください。");
    }
    Optional<String> why = reason();
    List<Path> resolved = periods.resolve();
    for (Path f : resolved) {
      if (!Archiving.isPeriodName(PeriodFolders.name(f))) {
        throw new UsageException("アーカイブに使えない期間フォルダー名です: " + f);
      }
    }
    Checker checker = Checks.checker();
    List<CheckedPeriod> checked = checker.checkAll(resolved);
    if (!Checks.report(checked, err, "アーカイブには何も書き出していません。")) {
      return ExitCodes.INVALID_DATA;
    }
    Archiving.Outcome outcome =
        new Archiving(checker.installation().home())
            .run(
                archive,
                checked,
                why,
                Progress.forOutput(out, checked.size(), System.console() != null));
    outcome.recovered().forEach(err::println);
    return report(outcome, out, err);
  }

  private int report(Archiving.Outcome outcome, PrintWriter out, PrintWriter err) {
    if (outcome instanceof Archiving.Written w) {
      for (PeriodBuild b : w.builds()) {
        out.println(
            archive.resolve(b.period())
                + " に保管しました（"
                + b.manifest().pdfName()
                + "（PDF/A-1b）、"
                + String.join("、", b.twins().keySet().stream().map(b.manifest()::twinName).toList())
                + "、入力"
                + (w.replaced().contains(b.period()) ? "、前の版は history に保存" : "")
                + "）。");
      }
      return ExitCodes.OK;
    }
    if (outcome instanceof Archiving.AlreadyArchived a) {
      for (Path p : a.periods()) {
        err.println(p + ": この期間は既にアーカイブにあります。差し替えるには --replace \"理由\" を付けてください。");
      }
      err.println("アーカイブには何も書き出していません。");
      return ExitCodes.INVALID_DATA;
    }
    if (outcome instanceof Archiving.Busy b) {
      err.println(
          archive
              + ": 別の archive が実行中です（"
              + b.lock()
              + " が使用中）。終わってからやり直してください。アーカイブには何も書き出していません。");
    } else if (outcome instanceof Archiving.Refused r) {
      r.reasons().forEach(err::println);
      err.println("アーカイブが記録どおりではないため、何も書き出していません。./kohyo verify " + archive + " で確かめてください。");
    } else if (outcome instanceof Archiving.Failed f) {
      err.println(f.reason());
    }
    return ExitCodes.FAILURE;
  }

  /**
   * The reason on one line. A folder given right after {@code --replace} is taken by the option as
   * its value; a reason that names an existing file or folder is almost surely that mistake.
   */
  private Optional<String> reason() {
    Optional<String> why =
        Optional.ofNullable(reason).map(r -> r.replaceAll("[\\r\\n]+", " ").strip());
    if (why.isPresent() && why.get().isEmpty()) {
      throw new UsageException("--replace には差し替えの理由を書いてください（例: --replace \"所属名の誤記を訂正\"）。");
    }
    if (why.isPresent() && namesAFile(why.get())) {
      throw new UsageException(
          "--replace の後には差し替えの理由を書いてください。「"
              + why.get()
              + "」はフォルダーかファイルの名前で、理由として読まれました（例: --replace \"所属名の誤記を訂正\" "
              + why.get()
              + "）。");
    }
    return why;
  }

  private static boolean namesAFile(String text) {
    try {
      return Files.exists(Path.of(text));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
