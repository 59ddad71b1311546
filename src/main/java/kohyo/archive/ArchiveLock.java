package kohyo.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on {@code ARCHIVE/.lock}, held for a whole archive run so that two runs cannot
 * both decide a period is new and then replace each other's folder. The file stays after the run:
 * deleting it would let a third run lock a new file while a second still holds the old one.
 */
public final class ArchiveLock implements AutoCloseable {

  static final String FILE_NAME = ArchiveFolder.LOCK;

  private final FileChannel channel;
  private final FileLock lock;

  private ArchiveLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The lock, or empty when another run (in this or another process) holds it; creates the archive
   * folder.
   */
  public static Optional<ArchiveLock> tryAcquire(Path archive) throws IOException {
    Files.createDirectories(archive);
    FileChannel channel =
        FileChannel.open(
            archive.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new ArchiveLock(channel, lock));
    } catch (OverlappingFileLockException e) {
      channel.close();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
