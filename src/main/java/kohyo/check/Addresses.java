package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.check.Morphology.Morpheme;

/**
 * Finds the part of an address that points at one house: 1丁目1番1号, 123番地の4, 5番12号, and after a place
 * name also 1-7, 1の7, 2-8-15, 456-2 and a lone house number (大黒町456).
 *
 * <p>丁目, 番地 and 番…号 say "address" by themselves (except in 第5番3号議案). Bare numbers joined by hyphens
 * do not: 資料1-2-3, 第2-1号, 2-3名 and 10:30-11:00 are everywhere in a report. They are an address only
 * when a place stands right before them — a word the analyser tags as a place (名詞-固有名詞-地域) or a
 * place suffix (市, 町, 区, 郡), possibly with more place words between (北浜市 旭町, 緑が丘, 小杉) — or when the
 * text calls them one (住所, 所在地, 本籍, 在住, 転居先…).
 */
final class Addresses {

  private static final String N = "[0-9十百千]+";
  private static final String SEP = "[\\-‐‑‒–—―−ー─]";

  /** Address numbers that say so themselves. */
  private static final Pattern STRONG =
      Pattern.compile(
          "(?<![0-9十百千])"
              + N
              + "丁目(?: ?"
              + SEP
              + "? ?"
              + N
              + "(?:番地?|号|"
              + SEP
              + ")?(?:の?"
              + N
              + "号?)?(?:"
              + SEP
              + N
              + ")*)?"
              + "|(?<![0-9十百千])"
              + N
              + "番地(?:の?"
              + N
              + "号?)?"
              + "|(?<![0-9十百千])"
              + N
              + "番 ?"
              + N
              + "号(?!議案|様式|議事)");

  /** Numbers that are an address only after a place: 1-7, 2-8-15, 1の7, 456. */
  private static final Pattern WEAK =
      Pattern.compile("(?<![0-9.:/])[0-9]{1,5}(?:(?:" + SEP + "|の)[0-9]{1,5}){0,3}(?![0-9.:/])");

  /** What may follow a count, so that 2-3名 and 1-2件 are not addresses. */
  private static final Pattern COUNTER =
      Pattern.compile(
          "^(?:名|人|件|回|枚|通|部|か所|ヵ所|ヶ所|箇所|社|校|台|冊|%|円|分|秒|時|年|月|日|歳|才|号(?!室|棟)|条|項|頁|ページ|番目|位|世帯|事業所|機関|割|倍|km|m|kg|g|cm|mm|ha|㎡|期|期生|学年|年生|組|班|次|便|階(?!建))");

  private static final Pattern CONTEXT =
      Pattern.compile("住所|所在地|本籍|居所|在住|住居|転居先|転居前|返送先|送付先|宛先|郵送先|届け先|自宅|〒");

  private Addresses() {}

  static List<int[]> find(ScanText scan) {
    String t = scan.digits();
    if (!hasDigit(t)) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    // every strong match has 丁目 or 番: a text without them is not searched for one
    if (t.indexOf('番') >= 0 || t.contains("丁目")) {
      Matcher strong = STRONG.matcher(t);
      while (strong.find()) {
        if (strong.start() > 0 && t.charAt(strong.start() - 1) == '第' || zeros(strong.group())) {
          continue;
        }
        found.add(new int[] {strong.start(), strong.end()});
      }
    }
    int strongFound = found.size();
    int next = 0;
    Matcher m = WEAK.matcher(t);
    while (m.find()) {
      String number = m.group();
      boolean single = number.chars().allMatch(c -> ScanText.isDigit((char) c));
      String after = t.substring(m.end(), Math.min(t.length(), m.end() + 3));
      if (zeros(number)
          || COUNTER.matcher(after).find()
          || after.startsWith("丁目")
          || after.startsWith("番")
          || m.start() > 0 && t.charAt(m.start() - 1) == '第') {
        continue;
      }
      // the strong matches are in order, and so are these: one pass finds any overlap
      while (next < strongFound && found.get(next)[1] <= m.start()) {
        next++;
      }
      if (next < strongFound && found.get(next)[0] < m.end()) {
        continue;
      }
      if (afterPlace(scan, m.start(), single)) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    return found;
  }

  /**
   * Whether a place stands right before {@code start}: a chain of place-like words (no particle, no
   * punctuation) containing a place name or a place suffix, or introduced by an address word.
   */
  private static boolean afterPlace(ScanText scan, int start, boolean single) {
    List<Morpheme> w = scan.words();
    int k = scan.wordEndingBy(start);
    if (k < 0
        || w.get(k).end() != start && !scan.text().substring(w.get(k).end(), start).isBlank()) {
      return false;
    }
    if (w.get(k).space() && --k < 0) {
      return false;
    }
    boolean place = false;
    boolean smallArea = false;
    int chainStart = start;
    int words = 0;
    for (int i = k; i >= 0 && words < 10; i--, words++) {
      Morpheme m = w.get(i);
      if (m.space()) {
        continue;
      }
      boolean link =
          (m.surface().equals("の")
                  || m.surface().equals("が")
                  || m.surface().equals("ケ")
                  || m.surface().equals("ヶ"))
              && i > 0
              && i < k
              && ScanText.isKanji(scan.text().charAt(m.start() - 1));
      boolean number =
          m.number() || ScanText.isDigit(m.surface().charAt(0)) || m.surface().equals("条");
      if (!placeWord(m) && !link && !number) {
        break;
      }
      chainStart = m.start();
      if (m.place() || m.placeSuffix() || endsWithPlaceSuffix(m) || aza(m.surface())) {
        place = true;
      }
      String surface = m.surface();
      char last = surface.charAt(surface.length() - 1);
      if ((aza(surface) || last == '町' || last == '村') && (m.placeSuffix() || m.noun())) {
        smallArea = true;
      }
    }
    if (chainStart == start) {
      return false;
    }
    if (single) {
      // a lone house number only within a town or a 字: 大黒町456, 大字三日市2215
      return smallArea;
    }
    if (place) {
      return true;
    }
    String before = scan.text().substring(Math.max(0, chainStart - 12), chainStart);
    return CONTEXT.matcher(before).find();
  }

  /** 字 and 大字: the village districts of an address. */
  private static boolean aza(String s) {
    return s.equals("字") || s.equals("大字");
  }

  /** A word that can be part of a place name: nouns in kanji or kana, not symbols or particles. */
  private static boolean placeWord(Morpheme m) {
    if (!(m.noun() || m.pos().startsWith("接頭詞"))) {
      return false;
    }
    String s = m.surface();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(ScanText.isKanji(c) || ScanText.isKatakana(c) || ScanText.isHiragana(c))) {
        return false;
      }
    }
    return !s.isEmpty() && s.length() <= 8;
  }

  private static boolean endsWithPlaceSuffix(Morpheme m) {
    String s = m.surface();
    char last = s.charAt(s.length() - 1);
    return s.length() >= 2 && "市町村区郡".indexOf(last) >= 0;
  }

  /** 〇丁目〇番〇号 (read as 0丁目0番0号) is a form's blank, not an address. */
  private static boolean zeros(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '9' || c == '十' || c == '百' || c == '千') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (ScanText.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
