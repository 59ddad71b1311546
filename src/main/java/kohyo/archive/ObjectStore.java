package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kohyo.base.AtomicFiles;
import kohyo.base.Sha256;

/**
 * {@code ARCHIVE/objects/}: files kept once for the whole archive, each named by the SHA-256 of its
 * content (the fonts alone are 9 MB; twenty periods share one copy). An object never changes once
 * written, so its name is its own checksum.
 */
final class ObjectStore {

  private final Path folder;

  ObjectStore(Path folder) {
    this.folder = folder;
  }

  Path folder() {
    return folder;
  }

  Path path(String sha256) {
    return folder.resolve(sha256);
  }

  /** The record's path of an object, e.g. {@code objects/3dc8…}. */
  static String entry(String sha256) {
    return ArchiveFolder.OBJECTS + "/" + sha256;
  }

  /**
   * Writes each input kept as an object that is not there yet.
   *
   * @return the digests written by this call, so that a run that fails can take them back
   */
  List<String> putAll(List<ArchivedInput> inputs) throws IOException {
    List<String> written = new ArrayList<>();
    for (ArchivedInput i : inputs) {
      if (i.place().kept() == Place.Kept.AS_OBJECT
          && !written.contains(i.sha256())
          && !Files.exists(path(i.sha256()), LinkOption.NOFOLLOW_LINKS)) {
        AtomicFiles.write(path(i.sha256()), i.bytes());
        written.add(i.sha256());
      }
    }
    return written;
  }

  /** An object's bytes, if it is there and its content still has its name's digest. */
  Optional<byte[]> read(String sha256) throws IOException {
    try {
      byte[] bytes = Files.readAllBytes(path(sha256));
      return Sha256.hex(bytes).equals(sha256) ? Optional.of(bytes) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Every entry of the folder, by name; none when there is no folder. */
  List<Path> entries() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }

  void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  /** Removes the folder if it holds nothing (a first run that failed leaves no trace). */
  void deleteIfEmpty() throws IOException {
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && entries().isEmpty()) {
      Files.delete(folder);
    }
  }
}
