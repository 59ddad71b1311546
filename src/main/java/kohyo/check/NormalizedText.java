package kohyo.check;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text in NFKC form for matching (full-width digits, letters, ＠, － and the ideographic space
 * become their ASCII forms), with the way back to the original: every match is reported as the text
 * the user wrote, at the place they wrote it.
 *
 * <p>Normalised one code point at a time so that each output character knows the code point it came
 * from. Whole-string NFKC would also compose sequences such as half-width kana with a separate
 * voicing mark, which no detector relies on.
 *
 * <p>The {@linkplain #joined joined} form drops the line breaks of a cell and the spaces around
 * them: a cell prints its lines one under the other, so 「076-444-」 over 「1234」 is read as one
 * number, and so is 「山田」 over 「花子様」 one name.
 */
final class NormalizedText {

  private static final String KANJI_DIGITS = "〇一二三四五六七八九";

  private final String original;
  private final String text;

  /**
   * For each char of {@link #text}: where its source code point starts and ends in {@link
   * #original}; null when the text is the original itself.
   */
  private final int[] from;

  private final int[] to;

  private NormalizedText(String original, String text, int[] from, int[] to) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** The text as written, line breaks kept. */
  static NormalizedText of(String original) {
    if (Normalizer.isNormalized(original, Normalizer.Form.NFKC)) {
      // most Japanese text already is NFKC: offsets map to themselves
      return new NormalizedText(original, original, null, null);
    }
    return build(original, false);
  }

  /** The lines of the text run together, each without its surrounding spaces. */
  static NormalizedText joined(String original) {
    return build(original, true);
  }

  private static NormalizedText build(String original, boolean join) {
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() + 8];
    int[] to = new int[from.length];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (join && (cp == '\n' || cp == '\r')) {
        // the spaces before the break were already trimmed; skip those after it
        while (out.length() > 0 && isSpace(out.charAt(out.length() - 1))) {
          out.setLength(out.length() - 1);
        }
        while (next < original.length() && isSpace(original.charAt(next))) {
          next++;
        }
        i = next;
        continue;
      }
      String piece =
          cp < 0x80
              ? original.substring(i, next)
              : Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
      for (int k = 0; k < piece.length(); k++) {
        if (out.length() == from.length) {
          from = Arrays.copyOf(from, from.length * 2);
          to = Arrays.copyOf(to, to.length * 2);
        }
        from[out.length()] = i;
        to[out.length()] = next;
        out.append(piece.charAt(k));
      }
      i = next;
    }
    return new NormalizedText(original, out.toString(), from, to);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  /** The NFKC form that detectors read. */
  String text() {
    return text;
  }

  /**
   * The text with kanji digits (〇一二…九) read as ASCII digits, char for char, so that offsets are the
   * same: 〇九〇－… is a telephone number as much as 090-… is.
   */
  static String foldKanjiDigits(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      int d = KANJI_DIGITS.indexOf(text.charAt(i));
      if (d >= 0) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = (char) ('0' + d);
      }
    }
    return chars == null ? text : new String(chars);
  }

  int originalStart(int start) {
    if (from == null) {
      return start;
    }
    return start < text.length() ? from[start] : original.length();
  }

  int originalEnd(int end) {
    if (to == null) {
      return end;
    }
    return end == 0 ? 0 : to[end - 1];
  }

  /**
   * Whether two spellings are the same after NFKC, e.g. {@code ０３} and {@code 03}; line breaks (and
   * the ⏎ that messages show for them) and the spaces around them do not count.
   */
  static boolean sameText(String a, String b) {
    return comparable(a).equals(comparable(b));
  }

  private static String comparable(String s) {
    return joined(s.replace(Messages.LINE_BREAK, "\n").strip()).text();
  }
}
