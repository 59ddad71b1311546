package kohyo.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kohyo.base.AtomicFiles;

/** The folder operations an archive run is made of: rename, copy, delete, and flush to disk. */
final class Folders {

  private Folders() {}

  /** One rename, atomic where the file system can. */
  static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Replaces {@code to} by {@code from} in one rename. */
  static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Flushes a folder's entries (the renames in it) to disk, so that after a power cut the next run
   * sees the renames in the order they were made. Not every platform can open a folder for this;
   * there the renames are as durable as the platform makes them.
   */
  static void sync(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // see above: nothing more can be done on such a platform
    }
  }

  /** Every regular file under {@code root}, by path relative to it (with {@code /}), in order. */
  static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (Stream<Path> all = Files.walk(root)) {
      List<Path> files =
          all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .sorted(Comparator.comparing(p -> relative(root, p)))
              .toList();
      for (Path f : files) {
        out.put(relative(root, f), Files.readAllBytes(f));
      }
    }
    return out;
  }

  /** Writes files by relative path under {@code root}, each on disk before this returns. */
  static void write(Path root, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      AtomicFiles.write(root.resolve(f.getKey()), f.getValue());
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
