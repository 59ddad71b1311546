package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import kohyo.archive.Verifier;
import kohyo.check.EditionChecker;
import kohyo.check.FontCoverage;
import kohyo.load.IoMessages;
import kohyo.render.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kohyo verify}: rechecks an archive's SHA256SUMS and, with --rebuild, its PDFs against their inputs. */
@Command(name = "verify",
        description = {"アーカイブのすべての SHA256SUMS を検算します。",
            "--rebuild では、記録された入力が残っていれば期間ごとに PDF を作り直し、保管されている PDF とバイト単位で比べます。"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "ARCHIVE", description = "アーカイブのフォルダー")
    private Path archive;

    @Option(names = "--rebuild", description = "記録された入力から PDF を作り直して比べる")
    private boolean rebuild;

    @Option(names = "--data", paramLabel = "DATA",
            description = "--rebuild で使う、期間フォルダーを収めたフォルダー（省略時は目録に記録されたフォルダー）")
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
            Home home = rebuild ? Validation.home() : Home.locate();
            EditionChecker checker = rebuild ? new EditionChecker(FontCoverage.of(home.fontFiles())) : null;
            report = new Verifier(home, checker).verify(archive, rebuild, Optional.ofNullable(data));
        } catch (IOException e) {
            err.println(archive + ": 読めません（" + IoMessages.describe(e) + "）。");
            return ExitCodes.FAILURE;
        }
        report.notes().forEach(out::println);
        report.failures().forEach(err::println);
        if (!report.ok()) {
            err.println("検証に失敗しました（" + report.failures().size() + " 件）。");
            return ExitCodes.INVALID_DATA;
        }
        out.println(archive + ": すべて一致しました（" + report.checked() + " ファイル" + (rebuild ? "、再構築を含む" : "")
                + "）。");
        return ExitCodes.OK;
    }
}
