package kohyo.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a file so that readers see the old content or the new, never a part: the bytes go to a
 * temporary file in the same folder, flushed to disk, then renamed over the target.
 *
 * <p>{@link #writeAll} extends this to several files: all are replaced or none. A process killed
 * between the steps may leave a hidden {@code .<name>.<random>.tmp} (a staged file) or {@code
 * .<name>.<random>.old} (the previous content, kept for a roll-back) beside the target; nothing
 * reads such files and the next write does not need them, so they are safe to delete.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Path temp = stage(target, bytes);
    try {
      replace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes several files all or nothing: every file is staged first; the renames follow, and if one
   * fails the files already replaced get their old content back (or are removed if they did not
   * exist).
   *
   * @throws Failed naming the target that could not be written
   */
  public static void writeAll(Map<Path, byte[]> files) throws Failed {
    Map<Path, Path> staged = new LinkedHashMap<>();
    Map<Path, Path> backups = new LinkedHashMap<>();
    List<Path> replaced = new ArrayList<>();
    Path current = null;
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        current = e.getKey();
        staged.put(current, stage(current, e.getValue()));
      }
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        current = e.getKey();
        if (Files.isRegularFile(current)) {
          backups.put(current, backup(current));
        }
        replace(e.getValue(), current);
        replaced.add(current);
      }
    } catch (IOException e) {
      rollBack(replaced, backups);
      cleanUp(staged.values());
      cleanUp(backups.values());
      throw new Failed(current, e);
    }
    cleanUp(backups.values());
  }

  /** A file of a {@link #writeAll} that could not be written; nothing of that call was kept. */
  public static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;

    Failed(Path target, IOException cause) {
      super(cause);
      this.target = target;
    }

    public Path target() {
      return target;
    }

    public IOException reason() {
      return (IOException) getCause();
    }
  }

  private static Path stage(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      // temp files are created private; a published PDF should be as readable as any file the user
      // writes
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        // on disk before the rename: after a power cut the target is the old file or the whole new
        // one
        channel.force(true);
      }
      return temp;
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static void replace(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A second name for the old file (a hard link where possible), so the target itself is never
   * absent.
   */
  private static Path backup(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path backup = Files.createTempFile(dir, "." + target.getFileName() + ".", ".old");
    Files.delete(backup);
    try {
      Files.createLink(backup, target);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return backup;
  }

  private static void rollBack(List<Path> replaced, Map<Path, Path> backups) {
    for (Path target : replaced) {
      try {
        Path backup = backups.get(target);
        if (backup != null) {
          replace(backup, target);
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException e) {
        // nothing more can be done; the backup is left beside the target under its hidden name
      }
    }
  }

  private static void cleanUp(Collection<Path> files) {
    for (Path f : files) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        // a hidden leftover is harmless; see the class comment
      }
    }
  }
}
