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
 * <p>A text of several lines is read as written, and around each line break also with its lines run
 * together, since a cell prints them one under the other and a reader takes 「076-444-」 over 「1234」
 * for one number.
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
    for (int[] window : aroundLineBreaks(original)) {
      String part = original.substring(window[0], window[1]);
      List<Match> found = new ArrayList<>();
      find(NormalizedText.joined(part), part, found);
      for (Match m : found) {
        // near a cut a match may be a piece of something longer: the window beside it has it whole
        boolean whole =
            (window[0] == 0 || m.start() >= EDGE)
                && (window[1] == original.length() || part.length() - m.end() >= EDGE);
        if (whole) {
          candidates.add(new Match(m.kind(), m.start() + window[0], m.end() + window[0], m.text()));
        }
      }
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

  /**
   * How far around a line break the lines are also read run together. Whatever a break splits (a
   * number, a name, an address, with the label or place before it) lies well within this; reading
   * only there, not the whole text a second time, keeps the scan of a long cell linear and about
   * half as costly.
   */
  private static final int REACH = 64;

  /** Matches this close to a window's cut are left to the window that holds them whole. */
  private static final int EDGE = 24;

  /** The stretches of text around its line breaks, merged where they overlap, in order. */
  private static List<int[]> aroundLineBreaks(String text) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      int start = Math.max(0, i - REACH);
      int end = Math.min(text.length(), i + 1 + REACH);
      // never cut a character outside the BMP in two
      if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
        start--;
      }
      if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
        end++;
      }
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && start <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        windows.add(new int[] {start, end});
      }
    }
    return windows;
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
