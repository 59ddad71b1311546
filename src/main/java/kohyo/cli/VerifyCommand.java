package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kohyo.archive.Verifier;
import kohyo.base.Home;
import kohyo.base.IoMessages;
import kohyo.check.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo verify}: rechecks an archive's SHA256SUMS and, with --rebuild, its PDFs against
 * their inputs.
 */
@Command(
    name = "verify",
    description = {
      "アーカイブのすべての SHA256SUMS を検算します。",
      "--rebuild では期間ごとに記録された入力から PDF を作り直し、保管されている PDF とバイト単位で比べます（作り直せない期間があれば失敗）。"
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(paramLabel = "ARCHIVE", description = "アーカイブのフォルダー")
  private Path archive;

  @Option(names = "--rebuild", description = "記録された入力から PDF を作り直して比べる")
  private boolean rebuild;

  @Option(
      names = "--data",
      paramLabel = "DATA",
      description = "--rebuild で使う、期間フォルダーを収めたフォルダー（省略時は目録に記録された、kohyo のフォルダーからの相対位置）")
  private Path data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(archive)) {
      throw new UsageException("アーカイブのフォルダーがありません: " + archive);
    }
    Verifier.Report report;
    try {
      Home home = rebuild ? Checks.home() : Home.locate();
      Checker checker = rebuild ? Checks.checker() : null;
      report = new Verifier(home, checker).verify(archive, rebuild, Optional.ofNullable(data));
    } catch (IOException e) {
      err.println(archive + ": 読めません（" + IoMessages.describe(e) + "）。");
      return ExitCodes.FAILURE;
    }
    report.failures().forEach(err::println);
    report.unrebuilt().forEach(err::println);
    String rebuilt = "再構築して照合: " + report.rebuilt() + "/" + report.periods() + " 期間";
    if (!report.failures().isEmpty()) {
      err.println(
          "検証に失敗しました（" + report.failures().size() + " 件" + (rebuild ? "。" + rebuilt : "") + "）。");
      return ExitCodes.INVALID_DATA;
    }
    if (!report.unrebuilt().isEmpty()) {
      // the user asked for a rebuild check; one that did not happen is not a pass
      err.println(
          "SHA256SUMS は一致しましたが（" + report.checked() + " ファイル）、再構築できない期間があります（" + rebuilt + "）。");
      return ExitCodes.INVALID_DATA;
    }
    out.println(
        archive
            + ": すべて一致しました（"
            + report.checked()
            + " ファイル"
            + (rebuild ? "、" + rebuilt : "")
            + "）。");
    return ExitCodes.OK;
  }
}
