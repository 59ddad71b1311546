package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import kohyo.base.IoMessages;
import kohyo.base.Sha256;

/** Checks one SHA256SUMS file against the files it lists, as {@code sha256sum -c} would. */
final class SumsCheck {

  private SumsCheck() {}

  /**
   * @return the listed path → digest (relative to the file's folder), or empty when the file could
   *     not be read at all (the reason is among the findings)
   */
  static Optional<Map<String, String>> check(Path sums, Findings findings) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(sums);
    } catch (NoSuchFileException e) {
      findings.fail(sums, "見つかりません。");
      return Optional.empty();
    } catch (IOException e) {
      findings.fail(sums, "読めません（" + IoMessages.describe(e) + "）。");
      return Optional.empty();
    }
    Optional<String> text = Utf8.decode(bytes);
    if (text.isEmpty()) {
      findings.fail(sums, "UTF-8 のテキストではないため、SHA256SUMS として読めません。");
      return Optional.empty();
    }
    Checksums.Parsed parsed = Checksums.parse(text.get());
    for (int line : parsed.badLines()) {
      findings.failLine(sums, line, "SHA256SUMS の形式（64 桁の 16 進数、空白 2 つ、相対パス）ではありません。");
    }
    if (parsed.entries().isEmpty() && parsed.badLines().isEmpty()) {
      findings.fail(sums, "記録が 1 行もありません。");
    }
    Path folder = sums.getParent();
    Map<String, String> listed = parsed.byPath();
    listed.forEach((path, sha) -> checkOne(folder.resolve(path), sha, sums, findings));
    return Optional.of(listed);
  }

  private static void checkOne(Path file, String sha, Path sums, Findings findings) {
    String where = sums.getFileName().toString();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      findings.fail(
          file,
          Files.exists(file, LinkOption.NOFOLLOW_LINKS)
              ? where + " に記録されていますが、通常のファイルではありません。"
              : where + " に記録されていますが、ありません（削除されたか、名前が変わっています）。");
      return;
    }
    try {
      if (Sha256.hex(Files.readAllBytes(file)).equals(sha)) {
        findings.matched(file);
      } else {
        findings.fail(file, "SHA-256 が " + where + " の記録と一致しません（改変または破損）。");
      }
    } catch (IOException e) {
      findings.fail(file, where + " に記録されていますが、読めません（" + IoMessages.describe(e) + "）。");
    }
  }
}
