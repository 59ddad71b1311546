package kohyo.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kohyo.testing.Periods;

/** Edits of a copied period folder, as a reviewer's next draft would have them. */
final class Drafts {

  private Drafts() {}

  static Path caseFile(Path folder, String prefix) {
    try (var files = Files.list(folder.resolve("cases"))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void replace(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new AssertionError(from + " not in " + file);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed, then: NO 1 紛失し → 所在不明となっ; NO 3 removed; a new case on 2025-09-10 (becomes NO 10); NO
   * 4..10 move up by one.
   */
  static Path nextDraft(Path parent) {
    Path next = Periods.copySeed(parent, "next");
    replace(caseFile(next, "01-"), "所属内で紛失したもの", "所属内で所在不明となったもの");
    delete(caseFile(next, "03-"));
    Periods.write(
        next.resolve("cases/11-added.yaml"), Periods.publishedCase("2025-09-10", "追加された事案の概要です。"));
    return next;
  }
}
