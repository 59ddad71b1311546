package kohyo.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the cases of two editions. NO is no identity — it shifts whenever an earlier case comes or
 * goes — so cases pair first by their file name (from folders), then by how alike their content is,
 * with the same 発生日 and the same NO counting in favour (the only hints a PDF gives).
 */
final class CaseMatcher {

  /**
   * Below this likeness two cases are a removal and an addition, not one case edited. Distinct
   * cases of the seed edition are at most 0.23 alike (measured), an edited case far above.
   */
  static final double MIN_LIKENESS = 0.5;

  /** A case kept at its NO and date may be rewritten more thoroughly and still be the same case. */
  static final double MIN_LIKENESS_SAME_PLACE = 0.3;

  record Pair(int before, int after) {}

  private CaseMatcher() {}

  /**
   * Pairs of indexes into {@code before} and {@code after}; unpaired indexes are removals and
   * additions.
   */
  static List<Pair> match(List<Row> before, List<Row> after) {
    List<Pair> pairs = new ArrayList<>();
    boolean[] usedBefore = new boolean[before.size()];
    boolean[] usedAfter = new boolean[after.size()];
    Map<String, Integer> bySource = new HashMap<>();
    for (int j = 0; j < after.size(); j++) {
      if (!after.get(j).source().isEmpty()) {
        bySource.put(after.get(j).source(), j);
      }
    }
    for (int i = 0; i < before.size(); i++) {
      Integer j = before.get(i).source().isEmpty() ? null : bySource.get(before.get(i).source());
      if (j != null && !usedAfter[j]) {
        pairs.add(new Pair(i, j));
        usedBefore[i] = true;
        usedAfter[j] = true;
      }
    }
    List<Map<String, Integer>> gramsBefore = before.stream().map(CaseMatcher::bigrams).toList();
    List<Map<String, Integer>> gramsAfter = after.stream().map(CaseMatcher::bigrams).toList();
    record Candidate(int before, int after, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (usedBefore[i]) {
        continue;
      }
      for (int j = 0; j < after.size(); j++) {
        if (usedAfter[j]) {
          continue;
        }
        double likeness = dice(gramsBefore.get(i), gramsAfter.get(j));
        boolean sameDate = before.get(i).date().equals(after.get(j).date());
        boolean sameNo = before.get(i).no().equals(after.get(j).no());
        if (likeness >= MIN_LIKENESS
            || (sameDate && sameNo && likeness >= MIN_LIKENESS_SAME_PLACE)) {
          candidates.add(new Candidate(i, j, likeness + (sameDate ? 0.2 : 0) + (sameNo ? 0.1 : 0)));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(Candidate::before)
            .thenComparingInt(Candidate::after));
    for (Candidate c : candidates) {
      if (!usedBefore[c.before()] && !usedAfter[c.after()]) {
        pairs.add(new Pair(c.before(), c.after()));
        usedBefore[c.before()] = true;
        usedAfter[c.after()] = true;
      }
    }
    return pairs;
  }

  /**
   * Likeness by shared character pairs (Sørensen–Dice over bigrams): linear in the text, so that a
   * period of a hundred cases does not need ten thousand full diffs to be paired.
   */
  static double dice(Map<String, Integer> a, Map<String, Integer> b) {
    int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
    int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
    if (sizeA + sizeB == 0) {
      return 1.0;
    }
    int shared = 0;
    for (var e : a.entrySet()) {
      shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * shared / (sizeA + sizeB);
  }

  /** Bigrams of every field but NO, each field on its own (a pair never spans two fields). */
  static Map<String, Integer> bigrams(Row row) {
    Map<String, Integer> out = new HashMap<>();
    for (Field f : Field.values()) {
      if (f == Field.NO) {
        continue;
      }
      int[] cps = row.get(f).codePoints().toArray();
      for (int i = 0; i + 1 < cps.length; i++) {
        out.merge(f.ordinal() + new String(cps, i, 2), 1, Integer::sum);
      }
    }
    return out;
  }
}
