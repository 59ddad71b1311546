package kohyo.check;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import kohyo.load.SourcePosition;
import kohyo.load.YamlDocument;

/**
 * Offsets in a file's text and the line and column SnakeYAML would give them, so that a finding inside a value
 * is reported at its own place in the file, not at the start of the value.
 *
 * <p>Lines and columns are counted as SnakeYAML counts them (line breaks \n, \r\n, \r, U+0085, U+2028,
 * U+2029; columns in code points), so these positions agree with every other problem's.
 */
final class SourceText {

    private final YamlDocument document;
    private final String text;

    SourceText(YamlDocument document) {
        this.document = document;
        this.text = document.source().text();
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
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < offset && i < text.length()) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '\r' && next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            if (isBreak(c)) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
            i = next;
        }
        return new SourcePosition(document.path(), line, column);
    }

    private int offsetOf(Mark mark) {
        if (mark == null) {
            return 0;
        }
        int line = 0;
        int i = 0;
        while (line < mark.getLine() && i < text.length()) {
            char c = text.charAt(i);
            i++;
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            if (isBreak(c)) {
                line++;
            }
        }
        for (int column = 0; column < mark.getColumn() && i < text.length(); column++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, text.length());
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
