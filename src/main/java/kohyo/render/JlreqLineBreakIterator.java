package kohyo.render;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Line-break opportunities under the strict Japanese rules of W3C JLREQ (行頭禁則, 行末禁則, 分離禁止), built
 * on the JDK's line BreakIterator.
 *
 * <p>The JDK iterator alone lets a line start with ・, with small hiragana after a run of kana, with
 * ～ and with some iteration marks; those opportunities are taken away here. It also finds no
 * opportunity at all inside a long run of ASCII (a file name, URL or long number), and Flying
 * Saucer then falls back to breaking after any character, rules ignored; so a run longer than
 * {@link #LONGEST_UNBREAKABLE} half-width units gets opportunities between its characters here,
 * still subject to the same rules. That width fits in the narrowest text column of the edition.
 */
public final class JlreqLineBreakIterator extends BreakIterator {

  /**
   * JLREQ: closing brackets, hyphens, ?!, middle dots and colons, full stops, commas, iteration
   * marks, ー, small kana; with their fullwidth, ASCII and halfwidth forms, and ～ (used as a wave
   * dash).
   */
  static final String NOT_AT_LINE_START =
      "’”)）]］}｝〕〉》」』】⦆〙〗»〟｣"
          + "‐〜゠–～"
          + "!！?？‼⁇⁈⁉"
          + "・･:：;；"
          + "。．.｡"
          + "、，,､"
          + "ヽヾゝゞ々〻"
          + "ーｰ"
          + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ";

  /** JLREQ: opening brackets, with their fullwidth, ASCII and halfwidth forms. */
  static final String NOT_AT_LINE_END = "‘“(（[［{｛〔〈《「『【⦅〘〖«〝｢";

  /** JLREQ 分離禁止: a pair of these (――, ……, ‥‥) stays on one line. */
  static final String INSEPARABLE = "―…‥";

  /** Longest stretch, in half-width units, left without a break opportunity. */
  static final int LONGEST_UNBREAKABLE = 12;

  private String text = "";
  private int[] boundaries = {0};
  private int index;

  public JlreqLineBreakIterator() {}

  public JlreqLineBreakIterator(String text) {
    setText(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    boundaries = compute(newText);
    index = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder s = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      s.append(c);
    }
    setText(s.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    index = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    index = boundaries.length - 1;
    return boundaries[index];
  }

  @Override
  public int next(int n) {
    int target = index + n;
    if (target < 0 || target >= boundaries.length) {
      index = target < 0 ? 0 : boundaries.length - 1;
      return DONE;
    }
    index = target;
    return boundaries[index];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(boundaries, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= boundaries.length) {
      index = boundaries.length - 1;
      return DONE;
    }
    index = i;
    return boundaries[i];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(boundaries, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      index = 0;
      return DONE;
    }
    index = i;
    return boundaries[i];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(boundaries, offset);
    if (i >= 0) {
      index = i;
    } else {
      following(offset);
    }
    return i >= 0;
  }

  @Override
  public int current() {
    return boundaries[index];
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
    }
  }

  /** Boundaries of the text: 0, the permitted opportunities in order, and the text's length. */
  public static int[] compute(String text) {
    JlreqBreakCursor cursor = new JlreqBreakCursor(text);
    int[] out = new int[16];
    int count = 1;
    for (int b = cursor.next(); b != DONE; b = cursor.next()) {
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = b;
    }
    return Arrays.copyOf(out, count);
  }

  /** Whether a line may end before {@code text.charAt(i)} under the JLREQ rules. */
  static boolean permitted(String text, int i) {
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    if (Character.isLowSurrogate(after) || combining(text.codePointAt(i))) {
      return false;
    }
    if (NOT_AT_LINE_START.indexOf(after) >= 0 || NOT_AT_LINE_END.indexOf(before) >= 0) {
      return false;
    }
    return !(before == after && INSEPARABLE.indexOf(before) >= 0);
  }

  private static boolean combining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || cp == 0x200D;
  }

  static boolean ideographic(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || (c >= 0xFF01 && c <= 0xFF60); // fullwidth forms
  }

  /** Width of text[from, to) in half-width units: 2 for East Asian wide characters, else 1. */
  static int units(String text, int from, int to) {
    int units = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      units += c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFFDC) ? 2 : 1;
    }
    return units;
  }
}
