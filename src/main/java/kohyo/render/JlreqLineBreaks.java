package kohyo.render;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a line may break under the strict Japanese rules of W3C JLREQ (行頭禁則, 行末禁則, 分離禁止): the one
 * implementation of those rules. The renderer lays out every text with it (through {@link
 * JlreqLineBreakingStrategy}), and kohyo.diff uses it to tell a wrap from a line break of the
 * source when it reads a PDF back.
 *
 * <p>It starts from the JDK's line BreakIterator, which alone lets a line start with ・, with small
 * hiragana after a run of kana, with ～ and with some iteration marks; those opportunities are taken
 * away here. The JDK also finds no opportunity at all inside a long run of ASCII (a file name, URL
 * or long number), and Flying Saucer then falls back to breaking after any character, rules
 * ignored; so a run longer than {@link #LONGEST_UNBREAKABLE} half-width units gets opportunities
 * between its characters here, still subject to the same rules. That width fits in the narrowest
 * text column of the edition.
 *
 * <p>The opportunities are found lazily from the start, each call to {@link #next()} looking only
 * as far as the next one: Flying Saucer asks for the opportunities of the remaining text once per
 * line it lays out and takes only the first few. Working out all of them on every call made a
 * paragraph's layout time grow with the square of its length (a 10,000-character cell took 11 s).
 */
public final class JlreqLineBreaks {

  /** What {@link #next()} returns after the last opportunity. */
  public static final int DONE = BreakIterator.DONE;

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

  /** Fixed, so that the layout does not depend on the machine's default locale. */
  private static final Locale LOCALE = Locale.JAPAN;

  private final String text;
  private final BreakIterator jdk;
  private final ArrayDeque<Integer> pending = new ArrayDeque<>();
  private int jdkNext;
  private int last;

  public JlreqLineBreaks(String text) {
    this.text = text;
    this.jdk = BreakIterator.getLineInstance(LOCALE);
    jdk.setText(text);
    this.jdkNext = jdk.next();
  }

  /** Every opportunity of the text in order, its length last (none for an empty text). */
  public static int[] all(String text) {
    JlreqLineBreaks breaks = new JlreqLineBreaks(text);
    int[] out = new int[16];
    int count = 0;
    for (int b = breaks.next(); b != DONE; b = breaks.next()) {
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = b;
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * The next opportunity after the previous one (the text's length comes last), or {@link #DONE}.
   */
  public int next() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    int length = text.length();
    if (last >= length) {
      return DONE;
    }
    int i = last + 1;
    while (i < length && !open(i)) {
      i++;
    }
    // a run too long for any line gets opportunities between its characters, under the same rules
    if (units(text, last, i) > LONGEST_UNBREAKABLE) {
      for (int k = last + 1; k < i; k++) {
        if (permitted(text, k)) {
          pending.add(k);
        }
      }
    }
    pending.add(i);
    last = i;
    return pending.poll();
  }

  /**
   * An opportunity the JDK finds, or one between two ideographic characters; then filtered by the
   * rules.
   */
  private boolean open(int i) {
    while (jdkNext != DONE && jdkNext < i) {
      jdkNext = jdk.next();
    }
    boolean candidate =
        jdkNext == i || ideographic(text.charAt(i - 1)) && ideographic(text.charAt(i));
    return candidate && permitted(text, i);
  }

  /** Whether a line may end before {@code text.charAt(i)} under the JLREQ rules. */
  private static boolean permitted(String text, int i) {
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

  private static boolean ideographic(char c) {
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
  private static int units(String text, int from, int to) {
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
