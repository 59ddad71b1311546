package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import kohyo.archive.Archiver;
import kohyo.archive.PeriodBuild;
import kohyo.archive.Progress;
import kohyo.archive.Snapshot;
import kohyo.check.EditionChecker;
import kohyo.check.FontCoverage;
import kohyo.load.IoMessages;
import kohyo.load.Problem;
import kohyo.render.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kohyo archive}: each period as PDF/A-1b with a manifest and SHA256SUMS, into an archive folder. */
@Command(name = "archive",
        description = {"期間ごとに PDF/A-1b、入力の目録（manifest.txt）と SHA256SUMS をアーカイブに書き出します。",
            "既にアーカイブにある期間は --replace で理由を示さない限り上書きしません。"})
final class ArchiveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private PeriodArguments periods;

    // checked in call() rather than by picocli, whose message for a missing option is English
    @Option(names = "--to", paramLabel = "ARCHIVE", description = "アーカイブのフォルダー（必須）")
    private Path archive;

    @Option(names = "--replace", paramLabel = "理由",
            description = "既にある期間を差し替える理由。前の版は ARCHIVE/<期間>/history/<n>/ に理由とともに残ります。")
    private String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (archive == null) {
            throw new UsageException("保管先を --to ARCHIVE で指定してください。");
        }
        Optional<String> why = Optional.ofNullable(reason).map(r -> r.replaceAll("[\\r\\n]+", " ").strip());
        if (why.isPresent() && why.get().isEmpty()) {
            throw new UsageException("--replace には差し替えの理由を書いてください。");
        }
        List<Path> resolved = periods.resolve();
        for (Path f : resolved) {
            String name = PeriodFolders.name(f);
            if (name.startsWith(".") || name.contains("\\") || name.contains("\n")) {
                throw new UsageException("アーカイブに使えない期間フォルダー名です: " + f);
            }
        }
        Home home = Validation.home();
        EditionChecker checker = new EditionChecker(FontCoverage.of(home.fontFiles()));
        List<Snapshot> snapshots = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : resolved) {
            Snapshot s = Snapshot.read(f, home, checker);
            problems.addAll(s.problems());
            snapshots.add(s);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.format()));
            err.println("エラー " + problems.size() + " 件。アーカイブには何も書き出していません。");
            return ExitCodes.INVALID_DATA;
        }
        List<String> existing = snapshots.stream().map(s -> s.edition().orElseThrow().name())
                .filter(name -> java.nio.file.Files.exists(archive.resolve(name))).toList();
        if (!existing.isEmpty() && why.isEmpty()) {
            for (String name : existing) {
                err.println(archive.resolve(name) + ": この期間は既にアーカイブにあります。差し替えるには --replace \"理由\" を付けてください。");
            }
            err.println("アーカイブには何も書き出していません。");
            return ExitCodes.INVALID_DATA;
        }
        Archiver archiver = new Archiver(home);
        List<PeriodBuild> builds = archiver.buildAll(snapshots,
                Progress.forOutput(out, snapshots.size(), System.console() != null));
        try {
            archiver.write(archive, builds, why);
        } catch (IOException e) {
            err.println(archive + ": 書き出せません（" + IoMessages.describe(e) + "）。アーカイブは元のままです。");
            return ExitCodes.FAILURE;
        }
        for (PeriodBuild b : builds) {
            out.println(archive.resolve(b.period()) + " に保管しました（" + b.manifest().pdfName() + "、PDF/A-1b"
                    + (existing.contains(b.period()) ? "、前の版は history に保存" : "") + "）。");
        }
        return ExitCodes.OK;
    }
}
