package kohyo.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kohyo.base.AtomicFiles;
import kohyo.base.Sha256;

/**
 * The point of no return of an archive run: the archive's next record ({@code .SHA256SUMS.next}),
 * written once every period is staged and every object is in place. Before it exists, a stopped run
 * is undone; once it exists, the run is finished by {@link Completion}, now or by the next run,
 * because the record says exactly which staged folder each period becomes.
 */
final class Commit {

  private Commit() {}

  /**
   * @param objects the digests of every object the new versions use
   */
  static void write(ArchiveFolder archive, List<Stager.Staged> staged, List<String> objects)
      throws IOException {
    Map<String, String> next = new TreeMap<>(current(archive));
    for (String sha : objects) {
      next.put(ObjectStore.entry(sha), sha);
    }
    for (Stager.Staged s : staged) {
      next.put(
          ArchiveFolder.sumsEntry(s.period()),
          Sha256.hex(Files.readAllBytes(s.folder().resolve(Version.SUMS))));
    }
    AtomicFiles.write(archive.pending(), Checksums.format(next).getBytes(StandardCharsets.UTF_8));
    Folders.sync(archive.root());
  }

  /** The archive's record as it is (empty for a new archive); it was audited before the run. */
  static Map<String, String> current(ArchiveFolder archive) throws IOException {
    if (!Files.exists(archive.record(), LinkOption.NOFOLLOW_LINKS)) {
      return Map.of();
    }
    String text = Utf8.decode(Files.readAllBytes(archive.record())).orElse("");
    return Checksums.parse(text).byPath();
  }
}
