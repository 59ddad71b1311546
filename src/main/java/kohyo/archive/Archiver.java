package kohyo.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import java.util.stream.Stream;
import kohyo.base.AtomicFiles;
import kohyo.base.Home;
import kohyo.base.KohyoVersion;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.model.Edition;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;

/**
 * Renders periods as PDF/A and writes them into an archive folder, all or nothing.
 *
 * <p>Every period is first written complete into a hidden staging folder beside its final place;
 * only when all are staged are they renamed into place, one rename per period (a replaced period's
 * old folder is renamed aside first and put back if anything fails). A failure before that point
 * leaves the archive untouched; the only window is between the two renames of a replacement, where
 * a crash leaves the old folder under a {@code .<period>.old-*} name.
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
  public PeriodBuild build(CheckedPeriod period) {
    Edition edition = period.checkedEdition();
    byte[] pdf = publisher.pdf(edition, RenderOptions.archival());
    Manifest manifest =
        new Manifest(
            KohyoVersion.get(),
            edition.name(),
            edition.period().end(),
            recordedFolder(home, period.folder()),
            Sha256.hex(pdf),
            ManifestInputs.of(period));
    return new PeriodBuild(manifest, pdf);
  }

  /**
   * The data folder as the manifest records it: relative to the kohyo installation when it lies
   * inside it (so a rebuild finds it from any working folder), else only its name. Never an
   * absolute path: the archive is kept for years and handed on, and must not carry a user's name or
   * a machine's layout.
   */
  static String recordedFolder(Home home, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (absolute.startsWith(home.root()) && !absolute.equals(home.root())) {
      return home.root().relativize(absolute).toString().replace('\\', '/');
    }
    Path name = absolute.getFileName();
    return name == null ? "" : name.toString();
  }

  /**
   * Builds the periods one after another. Building them in parallel gained little (the layout takes
   * turns on OpenPDF's process-wide font cache, see PdfRenderer) and needed a thread pool to report
   * its failures through.
   */
  public List<PeriodBuild> buildAll(List<CheckedPeriod> periods, Progress progress) {
    List<PeriodBuild> builds = new ArrayList<>();
    try {
      for (CheckedPeriod s : periods) {
        PeriodBuild b = build(s);
        progress.done(b.period());
        builds.add(b);
      }
    } finally {
      progress.finish();
    }
    return builds;
  }

  /**
   * Of {@code periods}, those that already have a folder (or anything else by that name) in the
   * archive.
   */
  public static List<String> alreadyArchived(Path archive, List<String> periods) {
    return periods.stream()
        .filter(p -> Files.exists(archive.resolve(p), LinkOption.NOFOLLOW_LINKS))
        .toList();
  }

  /**
   * Writes every build into {@code archive}; an already archived period is replaced only with a
   * reason, and its previous files are kept under {@code history/<n>/}. Either all periods are
   * written or none.
   *
   * @throws ArchiveConflictException when a period is archived already and there is no reason, or a
   *     period's folder appeared while the others were being staged (nothing is written)
   */
  public void write(Path archive, List<PeriodBuild> builds, Optional<String> reason)
      throws IOException {
    Files.createDirectories(archive);
    List<Staged> staged = new ArrayList<>();
    try {
      stageAll(archive, builds, reason, staged);
      swapIn(archive, staged);
    } finally {
      for (Staged s : staged) {
        deleteTree(s.folder());
      }
    }
  }

  /**
   * A period written complete into its hidden folder.
   *
   * @param replaces whether the period was archived already when staged (its files are then in the
   *     staged history); only then may the swap move a folder out of the way
   */
  record Staged(String period, Path folder, boolean replaces) {}

  /**
   * Adds each staged period to {@code staged} as soon as its folder exists, so that the caller can
   * clean up.
   */
  static void stageAll(
      Path archive, List<PeriodBuild> builds, Optional<String> reason, List<Staged> staged)
      throws IOException {
    for (PeriodBuild b : builds) {
      Path staging = Files.createTempDirectory(archive, "." + b.period() + ".new-");
      Path target = archive.resolve(b.period());
      boolean replaces = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      staged.add(new Staged(b.period(), staging, replaces));
      // temp folders are created private; the period folder they become should read like any other
      if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      stage(target, staging, b, reason, replaces);
    }
  }

  private static void stage(
      Path target, Path staging, PeriodBuild build, Optional<String> reason, boolean replaces)
      throws IOException {
    Map<String, byte[]> covered = new LinkedHashMap<>();
    byte[] manifest = build.manifest().format().getBytes(StandardCharsets.UTF_8);
    covered.put(build.manifest().pdfName(), build.pdf());
    covered.put(Manifest.FILE_NAME, manifest);
    if (replaces) {
      if (reason.isEmpty()) {
        throw new ArchiveConflictException(
            target + ": この期間は既にアーカイブにあります。差し替えるには" + " --replace \"理由\" を付けてください。");
      }
      covered.putAll(history(target, staging, reason.get()));
    }
    AtomicFiles.write(staging.resolve(build.manifest().pdfName()), build.pdf());
    AtomicFiles.write(staging.resolve(Manifest.FILE_NAME), manifest);
    AtomicFiles.write(
        staging.resolve(Checksums.FILE_NAME),
        Checksums.format(covered).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Copies the target's history and its current files (as {@code history/<n>/}) into the staging
   * folder, with the reason; returns every history file by relative path so that the new SHA256SUMS
   * covers them too.
   */
  private static Map<String, byte[]> history(Path target, Path staging, String reason)
      throws IOException {
    Path oldHistory = target.resolve(HISTORY_DIR);
    int next = 1;
    if (Files.isDirectory(oldHistory)) {
      try (Stream<Path> entries = Files.list(oldHistory)) {
        next +=
            entries
                .map(p -> p.getFileName().toString())
                .filter(n -> n.matches("[1-9][0-9]{0,8}"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0);
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
          // its history/ lines would point nowhere from inside the slot; the slot keeps the lines
          // for its
          // own files, verbatim, and the new top-level SHA256SUMS covers the whole history
          AtomicFiles.write(slot.resolve(Checksums.FILE_NAME), ownLines(bytes));
          continue;
        }
        AtomicFiles.write(slot.resolve(f.getFileName().toString()), bytes);
        record
            .append("replaced: sha256:")
            .append(Sha256.hex(bytes))
            .append(' ')
            .append(f.getFileName())
            .append('\n');
      }
    }
    AtomicFiles.write(
        slot.resolve(REPLACEMENT_FILE), record.toString().getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> covered = new LinkedHashMap<>();
    Path historyRoot = staging.resolve(HISTORY_DIR);
    try (Stream<Path> files = Files.walk(historyRoot)) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> staging.relativize(p).toString()))
              .toList()) {
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

  static void swapIn(Path archive, List<Staged> staged) throws IOException {
    for (Staged s : staged) {
      Path target = archive.resolve(s.period());
      if (!s.replaces() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        // another run wrote it meanwhile; moving it aside would drop it without history
        throw new ArchiveConflictException(
            target + ": 書き出しの準備中に、別の処理がこの期間を書き出しました。" + "上書きせずに中止します。");
      }
    }
    List<Runnable> undo = new ArrayList<>();
    List<Path> asides = new ArrayList<>();
    try {
      for (Staged s : staged) {
        Path target = archive.resolve(s.period());
        Path staging = s.folder();
        if (s.replaces()) {
          Path aside =
              archive.resolve(
                  "."
                      + s.period()
                      + ".old-"
                      + staging
                          .getFileName()
                          .toString()
                          .substring(staging.getFileName().toString().lastIndexOf('-') + 1));
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
