package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.base.Sha256;

/**
 * Finishes a committed run from its pending record alone, so that a run and the next run after a
 * crash take the same path: each period whose SHA256SUMS is not yet the recorded one gets its
 * staged folder moved in (the version it replaces moved aside first, and only if the staged history
 * holds it byte for byte); then the asides and any other work folders are removed and the pending
 * record becomes the record. Every step can be repeated after a crash at any point.
 */
final class Completion {

  private final ArchiveFolder archive;
  private final Steps steps;

  Completion(ArchiveFolder archive, Steps steps) {
    this.archive = archive;
    this.steps = steps;
  }

  /**
   * @return the periods moved in by this call
   * @throws ArchiveConflictException when the archive is not as the pending record expects (nothing
   *     more is changed)
   */
  List<String> complete() throws IOException {
    Optional<String> text = Utf8.decode(Files.readAllBytes(archive.pending()));
    Checksums.Parsed pending = Checksums.parse(text.orElse(""));
    if (text.isEmpty() || !pending.badLines().isEmpty()) {
      throw new ArchiveConflictException(archive.pending() + ": 途中で止まった archive の記録が読めません。");
    }
    List<String> moved = new ArrayList<>();
    for (Map.Entry<String, String> e : pending.byPath().entrySet()) {
      Optional<String> period = ArchiveFolder.periodOf(e.getKey());
      if (period.isPresent() && !inPlace(archive.period(period.get()), e.getValue())) {
        moveIn(period.get(), e.getValue());
        moved.add(period.get());
      }
    }
    for (ArchiveFolder.Leftover l : archive.leftovers()) {
      switch (l.kind()) {
        case STAGING, ASIDE -> Folders.deleteTree(l.path());
        case TEMPORARY -> Files.deleteIfExists(l.path());
        case PENDING, UNKNOWN -> {}
      }
    }
    Folders.sync(archive.root());
    steps.reached("cleaned");
    Folders.replace(archive.pending(), archive.record());
    Folders.sync(archive.root());
    steps.reached("recorded");
    return moved;
  }

  private void moveIn(String period, String sums) throws IOException {
    Path target = archive.period(period);
    Path staged = staged(period, sums);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!History.holds(staged, target)) {
        throw new ArchiveConflictException(
            target + ": 差し替える前の版が、新しい版の history にありません。手を加えずに中止します（./kohyo verify で確かめてください）。");
      }
      Folders.rename(target, archive.asideFor(period, staged));
      Folders.sync(archive.root());
      steps.reached("aside " + period);
    }
    Folders.rename(staged, target);
    Folders.sync(archive.root());
    steps.reached("moved " + period);
  }

  /** The staged folder whose SHA256SUMS is the recorded one. */
  private Path staged(String period, String sums) throws IOException {
    for (ArchiveFolder.Leftover l : archive.leftovers()) {
      if (l.kind() == ArchiveFolder.LeftoverKind.STAGING
          && l.period().equals(period)
          && inPlace(l.path(), sums)) {
        return l.path();
      }
    }
    throw new ArchiveConflictException(
        archive.period(period)
            + ": 途中で止まった archive を完了するための準備フォルダーがありません（./kohyo verify で確かめてください）。");
  }

  /** Whether a folder's SHA256SUMS has the given digest. */
  private static boolean inPlace(Path folder, String sums) throws IOException {
    Path file = folder.resolve(Version.SUMS);
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && Sha256.hex(Files.readAllBytes(file)).equals(sums);
  }
}
