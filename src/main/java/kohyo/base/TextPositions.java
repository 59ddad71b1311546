package kohyo.base;

import java.util.Arrays;

/**
 * Offsets in a decoded text and the 1-based line and column a user sees for them: the one place
 * that counts lines and columns, so that every message about one file agrees on where a character
 * is.
 *
 * <p>Lines break as SnakeYAML breaks them ({@code \n}, {@code \r\n}, a lone {@code \r}, U+0085,
 * U+2028, U+2029) and columns count code points, as SnakeYAML's marks do; so a position computed
 * here and one from a YAML mark name the same character in LF, CRLF and BOM files alike (the BOM is
 * not part of the decoded text).
 */
public final class TextPositions {

  private final String text;

  /** Offset of the first char of each line. */
  private final int[] lineStarts;

  private TextPositions(String text, int[] lineStarts) {
    this.text = text;
    this.lineStarts = lineStarts;
  }

  public static TextPositions of(String text) {
    int[] starts = new int[16];
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBreak(c)) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    return new TextPositions(text, Arrays.copyOf(starts, lines));
  }

  /** Whether a char ends a line in YAML's sense. */
  public static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  public String text() {
    return text;
  }

  /** The number of lines (an empty text has one). */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line of a char offset (clamped to the text). */
  public int lineAt(int offset) {
    int at = clamp(offset);
    int line = Arrays.binarySearch(lineStarts, at);
    return (line < 0 ? -line - 2 : line) + 1;
  }

  /** The 1-based column, in code points, of a char offset (clamped to the text). */
  public int columnAt(int offset) {
    int at = clamp(offset);
    return text.codePointCount(lineStarts[lineAt(at) - 1], at) + 1;
  }

  /** The position of a char offset in the named file. */
  public SourcePosition positionAt(String path, int offset) {
    return new SourcePosition(path, lineAt(offset), columnAt(offset));
  }

  /**
   * The char offset of a 0-based line and code-point column, as SnakeYAML's marks give them; past
   * the end of a line, the end of that line; past the last line, the end of the text.
   */
  public int offsetOf(int line0, int column0) {
    if (line0 >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line0];
    int end = lineEnd(line0 + 1);
    int codePoints = text.codePointCount(start, end);
    return column0 >= codePoints ? end : text.offsetByCodePoints(start, column0);
  }

  /** The char offset where the 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
  }

  /** The char offset just before the line break that ends the 1-based line (or the text's end). */
  public int lineEnd(int line) {
    int index = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
    if (index + 1 >= lineStarts.length) {
      return text.length();
    }
    int end = lineStarts[index + 1] - 1;
    if (end > lineStarts[index] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /** The 1-based line's text without its line break. */
  public String line(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
