package kohyo.load;

import java.util.ArrayList;
import java.util.List;
import kohyo.base.TextPositions;

/**
 * The lines of a data file as a clerk lays them out: which line is a key, a list item, text that
 * continues a value, the content of a {@code |-} block or of a quoted value, a comment.
 *
 * <p>This reads only the small part of YAML the data files use (a mapping of keys to one-line
 * values, {@code |-} blocks and lists), and it reads it the way SnakeYAML would, so that a mistake
 * can be named on the line where the clerk made it, also when SnakeYAML could not read the file at
 * all. It never decides what the data is: that is SnakeYAML's job.
 */
final class TextLayout {

  enum Role {
    /** Empty, or only ASCII spaces. */
    BLANK,
    /** A whole-line comment. */
    COMMENT,
    /** {@code key: value}, {@code key:} or {@code key: |-}. */
    KEY,
    /** {@code - value}. */
    ITEM,
    /** Anything else outside a block or quotes: text that continues a value, or a stray line. */
    TEXT,
    /** A line of a {@code |} or {@code >} block's content. */
    BLOCK,
    /** A line inside a quoted value that spans lines. */
    QUOTED
  }

  /** One line; offsets are char offsets into the whole text. */
  static final class Line {
    final int number;
    final int start;
    final int end;

    /** Leading ASCII spaces. */
    int indent;

    /**
     * The first char after the leading spaces, tabs and full-width spaces ({@code end} if none).
     */
    int content;

    Role role;

    /** KEY (and an ITEM holding {@code key: value}): the offset of the separating ':'. */
    int colon = -1;

    /** KEY, ITEM: where the value starts on this line, -1 when the line has none. */
    int value = -1;

    /** Where the value text on this line ends: before a comment and trailing spaces. */
    int valueEnd = -1;

    /** The value is a {@code |} or {@code >} block header. */
    boolean blockHeader;

    /** The value opens a quote: its char ({@code "} or {@code '}), 0 otherwise. */
    char quote;

    /**
     * Offset of the quote that closes this line's quoted value, -1 when it closes later or never.
     */
    int quoteClose = -1;

    /** A TEXT line: the KEY or ITEM whose value it continues; null for a stray line. */
    Line owner;

    /** A KEY or ITEM: TEXT lines continue its value. */
    boolean continued;

    /** Where a comment starts on the line ({@code end} if none). */
    int comment;

    Line(int number, int start, int end) {
      this.number = number;
      this.start = start;
      this.end = end;
      this.comment = end;
    }

    @Override
    public String toString() {
      return number + ":" + role;
    }
  }

  private final TextPositions positions;
  private final String text;
  private final List<Line> lines;

  private TextLayout(TextPositions positions, List<Line> lines) {
    this.positions = positions;
    this.text = positions.text();
    this.lines = lines;
  }

  /** The line that holds a char offset. */
  Line lineOf(int offset) {
    return lines.get(positions.lineAt(offset) - 1);
  }

  String text() {
    return text;
  }

  List<Line> lines() {
    return lines;
  }

  static TextLayout of(TextPositions positions) {
    List<Line> lines = new ArrayList<>();
    for (int n = 1; n <= positions.lineCount(); n++) {
      lines.add(new Line(n, positions.lineStart(n), positions.lineEnd(n)));
    }
    TextLayout layout = new TextLayout(positions, lines);
    layout.classify();
    return layout;
  }

