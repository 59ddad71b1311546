package kohyo.editor;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 年度 as a clerk may type it into the period form — 2025, ２０２５, 令和7, R7, 令和元 — written to
 * period.yaml as the western year the file holds. Anything else is written as typed, for the check
 * to explain.
 */
final class FiscalYears {

  private static final Pattern ERA =
      Pattern.compile("(令和|平成|R|H)\\s*(元|[0-9]{1,2})\\s*(?:年度|年)?", Pattern.CASE_INSENSITIVE);
  private static final Map<String, JapaneseEra> ERAS =
      Map.of(
          "令和", JapaneseEra.REIWA,
          "R", JapaneseEra.REIWA,
          "平成", JapaneseEra.HEISEI,
          "H", JapaneseEra.HEISEI);

  private FiscalYears() {}

  static String western(String typed) {
    String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    if (s.matches("[0-9]{4}(年度|年)?")) {
      return s.substring(0, 4);
    }
    Matcher m = ERA.matcher(s);
    if (m.matches()) {
      JapaneseEra era = ERAS.get(m.group(1).toUpperCase(java.util.Locale.ROOT));
      int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
      // 令和元年度 and 平成31年度 are both 2019: the era's year on 31 December, or else on 1 April
      for (int[] day : new int[][] {{12, 31}, {4, 1}}) {
        try {
          return Integer.toString(JapaneseDate.of(era, year, day[0], day[1]).get(ChronoField.YEAR));
        } catch (DateTimeException e) {
          // not a day of that era; try the other end of the fiscal year
        }
      }
    }
    return typed;
  }
}
