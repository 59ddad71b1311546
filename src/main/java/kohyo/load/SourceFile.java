package kohyo.load;

import java.nio.file.Path;
import kohyo.base.TextPositions;

/**
 * A file's decoded text together with the name under which problems are reported.
 *
 * @param file where it was read from
 * @param displayPath the path as the user would type it (relative to where kohyo was started when
 *     possible)
 * @param text the decoded text, without a byte-order mark
 * @param bytes the raw bytes, kept for fingerprints and archive manifests
 * @param positions line and column of every offset of {@code text}
 */
public record SourceFile(
    Path file, String displayPath, String text, byte[] bytes, TextPositions positions) {

  public static SourceFile of(Path file, String displayPath, String text, byte[] bytes) {
    return new SourceFile(file, displayPath, text, bytes, TextPositions.of(text));
  }

  /** The last path element, e.g. {@code 01-case.yaml}. */
  public String fileName() {
    return file.getFileName().toString();
  }
}
