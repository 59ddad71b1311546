package kohyo.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell's text as a clerk typed it, tidied the way a reader would: line breaks (Alt+Enter) kept,
 * each line trimmed of spaces on both sides (ASCII, full-width 「　」, no-break), and blank lines at
 * the start and end dropped.
 */
final class CellText {

  private CellText() {}

  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static boolean isBlank(String s) {
    return strip(s).isEmpty();
  }

  /** The cell's lines, each trimmed; no blank line first or last (blank lines between are kept). */
  static List<String> lines(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n');
    List<String> lines = new ArrayList<>();
    for (String line : unified.split("\n", -1)) {
      lines.add(strip(line));
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** The trimmed lines joined by line breaks. */
  static String tidy(String text) {
    return String.join("\n", lines(text));
  }

  /**
   * The lines on one line, for a field the PDF prints on one line (所属, 備考): a break a clerk typed
   * to fit the cell is not part of the text. Japanese runs are joined directly (R7.9.30 + 個別公表事案 →
   * R7.9.30個別公表事案, the seed's own form); two Latin words or numbers get a space.
   */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : lines(text)) {
      if (line.isEmpty()) {
        continue;
      }
      if (out.length() > 0
          && isLatin(out.codePointBefore(out.length()))
          && isLatin(line.codePointAt(0))) {
        out.append(' ');
      }
      out.append(line);
    }
    return out.toString();
  }

  private static boolean isLatin(int c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
