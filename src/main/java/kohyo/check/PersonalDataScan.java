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
 * <p>Where two findings overlap, the earlier kind wins (a URL holding a phone number is reported
 * once, as a URL), so that one acknowledgement covers one thing the reader sees.
 */
final class PersonalDataScan {

  /**
   * One match.
   *
   * @param start offset of the first char in the original text
   * @param end offset after the last char in the original text
   * @param text the original characters, as the user wrote them (full-width digits and all)
   */
  record Match(PersonalDataKind kind, int start, int end, String text) {}

  private PersonalDataScan() {}

  static List<Match> scan(String original) {
    NormalizedText normalized = NormalizedText.of(original);
    // start → end of every span taken so far; they never overlap, so two neighbours decide
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    List<Match> matches = new ArrayList<>();
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      for (int[] span : kind.find(normalized.text())) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(span[0]);
        Map.Entry<Integer, Integer> after = taken.ceilingEntry(span[0]);
        if (before != null && before.getValue() > span[0]
            || after != null && after.getKey() < span[1]) {
          continue;
        }
        taken.put(span[0], span[1]);
        int start = normalized.originalStart(span[0]);
        int end = normalized.originalEnd(span[1]);
        matches.add(new Match(kind, start, end, original.substring(start, end)));
      }
    }
    matches.sort(Comparator.comparingInt(Match::start));
    return matches;
  }
}