  private void classify() {
    Line owner = null;
    Line block = null;
    Line quoted = null;
    for (Line line : lines) {
      int i = line.start;
      while (i < line.end && text.charAt(i) == ' ') {
        i++;
      }
      line.indent = i - line.start;
      while (i < line.end && isLeading(text.charAt(i))) {
        i++;
      }
      line.content = i;
      if (quoted != null) {
        line.role = Role.QUOTED;
        int close = closingQuote(quoted.quote, line.start);
        if (close >= 0) {
          quoted.quoteClose = close;
          line.quoteClose = close;
          quoted = null;
        }
        continue;
      }
      if (block != null) {
        if (line.content == line.end || line.indent > block.indent) {
          line.role = Role.BLOCK;
          continue;
        }
        block = null;
      }
      if (line.content == line.end) {
        line.role = line.indent == line.end - line.start ? Role.BLANK : Role.TEXT;
        continue;
      }
      char first = text.charAt(line.content);
      if (first == '#') {
        line.role = Role.COMMENT;
        continue;
      }
      if (first == '-'
          && (line.content + 1 == line.end || isBlank(text.charAt(line.content + 1)))) {
        line.role = Role.ITEM;
        int v = skipBlanks(line.content + 1, line.end);
        readValue(line, v);
        int colon = keyColon(v, line.end);
        if (colon >= 0) {
          line.colon = colon;
          readValue(line, skipBlanks(colon + 1, line.end));
        }
      } else {
        int colon = keyColon(line.content, line.end);
        if (colon >= 0) {
          line.role = Role.KEY;
          line.colon = colon;
          readValue(line, skipBlanks(colon + 1, line.end));
        } else {
          line.role = Role.TEXT;
          line.owner = owner != null && line.indent > owner.indent ? owner : null;
          if (line.owner != null && line.content < line.end) {
            line.owner.continued = true;
          }
          line.comment = commentStart(line.content, line.end);
          line.valueEnd = trimEnd(line.content, line.comment);
          continue;
        }
      }
      owner = line;
      if (line.blockHeader) {
        block = line;
      } else if (line.quote != 0 && line.quoteClose < 0) {
        quoted = line;
      }
    }
  }

  /** Reads a KEY's or ITEM's value on its own line: plain, quoted or a block header. */
  private void readValue(Line line, int from) {
    line.comment = commentStart(from, line.end);
    if (from >= line.end || from == line.comment) {
      line.value = -1;
      line.valueEnd = -1;
      line.quote = 0;
      line.blockHeader = false;
      return;
    }
    line.value = from;
    char c = text.charAt(from);
    if (c == '"' || c == '\'') {
      line.quote = c;
      line.quoteClose = closingQuote(c, from + 1);
      line.comment =
          line.quoteClose >= 0 && line.quoteClose < line.end
              ? commentStart(line.quoteClose + 1, line.end)
              : line.end;
      line.valueEnd =
          line.quoteClose >= 0 && line.quoteClose < line.end ? line.quoteClose + 1 : line.end;
      return;
    }
    line.quote = 0;
    line.quoteClose = -1;
    line.valueEnd = trimEnd(from, line.comment);
    line.blockHeader = isBlockHeader(from, line.valueEnd);
  }

  /** {@code |}, {@code |-}, {@code >+2} and the like, alone on the rest of the line. */
  private boolean isBlockHeader(int from, int to) {
    char c = text.charAt(from);
    if (c != '|' && c != '>') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char d = text.charAt(i);
      if (d != '-' && d != '+' && (d < '1' || d > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The offset of the quote closing a value opened with {@code quote}, searching from {@code from}
   * across lines; -1 when it never closes.
   */
  private int closingQuote(char quote, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The ':' that ends a key starting at {@code from}: the first ':' followed by a blank or the end
   * of the line, with no quote or flow bracket before it. -1 when the line is not {@code key: …}.
   */
  private int keyColon(int from, int to) {
    if (from >= to) {
      return -1;
    }
    char first = text.charAt(from);
    if ("\"'[]{}|>#&*!%@`,".indexOf(first) >= 0) {
      return -1;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == to || isBlank(text.charAt(i + 1)))) {
        return i == from ? -1 : i;
      }
      if (c == '#' && i > from && isBlank(text.charAt(i - 1))) {
        return -1;
      }
    }
    return -1;
  }

  /** Where a comment starts (a '#' after a space or tab), or {@code to}. */
  int commentStart(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '#' && (i == from || isBlank(text.charAt(i - 1)))) {
        return i;
      }
    }
    return to;
  }

  private int trimEnd(int from, int to) {
    int e = to;
    while (e > from && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private int skipBlanks(int from, int to) {
    int i = from;
    while (i < to && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** YAML's own blanks: space and tab. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** What clerks indent with: YAML's blanks, and spaces that YAML does not count as spaces. */
  static boolean isLeading(char c) {
    return c == ' ' || c == '\t' || ClerkCharacters.isOddSpace(c);
  }
}
