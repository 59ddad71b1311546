package kohyo.check;

import java.util.Collection;
import java.util.Optional;

/** Suggests the valid key nearest to a misspelt one (edit distance), as in 「発生原困」→「発生原因」. */
final class KeySuggester {

  private KeySuggester() {}

  static Optional<String> nearest(String key, Collection<String> valid) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      int d = distance(key, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    // a suggestion that shares nothing with the typed key helps nobody
    int limit = Math.max(1, Math.max(key.length(), best == null ? 0 : best.length()) / 2);
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
