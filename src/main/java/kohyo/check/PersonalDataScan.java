package kohyo.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks for personal data in one published text: every {@link PersonalDataKind}, matched on the
 * NFKC form and reported as the original characters with their offsets in the given text.
 *
 * <p>A text of several lines is read twice: as written, and with its lines run together, since a
 * cell prints them one under the other and a reader takes 「076-444-」 over 「1234」 for one number.
 *
 * <p>Where two findings overlap, the earlier kind wins (a URL holding a phone number is reported
 * once, as a URL), and of two of one kind the longer; so one acknowledgement covers one thing the
 * reader sees.
 */
final class PersonalDataScan {

  /**
   * One match.
   *
   * @param start offset of the first char in the original text
   * @param end offset after the last char in the original text
   * @param text the original characters, as the user wrote them (full-width digits, line breaks and
   *     all)
   */
  record Match(PersonalDataKind kind, int start, int end, String text) {}

  private PersonalDataScan() {}

  static List<Match> scan(String original) {
    List<Match> candidates = new ArrayList<>();
    find(NormalizedText.of(original), original, candidates);
    if (original.indexOf('\n') >= 0 || original.indexOf('\r') >= 0) {
      find(NormalizedText.joined(original), original, candidates);
    }
    candidates.sort(
        Comparator.comparingInt((Match m) -> m.kind().ordinal())
            .thenComparingInt(m -> m.start() - m.end())
            .thenComparingInt(Match::start));
    // start → end of every span taken so far; they never overlap, so two neighbours decide
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    List<Match> matches = new ArrayList<>();
    for (Match m : candidates) {
      Map.Entry<Integer, Integer> before = taken.floorEntry(m.start());
      Map.Entry<Integer, Integer> after = taken.ceilingEntry(m.start());
      if (before != null && before.getValue() > m.start()
          || after != null && after.getKey() < m.end()) {
        continue;
      }
      taken.put(m.start(), m.end());
      matches.add(m);
    }
    matches.sort(Comparator.comparingInt(Match::start));
    return matches;
  }

  private static void find(NormalizedText view, String original, List<Match> out) {
    ScanText text = new ScanText(view.text());
    List<int[]> others = new ArrayList<>();
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      if (kind == PersonalDataKind.URL) {
        continue;
      }
      for (int[] span : kind.find(text, List.of())) {
        others.add(span);
        add(kind, span, view, original, out);
      }
    }
    others.sort(Comparator.comparingInt(s -> s[0]));
    for (int[] span : PersonalDataKind.URL.find(text, others)) {
      add(PersonalDataKind.URL, span, view, original, out);
    }
  }

  private static void add(
      PersonalDataKind kind, int[] span, NormalizedText view, String original, List<Match> out) {
    if (span[1] <= span[0]) {
      return;
    }
    int start = view.originalStart(span[0]);
    int end = view.originalEnd(span[1]);
    out.add(new Match(kind, start, end, original.substring(start, end)));
  }
}
