package kohyo.check;

import java.util.Arrays;
import kohyo.load.SourcePosition;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Offsets in a file's text and the line and column SnakeYAML would give them, so that a finding
 * inside a value is reported at its own place in the file, not at the start of the value.
 *
 * <p>Lines and columns are counted as SnakeYAML counts them (line breaks \n, \r\n, \r, U+0085,
 * U+2028, U+2029; columns in code points), so these positions agree with every other problem's.
 */
final class SourceText {

  private final YamlDocument document;
  private final String text;

  /** Offset of the first char of each line. */
  private final int[] lineStarts;

  SourceText(YamlDocument document) {
    this.document = document;
    this.text = document.source().text();
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
    this.lineStarts = Arrays.copyOf(starts, lines);
  }

  String text() {
    return text;
  }

  /** Where the node's text starts in the file. */
  int startOf(Node node) {
    return offsetOf(node.getStartMark());
  }

  /** Where the node's text ends in the file. */
  int endOf(Node node) {
    return node.getEndMark() == null ? text.length() : offsetOf(node.getEndMark());
  }

  SourcePosition positionAt(int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int line = Arrays.binarySearch(lineStarts, at);
    if (line < 0) {
      line = -line - 2;
    }
    int column = text.codePointCount(lineStarts[line], at) + 1;
    return new SourcePosition(document.path(), line + 1, column);
  }

  private int offsetOf(Mark mark) {
    if (mark == null) {
      return 0;
    }
    if (mark.getLine() >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[mark.getLine()];
    int end =
        mark.getLine() + 1 < lineStarts.length ? lineStarts[mark.getLine() + 1] : text.length();
    int lineCodePoints = text.codePointCount(start, end);
    return mark.getColumn() >= lineCodePoints
        ? end
        : text.offsetByCodePoints(start, mark.getColumn());
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
