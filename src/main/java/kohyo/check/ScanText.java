package kohyo.check;

import java.util.List;

/**
 * One text as the detectors read it: NFKC ({@link #text}), the same with kanji digits as ASCII
 * digits ({@link #digits}, same offsets), and its words ({@link #words}, analysed on first use
 * only: most detectors never need them, and a text without kanji or kana has no words worth
 * analysing).
 */
final class ScanText {

  private final String text;
  private final String digits;
  private List<Morphology.Morpheme> words;

  ScanText(String text) {
    this.text = text;
    this.digits = NormalizedText.foldKanjiDigits(text);
  }

  String text() {
    return text;
  }

  String digits() {
    return digits;
  }

  int length() {
    return text.length();
  }

  List<Morphology.Morpheme> words() {
    if (words == null) {
      words = hasJapanese(text) ? Morphology.analyse(text) : List.of();
    }
    return words;
  }

  /**
   * The index in {@link #words} of the word that starts at {@code offset}, or -1. Words are sorted
   * and do not overlap, so a binary search finds it.
   */
  int wordStartingAt(int offset) {
    List<Morphology.Morpheme> w = words();
    int lo = 0;
    int hi = w.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = w.get(mid).start();
      if (s == offset) {
        return mid;
      } else if (s < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** The index of the last word that ends at or before {@code offset}, or -1. */
  int wordEndingBy(int offset) {
    List<Morphology.Morpheme> w = words();
    int lo = 0;
    int hi = w.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (w.get(mid).end() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  static boolean hasJapanese(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u3040' && c <= '\u30ff' || Character.isIdeographic(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isKanji(char c) {
    return c == '々' || c == '〆' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean isKatakana(char c) {
    return c >= 'ァ' && c <= 'ヺ' || c == 'ー';
  }

  static boolean isHiragana(char c) {
    return c >= 'ぁ' && c <= 'ゖ';
  }

  static boolean isLatin(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
