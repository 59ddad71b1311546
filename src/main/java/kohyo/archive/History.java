package kohyo.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import kohyo.base.AtomicFiles;
import kohyo.base.Sha256;

/**
 * A replaced version kept under {@code history/<n>/} of its successor, with the reason. The
 * replacement records no time: the archive stays a function of its inputs and reasons (the file
 * system's times say when).
 */
final class History {

  private History() {}

  /**
   * Copies the current period folder's history and its current version (as the next slot) into a
   * staged successor, with the reason.
   *
   * @return every file under the staged {@code history/}, by path relative to {@code staging}, so
   *     that the successor's SHA256SUMS lists them too
   */
  static Map<String, byte[]> take(Path current, Path staging, String reason) throws IOException {
    Path history = staging.resolve(Version.HISTORY);
    Folders.write(history, Folders.read(current.resolve(Version.HISTORY)));
    Path slot = history.resolve(Integer.toString(latest(current).orElse(0) + 1));
    Map<String, byte[]> version = versionFiles(current);
    Folders.write(slot, version);
    AtomicFiles.write(slot.resolve(Version.SUMS), ownLines(current));
    StringBuilder record = new StringBuilder("# 差し替えの記録: このフォルダーの版は、次の理由で差し替えられました。\n");
    record.append("reason: ").append(reason).append('\n');
    version.forEach(
        (path, bytes) ->
            record
                .append("replaced: sha256:")
                .append(Sha256.hex(bytes))
                .append(' ')
                .append(path)
                .append('\n'));
    AtomicFiles.write(
        slot.resolve(Version.REPLACEMENT), record.toString().getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> out = new LinkedHashMap<>();
    Folders.read(history).forEach((path, bytes) -> out.put(Version.HISTORY + "/" + path, bytes));
    return out;
  }

  /**
   * Whether a staged successor holds {@code current} as its latest history slot, byte for byte:
   * only then may {@code current} be moved aside and dropped.
   */
  static boolean holds(Path staged, Path current) throws IOException {
    OptionalInt latest = latest(staged);
    if (latest.isEmpty()) {
      return false;
    }
    Path slot = staged.resolve(Version.HISTORY).resolve(Integer.toString(latest.getAsInt()));
    for (Map.Entry<String, byte[]> f : versionFiles(current).entrySet()) {
      Path copy = slot.resolve(f.getKey());
      if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)
          || !Arrays.equals(Files.readAllBytes(copy), f.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The files of the version a period folder holds: everything but its SHA256SUMS and history. */
  private static Map<String, byte[]> versionFiles(Path period) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Folders.read(period)
        .forEach(
            (path, bytes) -> {
              if (!path.equals(Version.SUMS) && !path.startsWith(Version.HISTORY + "/")) {
                out.put(path, bytes);
              }
            });
    return out;
  }

  /**
   * The lines of the period's SHA256SUMS about its own version: its history/ lines would point
   * nowhere from inside the slot, and the successor's SHA256SUMS covers the whole history anyway.
   */
  private static byte[] ownLines(Path period) throws IOException {
    String text = Utf8.decode(Files.readAllBytes(period.resolve(Version.SUMS))).orElse("");
    Map<String, String> own = new LinkedHashMap<>();
    Checksums.parse(text)
        .byPath()
        .forEach(
            (path, sha) -> {
              if (!path.startsWith(Version.HISTORY + "/")) {
                own.put(path, sha);
              }
            });
    return Checksums.format(own).getBytes(StandardCharsets.UTF_8);
  }

  /** The highest slot number under a period folder's history/, if any. */
  private static OptionalInt latest(Path period) throws IOException {
    Path history = period.resolve(Version.HISTORY);
    if (!Files.isDirectory(history, LinkOption.NOFOLLOW_LINKS)) {
      return OptionalInt.empty();
    }
    try (Stream<Path> entries = Files.list(history)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(Version::isSlot)
          .mapToInt(Integer::parseInt)
          .max();
    }
  }
}
