package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The top level of an archive folder, and the names of everything that may lie there:
 *
 * <pre>
 * ARCHIVE/
 *   SHA256SUMS          the archive's record: every object and every period's SHA256SUMS
 *   objects/&lt;sha256&gt;    templates and fonts, each kept once, named by its SHA-256
 *   &lt;period&gt;/           one folder per period (see {@link Version})
 *   .lock               held while an archive run writes
 * </pre>
 *
 * <p>While a run writes, there may also be {@code .<period>.new-<n>} (a period written complete
 * beside its place), {@code .<period>.old-<n>} (a replaced period moved aside), {@code
 * .SHA256SUMS.next} (the record the run is completing; its presence means the run committed) and
 * {@code .<name>.<n>.tmp} files of an interrupted write. A later run finishes or undoes them.
 */
record ArchiveFolder(Path root) {

  static final String RECORD = "SHA256SUMS";
  static final String PENDING = ".SHA256SUMS.next";
  static final String OBJECTS = "objects";
  static final String LOCK = ".lock";

  private static final Pattern WORK_FOLDER = Pattern.compile("\\.(.+)\\.(new|old)-([0-9]+)");

  /** What a hidden entry left by a run is. */
  enum LeftoverKind {
    /** {@code .<period>.new-<n>}: a period written beside its place. */
    STAGING,
    /** {@code .<period>.old-<n>}: a replaced period moved aside. */
    ASIDE,
    /** {@code .SHA256SUMS.next}: the record of a run that committed but did not finish. */
    PENDING,
    /** {@code .<name>.<n>.tmp}: a file whose write was interrupted. */
    TEMPORARY,
    /** Anything else hidden. */
    UNKNOWN
  }

  /**
   * A hidden entry of the top level (other than the lock file).
   *
   * @param period for staging and aside folders, the period they belong to; else empty
   */
  record Leftover(Path path, LeftoverKind kind, String period) {}

  static ArchiveFolder of(Path root) {
    return new ArchiveFolder(root);
  }

  Path record() {
    return root.resolve(RECORD);
  }

  Path pending() {
    return root.resolve(PENDING);
  }

  Path lock() {
    return root.resolve(LOCK);
  }

  ObjectStore objects() {
    return new ObjectStore(root.resolve(OBJECTS));
  }

  Path period(String name) {
    return root.resolve(name);
  }

  /** The record's path of a period's SHA256SUMS, e.g. {@code 2025-h1/SHA256SUMS}. */
  static String sumsEntry(String period) {
    return period + "/" + Version.SUMS;
  }

  /** The period a record entry names, if it is a period's SHA256SUMS. */
  static Optional<String> periodOf(String entry) {
    String suffix = "/" + Version.SUMS;
    if (entry.endsWith(suffix)) {
      String period = entry.substring(0, entry.length() - suffix.length());
      if (isPeriodName(period)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }

  /** Whether a name can be a period folder of an archive (not hidden, not one of its own). */
  static boolean isPeriodName(String name) {
    return RelativePath.isSafe(name)
        && !name.contains("/")
        && !name.startsWith(".")
        && !name.equals(OBJECTS)
        && !name.equals(RECORD);
  }

  /** A new, empty staging folder for a period. */
  Path newStaging(String period) throws IOException {
    return Files.createTempDirectory(root, "." + period + ".new-");
  }

  /** Where a replaced period goes aside while its staged successor moves in. */
  Path asideFor(String period, Path staging) {
    Matcher m = WORK_FOLDER.matcher(staging.getFileName().toString());
    String n = m.matches() ? m.group(3) : "0";
    return root.resolve("." + period + ".old-" + n);
  }

  /** The period folders: the visible folders but {@code objects/}, by name. */
  List<Path> periodFolders() throws IOException {
    return entries().stream()
        .filter(p -> isPeriodName(p.getFileName().toString()))
        .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
        .toList();
  }

  /** Every hidden entry but the lock file, by name. */
  List<Leftover> leftovers() throws IOException {
    List<Leftover> out = new ArrayList<>();
    for (Path p : entries()) {
      String name = p.getFileName().toString();
      if (!name.startsWith(".") || name.equals(LOCK)) {
        continue;
      }
      Matcher m = WORK_FOLDER.matcher(name);
      if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        LeftoverKind kind = m.group(2).equals("new") ? LeftoverKind.STAGING : LeftoverKind.ASIDE;
        out.add(new Leftover(p, kind, m.group(1)));
      } else if (name.equals(PENDING)) {
        out.add(new Leftover(p, LeftoverKind.PENDING, ""));
      } else if (name.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        out.add(new Leftover(p, LeftoverKind.TEMPORARY, ""));
      } else {
        out.add(new Leftover(p, LeftoverKind.UNKNOWN, ""));
      }
    }
    return out;
  }

  /**
   * Whether the folder holds something other than an archive: visible entries, but neither the
   * record nor objects/ (also an archive of a kohyo older than both). Nothing is written into such
   * a folder, not even the lock file.
   */
  boolean isForeign() throws IOException {
    return !Files.exists(record(), LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(root.resolve(OBJECTS), LinkOption.NOFOLLOW_LINKS)
        && entries().stream().anyMatch(p -> !p.getFileName().toString().startsWith("."));
  }

  /** The finding for a {@link #isForeign() foreign} folder. */
  static final String FOREIGN =
      "kohyo のアーカイブではありません（アーカイブの記録 SHA256SUMS と objects/ がなく、ほかのファイルがあります）。"
          + "この版より前の kohyo で作ったアーカイブなら、新しいアーカイブに作り直してください。";

  /** Every entry of the top level, by name; none when the folder does not exist. */
  List<Path> entries() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(root)) {
      return all.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }
}
