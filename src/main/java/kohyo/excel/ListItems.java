package kohyo.excel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are a list: every line starts with a marker of one kind, a bullet (・ ● ○ ■ ◆ － and
 * their look-alikes) or a number counting up from 1 (① ②, (1) (2), 1. 2., 1) 2), 「１　」 「２　」). The
 * items are the lines without their markers. Offices mark items in all these ways; the PDF prints
 * kohyo's own ・ for each.
 *
 * <p>A line without a marker (an indented continuation) means the cell is not a list, and two kinds
 * of markers (・ then ●) mean it is not one list: both stay text as typed, since which lines belong
 * to which item is then a guess.
 */
final class ListItems {

  /** Bullets that are one kind: ･ is ・, － is -, ◯ is ○. */
  private static final Map<Character, Character> BULLETS = bullets();

  private static final String DIGITS = "[0-9０-９]{1,2}";
  private static final String SPACE = "[ \\u3000]";

  /** Numbered markers, each a kind; group 1 is the number. */
  private static final List<Pattern> NUMBERED =
      List.of(
          Pattern.compile("^[(（](" + DIGITS + ")[)）]" + SPACE + "*"),
          Pattern.compile("^(" + DIGITS + ")[)）]" + SPACE + "*"),
          Pattern.compile("^(" + DIGITS + ")[.．](?![0-9０-９])" + SPACE + "*"),
          Pattern.compile("^(" + DIGITS + ")" + SPACE + "+"));

  private ListItems() {}

  /** The items, when every line is one; empty when the lines are text. */
  static Optional<List<String>> of(List<String> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String kind = null;
    List<String> items = new ArrayList<>();
    for (String line : lines) {
      Optional<Marker> m = marker(line, items.size() + 1);
      if (m.isEmpty() || kind != null && !kind.equals(m.get().kind())) {
        return Optional.empty();
      }
      kind = m.get().kind();
      items.add(CellText.strip(line.substring(m.get().length())));
    }
    return Optional.of(items);
  }

  /**
   * @param kind which marker: the bullet itself, or the numbering's pattern
   * @param length how much of the line is marker
   */
  private record Marker(String kind, int length) {}

  /** The marker a line starts with, if it is one; a number must be the item's own ({@code n}). */
  private static Optional<Marker> marker(String line, int n) {
    if (line.isEmpty()) {
      return Optional.empty();
    }
    char first = line.charAt(0);
    Character bullet = BULLETS.get(first);
    if (bullet != null) {
      return Optional.of(new Marker(bullet.toString(), 1));
    }
    int circled = circled(line.codePointAt(0));
    if (circled > 0) {
      return circled == n
          ? Optional.of(new Marker("circled", Character.charCount(line.codePointAt(0))))
          : Optional.empty();
    }
    // ⑴ is (1) to NFKC; it is one character, so its length is read from the line as typed
    if (first >= '\u2474' && first <= '\u2487') {
      return first - '\u2474' + 1 == n ? Optional.of(new Marker("(n)", 1)) : Optional.empty();
    }
    for (int i = 0; i < NUMBERED.size(); i++) {
      Matcher m = NUMBERED.get(i).matcher(line);
      if (m.find()) {
        int number = Integer.parseInt(Normalizer.normalize(m.group(1), Normalizer.Form.NFKC));
        return number == n ? Optional.of(new Marker("numbered" + i, m.end())) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ as their numbers; 0 for any other character. */
  private static int circled(int c) {
    if (c >= 0x2460 && c <= 0x2473) {
      return c - 0x2460 + 1;
    }
    if (c >= 0x3251 && c <= 0x325F) {
      return c - 0x3251 + 21;
    }
    if (c >= 0x32B1 && c <= 0x32BF) {
      return c - 0x32B1 + 36;
    }
    return 0;
  }

  private static Map<Character, Character> bullets() {
    Map<Character, Character> m = new java.util.HashMap<>();
    for (char c : "・･".toCharArray()) {
      m.put(c, '・');
    }
    for (char c : "●⚫".toCharArray()) {
      m.put(c, '●');
    }
    for (char c : "○◯〇".toCharArray()) {
      m.put(c, '○');
    }
    for (char c : "-－‐−―–—".toCharArray()) {
      m.put(c, '-');
    }
    for (char c : "■□◆◇▪▫•◦‣►▶▷➢➤✓✔☆★".toCharArray()) {
      m.put(c, c);
    }
    return Map.copyOf(m);
  }
}
