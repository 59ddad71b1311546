package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kohyo.archive.Verifier;
import kohyo.base.IoMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo verify}: checks that an archive holds exactly what its records say and, with
 * --rebuild, rebuilds every version from the archive alone.
 */
@Command(
    name = "verify",
    description = {
      "アーカイブのすべてのファイルを、SHA256SUMS と目録（manifest.txt）に照らして確かめます。",
      "--rebuild では期間ごと・履歴の版ごとに、アーカイブに保管された入力だけから PDF を作り直し、保管されている PDF とバイト単位で比べます（作り直せない版があれば失敗）。"
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(paramLabel = "ARCHIVE", description = "アーカイブのフォルダー")
  private Path archive;

  @Option(names = "--rebuild", description = "保管された入力から PDF を作り直して比べる")
  private boolean rebuild;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (archive.toString().isBlank() || !Files.isDirectory(archive)) {
      throw new UsageException("アーカイブのフォルダーがありません: " + archive);
    }
    Verifier.Report report;
    try {
      report = Verifier.verify(archive, rebuild);
    } catch (IOException e) {
      err.println(archive + ": 読めません（" + IoMessages.describe(e) + "）。");
      return ExitCodes.FAILURE;
    }
    report.failures().forEach(err::println);
    report.unrebuilt().forEach(err::println);
    String rebuilt =
        "再構築して照合: "
            + (report.rebuilt() - report.historyRebuilt())
            + "/"
            + (report.versions() - report.history())
            + " 期間"
            + (report.history() == 0
                ? ""
                : "、履歴 " + report.historyRebuilt() + "/" + report.history() + " 版");
    if (!report.failures().isEmpty()) {
      err.println(
          "検証に失敗しました（" + report.failures().size() + " 件" + (rebuild ? "。" + rebuilt : "") + "）。");
      return ExitCodes.INVALID_DATA;
    }
    if (!report.unrebuilt().isEmpty()) {
      // the user asked for a rebuild check; one that did not happen is not a pass
      err.println(
          "ファイルはすべて記録と一致しましたが（" + report.checked() + " ファイル）、再構築できない版があります（" + rebuilt + "）。");
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
