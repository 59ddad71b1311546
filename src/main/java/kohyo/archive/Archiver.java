package kohyo.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import kohyo.model.Edition;
import kohyo.render.AtomicFiles;
import kohyo.render.Home;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;

/**
 * Renders periods as PDF/A and writes them into an archive folder, all or nothing.
 *
 * <p>Every period is first written complete into a hidden staging folder beside its final place; only when all are
 * staged are they renamed into place, one rename per period (a replaced period's old folder is renamed aside first
 * and put back if anything fails). A failure before that point leaves the archive untouched; the only window is
 * between the two renames of a replacement, where a crash leaves the old folder under a {@code .<period>.old-*} name.
 */
public final class Archiver {

    static final String HISTORY_DIR = "history";
    static final String REPLACEMENT_FILE = "replacement.txt";

    private final Home home;
    private final Publisher publisher;

    public Archiver(Home home) {
        this.home = home;
        this.publisher = new Publisher(home);
    }

    /** The manifest and PDF/A of one checked period. */
    public PeriodBuild build(Snapshot snapshot) {
        Edition edition = snapshot.edition().orElseThrow();
        byte[] pdf = publisher.pdf(edition, RenderOptions.archival());
        Manifest manifest = new Manifest(KohyoVersion.get(), edition.name(), edition.period().end(),
                snapshot.folder().toString().replace('\\', '/'), Sha256.hex(pdf), snapshot.inputs());
        return new PeriodBuild(manifest, pdf);
    }

    /**
     * Builds several periods in parallel. The layout itself takes turns (OpenPDF's font cache is process-wide, see
     * PdfRenderer), so the gain is in the template, hashing and PDF writing that overlap it.
     */
    public List<PeriodBuild> buildAll(List<Snapshot> snapshots, Progress progress) {
        int threads = Math.max(1, Math.min(snapshots.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PeriodBuild>> futures = new ArrayList<>();
            for (Snapshot s : snapshots) {
                futures.add(pool.submit(() -> {
                    PeriodBuild b = build(s);
                    progress.done(b.period());
                    return b;
                }));
            }
            List<PeriodBuild> builds = new ArrayList<>();
            for (Future<PeriodBuild> f : futures) {
                builds.add(f.get());
            }
            return builds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** Periods of {@code builds} that already have a folder in the archive. */
    public static List<String> alreadyArchived(Path archive, List<PeriodBuild> builds) {
        return builds.stream().map(PeriodBuild::period).filter(p -> Files.exists(archive.resolve(p))).toList();
    }

    /**
     * Writes every build into {@code archive}; an already archived period is replaced only with a reason, and its
     * previous files are kept under {@code history/<n>/}. Either all periods are written or none.
     */
    public void write(Path archive, List<PeriodBuild> builds, Optional<String> reason) throws IOException {
        Files.createDirectories(archive);
        List<Path> staged = new ArrayList<>();
        try {
            for (PeriodBuild b : builds) {
                Path staging = Files.createTempDirectory(archive, "." + b.period() + ".new-");
                staged.add(staging);
                // temp folders are created private; the period folder they become should read like any other
                if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                stage(archive.resolve(b.period()), staging, b, reason);
            }
            swapIn(archive, builds, staged);
        } finally {
            for (Path s : staged) {
                deleteTree(s);
            }
        }
    }

    private static void stage(Path target, Path staging, PeriodBuild build, Optional<String> reason)
            throws IOException {
        Map<String, byte[]> covered = new LinkedHashMap<>();
        byte[] manifest = build.manifest().format().getBytes(StandardCharsets.UTF_8);
        covered.put(build.manifest().pdfName(), build.pdf());
        covered.put(Manifest.FILE_NAME, manifest);
        if (Files.exists(target)) {
            if (reason.isEmpty()) {
                throw new IllegalStateException(build.period() + " is archived already");
            }
            covered.putAll(history(target, staging, reason.get()));
        }
        AtomicFiles.write(staging.resolve(build.manifest().pdfName()), build.pdf());
        AtomicFiles.write(staging.resolve(Manifest.FILE_NAME), manifest);
        AtomicFiles.write(staging.resolve(Checksums.FILE_NAME),
                Checksums.format(covered).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Copies the target's history and its current files (as {@code history/<n>/}) into the staging folder, with
     * the reason; returns every history file by relative path so that the new SHA256SUMS covers them too.
     */
    private static Map<String, byte[]> history(Path target, Path staging, String reason) throws IOException {
        Path oldHistory = target.resolve(HISTORY_DIR);
        int next = 1;
        if (Files.isDirectory(oldHistory)) {
            try (Stream<Path> entries = Files.list(oldHistory)) {
                next += entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("[1-9][0-9]{0,8}"))
                        .mapToInt(Integer::parseInt).max().orElse(0);
            }
            copyTree(oldHistory, staging.resolve(HISTORY_DIR));
        }
        Path slot = staging.resolve(HISTORY_DIR).resolve(Integer.toString(next));
        StringBuilder record = new StringBuilder("# 差し替えの記録: このフォルダーのファイルは、次の理由で差し替えられた前の版です。\n");
        record.append("reason: ").append(reason).append('\n');
        try (Stream<Path> files = Files.list(target)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (f.getFileName().toString().equals(Checksums.FILE_NAME)) {
                    // its history/ lines would point nowhere from inside the slot; the slot keeps the lines for its
                    // own files, verbatim, and the new top-level SHA256SUMS covers the whole history
                    AtomicFiles.write(slot.resolve(Checksums.FILE_NAME), ownLines(bytes));
                    continue;
                }
                AtomicFiles.write(slot.resolve(f.getFileName().toString()), bytes);
                record.append("replaced: sha256:").append(Sha256.hex(bytes)).append(' ')
                        .append(f.getFileName()).append('\n');
            }
        }
        AtomicFiles.write(slot.resolve(REPLACEMENT_FILE),
                record.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> covered = new LinkedHashMap<>();
        Path historyRoot = staging.resolve(HISTORY_DIR);
        try (Stream<Path> files = Files.walk(historyRoot)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> staging.relativize(p).toString())).toList()) {
                covered.put(staging.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return covered;
    }

    private static byte[] ownLines(byte[] sums) {
        StringBuilder kept = new StringBuilder();
        for (String line : new String(sums, StandardCharsets.UTF_8).split("\n")) {
            if (line.length() > 66 && !line.substring(66).contains("/")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void swapIn(Path archive, List<PeriodBuild> builds, List<Path> staged) throws IOException {
        List<Runnable> undo = new ArrayList<>();
        List<Path> asides = new ArrayList<>();
        try {
            for (int i = 0; i < builds.size(); i++) {
                Path target = archive.resolve(builds.get(i).period());
                Path staging = staged.get(i);
                if (Files.exists(target)) {
                    Path aside = archive.resolve("." + target.getFileName() + ".old-" + staging.getFileName()
                            .toString().substring(staging.getFileName().toString().lastIndexOf('-') + 1));
                    rename(target, aside);
                    asides.add(aside);
                    undo.add(() -> renameQuietly(aside, target));
                }
                rename(staging, target);
                undo.add(() -> renameQuietly(target, staging));
            }
        } catch (IOException | RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            throw e;
        }
        for (Path aside : asides) {
            deleteTree(aside);
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void renameQuietly(Path from, Path to) {
        try {
            rename(from, to);
        } catch (IOException e) {
            // nothing more can be done here; the original failure is the one reported
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    AtomicFiles.write(dest, Files.readAllBytes(f));
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
