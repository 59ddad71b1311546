package kohyo.check;

import java.text.Normalizer;

/**
 * A text in NFKC form for matching (full-width digits, letters, ＠ and － become their ASCII forms),
 * with the way back to the original: every match is reported as the text the user wrote, at the
 * place they wrote it.
 *
 * <p>Normalised one code point at a time so that each output character knows the code point it came
 * from. Whole-string NFKC would also compose sequences such as half-width kana with a separate
 * voicing mark, which no detector relies on.
 */
final class NormalizedText {

  private final String original;
  private final String text;

  /**
   * For each char of {@link #text}: where its source code point starts and ends in {@link
   * #original}.
   */
  private final int[] from;

  private final int[] to;

  private NormalizedText(String original, String text, int[] from, int[] to) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  static NormalizedText of(String original) {
    if (Normalizer.isNormalized(original, Normalizer.Form.NFKC)) {
      // most Japanese text already is NFKC: offsets map to themselves
      return new NormalizedText(original, original, null, null);
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() * 2 + 8];
    int[] to = new int[from.length];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      String piece =
          cp < 0x80
              ? original.substring(i, next)
              : Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
      for (int k = 0; k < piece.length(); k++) {
        if (out.length() == from.length) {
          from = java.util.Arrays.copyOf(from, from.length * 2);
          to = java.util.Arrays.copyOf(to, to.length * 2);
        }
        from[out.length()] = i;
        to[out.length()] = next;
        out.append(piece.charAt(k));
      }
      i = next;
    }
    return new NormalizedText(original, out.toString(), from, to);
  }

  /** The NFKC form that detectors read. */
  String text() {
    return text;
  }

  /** The original text behind the normalised range {@code [start, end)}. */
  String originalOf(int start, int end) {
    return original.substring(originalStart(start), originalEnd(end));
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

  /** Whether two spellings are the same after NFKC, e.g. {@code ０３} and {@code 03}. */
  static boolean sameText(String a, String b) {
    return Normalizer.normalize(a.strip(), Normalizer.Form.NFKC)
        .equals(Normalizer.normalize(b.strip(), Normalizer.Form.NFKC));
  }
}
