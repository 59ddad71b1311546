package kohyo.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kohyo.check.EditionChecker;
import kohyo.load.IoMessages;
import kohyo.render.Home;

/**
 * Rechecks an archive folder: every {@code SHA256SUMS} in it (the periods' and their history's), and on request
 * rebuilds each period from its recorded inputs to compare the PDF byte for byte.
 */
public final class Verifier {

    /**
     * @param failures one Japanese line per file that does not hold, naming the file
     * @param notes    what could not be checked and why (not failures: e.g. the inputs are no longer there)
     * @param checked  how many files matched their recorded hash
     */
    public record Report(List<String> failures, List<String> notes, int checked) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private final Home home;
    private final EditionChecker checker;

    public Verifier(Home home, EditionChecker checker) {
        this.home = home;
        this.checker = checker;
    }

    /**
     * @param dataRoot with --rebuild, the folder holding the period folders; empty to use each manifest's record
     */
    public Report verify(Path archive, boolean rebuild, Optional<Path> dataRoot) throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int checked = 0;
        List<Path> periods;
        try (Stream<Path> entries = Files.list(archive)) {
            periods = entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        if (periods.isEmpty()) {
            failures.add(archive + ": アーカイブに期間のフォルダーがありません。");
        }
        for (Path period : periods) {
            List<Path> sums;
            try (Stream<Path> files = Files.walk(period)) {
                sums = files.filter(f -> f.getFileName().toString().equals(Checksums.FILE_NAME))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            if (!Files.isRegularFile(period.resolve(Checksums.FILE_NAME))) {
                failures.add(period.resolve(Checksums.FILE_NAME) + ": 見つかりません。");
            }
            for (Path sumFile : sums) {
                checked += checkSums(sumFile, failures);
            }
            if (rebuild) {
                rebuild(period, dataRoot, failures, notes);
            }
        }
        return new Report(failures, notes, checked);
    }

    private static int checkSums(Path sumFile, List<String> failures) {
        Optional<List<Checksums.Entry>> entries;
        try {
            entries = Checksums.parse(Files.readString(sumFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add(sumFile + ": 読めません（" + IoMessages.describe(e) + "）。");
            return 0;
        } catch (RuntimeException e) {
            entries = Optional.empty();
        }
        if (entries.isEmpty() || entries.get().isEmpty()) {
            failures.add(sumFile + ": SHA256SUMS の形式ではありません。");
            return 0;
        }
        int ok = 0;
        Path folder = sumFile.getParent();
        for (Checksums.Entry e : entries.get()) {
            Path file = folder.resolve(e.path());
            try {
                if (Sha256.hex(Files.readAllBytes(file)).equals(e.sha256())) {
                    ok++;
                } else {
                    failures.add(file + ": SHA-256 が " + sumFile.getFileName() + " の記録と一致しません（改変または破損）。");
                }
            } catch (IOException ex) {
                failures.add(file + ": " + sumFile.getFileName() + " に記録されていますが、読めません（"
                        + IoMessages.describe(ex) + "）。");
            }
        }
        return ok;
    }

    private void rebuild(Path period, Optional<Path> dataRoot, List<String> failures, List<String> notes) {
        Path manifestFile = period.resolve(Manifest.FILE_NAME);
        Optional<Manifest> manifest;
        try {
            manifest = Manifest.parse(Files.readString(manifestFile, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            manifest = Optional.empty();
        }
        if (manifest.isEmpty()) {
            failures.add(manifestFile + ": 目録（manifest）として読めないため、再構築できません。");
            return;
        }
        Manifest m = manifest.get();
        Path data = dataRoot.map(r -> r.resolve(m.period())).orElse(Path.of(m.dataFolder()));
        if (!Files.isDirectory(data)) {
            notes.add(period.getFileName() + ": 入力のフォルダー " + data + " がないため、再構築を省略しました。");
            return;
        }
        Snapshot snapshot = Snapshot.read(data, home, checker);
        if (snapshot.edition().isEmpty()) {
            // the problems would quote the data; the user can run ./kohyo check on the folder for them
            notes.add(period.getFileName() + ": " + data + " に問題があるため、再構築を省略しました（./kohyo check "
                    + data + " で確認できます）。");
            return;
        }
        List<String> differences = differences(m.inputs(), snapshot.inputs());
        if (!differences.isEmpty()) {
            notes.add(period.getFileName() + ": 記録された入力と " + data + " の内容が異なるため、再構築を省略しました（"
                    + String.join("、", differences) + "）。");
            return;
        }
        PeriodBuild rebuilt = new Archiver(home).build(snapshot);
        Path pdf = period.resolve(m.pdfName());
        try {
            if (!Arrays.equals(rebuilt.pdf(), Files.readAllBytes(pdf))) {
                String version = m.version().equals(KohyoVersion.get()) ? ""
                        : "。記録された kohyo " + m.version() + " と現在の " + KohyoVersion.get() + " は版が異なります";
                failures.add(pdf + ": 記録された入力から作り直した PDF とバイト単位で一致しません" + version + "。");
            }
        } catch (IOException e) {
            failures.add(pdf + ": 読めません（" + IoMessages.describe(e) + "）。");
        }
    }

    /** Inputs that changed, named by label; a withheld case only as 非公表 with its recorded hash. */
    private static List<String> differences(List<Manifest.Input> recorded, List<Manifest.Input> now) {
        List<String> out = new ArrayList<>();
        for (Manifest.Input r : recorded) {
            if (!now.contains(r)) {
                out.add(r.withheld() ? Manifest.WITHHELD_LABEL + " sha256:" + r.sha256() : r.label());
            }
        }
        for (Manifest.Input n : now) {
            if (!recorded.contains(n)) {
                out.add(n.withheld() ? Manifest.WITHHELD_LABEL + "（記録にない事案）" : n.label() + "（記録にない入力）");
            }
        }
        return out.stream().distinct().toList();
    }
}
