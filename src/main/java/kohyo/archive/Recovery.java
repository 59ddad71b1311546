package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kohyo.base.Sha256;

/**
 * What an archive run does first, under the lock: finish or undo whatever an interrupted run left.
 * A run that had committed ({@code .SHA256SUMS.next} exists) is finished; one that had not is
 * undone: its staged folders and unrecorded objects are removed, and a period moved aside without a
 * successor (left by an older kohyo) is put back. What was done is returned as sentences for the
 * user.
 */
final class Recovery {

  private Recovery() {}

  /**
   * @throws ArchiveConflictException when a leftover cannot be resolved safely (nothing more is
   *     changed)
   */
  static List<String> recover(ArchiveFolder archive, Steps steps) throws IOException {
    List<String> said = new ArrayList<>();
    if (Files.exists(archive.pending(), LinkOption.NOFOLLOW_LINKS)) {
      List<String> moved = new Completion(archive, steps).complete();
      said.add(
          archive.root()
              + ": 前回途中で止まった archive を完了しました"
              + (moved.isEmpty() ? "" : "（" + String.join("、", moved) + " を書き出し）")
              + "。");
      return said;
    }
    for (ArchiveFolder.Leftover l : archive.leftovers()) {
      switch (l.kind()) {
        case STAGING -> {
          Folders.deleteTree(l.path());
          said.add(l.path() + ": 途中で止まった archive の準備フォルダーを削除しました（期間 " + l.period() + " は前のままです）。");
        }
        case ASIDE -> said.add(putBack(archive, l));
        case TEMPORARY -> {
          Files.deleteIfExists(l.path());
          said.add(l.path() + ": 書き込みが途中で止まった一時ファイルを削除しました。");
        }
        case PENDING, UNKNOWN -> {}
      }
    }
    int removed = unrecordedObjects(archive);
    if (removed > 0) {
      said.add(
          archive.objects().folder()
              + ": 途中で止まった archive が書いた、記録にないファイル "
              + removed
              + " 個を削除しました。");
    }
    if (!said.isEmpty()) {
      Folders.sync(archive.root());
    }
    return said;
  }

  private static String putBack(ArchiveFolder archive, ArchiveFolder.Leftover aside)
      throws IOException {
    Path target = archive.period(aside.period());
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ArchiveConflictException(
          aside.path()
              + ": 差し替えの途中で止まった前の版と、期間のフォルダー "
              + target
              + " の両方があり、どちらが正しいか決められません。./kohyo verify で確かめ、不要な方を片づけてください。");
    }
    Folders.rename(aside.path(), target);
    return target + ": 差し替えの途中で止まっていたため、前の版を元に戻しました（差し替えは行われていません）。";
  }

  /**
   * Removes objects the record does not list (and interrupted writes there). Only when there is a
   * record, or nothing at all that could need them: without a record, objects are never guessed
   * unused.
   */
  private static int unrecordedObjects(ArchiveFolder archive) throws IOException {
    ObjectStore objects = archive.objects();
    boolean hasRecord = Files.exists(archive.record(), LinkOption.NOFOLLOW_LINKS);
    if (!hasRecord && !archive.periodFolders().isEmpty()) {
      return 0;
    }
    Map<String, String> recorded = Commit.current(archive);
    int removed = 0;
    for (Path p : objects.entries()) {
      String name = p.getFileName().toString();
      boolean interruptedWrite = name.startsWith(".") && name.endsWith(".tmp");
      boolean unrecorded = Sha256.isHex(name) && !recorded.containsKey(ObjectStore.entry(name));
      if ((interruptedWrite || unrecorded) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(p);
        removed++;
      }
    }
    return removed;
  }
}
