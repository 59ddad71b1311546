package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds URLs carrying a query string ({@code https://example.jp/form?id=123}), which often hold a
 * name, an address or an ID. A URL without a query is a link to a page and is left alone.
 *
 * <p>Read in one pass over runs of URL characters rather than with a regular expression, so that a
 * hostile value such as a megabyte of {@code www.www.…} costs linear time.
 */
final class Urls {

  private static final String DELIMITERS = "<>\"'「」『』()、。";
  private static final String[] STARTS = {"https://", "http://", "ftp://", "www."};

  private Urls() {}

  static List<int[]> withQuery(String text) {
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (isDelimiter(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < text.length() && !isDelimiter(text.charAt(runEnd))) {
        runEnd++;
      }
      String run = text.substring(i, runEnd).toLowerCase(Locale.ROOT);
      int start = -1;
      for (String s : STARTS) {
        int at = run.indexOf(s);
        if (at >= 0 && (start < 0 || at < start)) {
          start = at;
        }
      }
      if (start >= 0) {
        int query = run.indexOf('?', start);
        if (query >= 0 && query + 1 < run.length()) {
          found.add(new int[] {i + start, runEnd});
        }
      }
      i = runEnd;
    }
    return found;
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0;
  }
}
