package kohyo.check;

import java.util.BitSet;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can begin with, searched by trying it only where one of
 * them stands.
 *
 * <p>Why: {@link Matcher#find} tries a pattern at every offset of the text, and a pattern that
 * begins with an alternation of words (氏名|名前|…|対象者|相談者) tries every word there. On a large period
 * that was a sixth of the personal-data scan, for labels that stand in few texts. Skipping the
 * offsets where no match can begin finds the same matches: at each remaining offset the pattern is
 * tried exactly as {@code find} would try it (lookbehind and lookahead see the whole text, {@code
 * ^} and {@code $} only its ends), and after a match the search goes on from its end.
 */
final class FirstChars {

  private final Pattern pattern;
  private final BitSet first = new BitSet();

  /**
   * @param pattern a pattern that matches no empty string (an empty match begins with no character)
   * @param firstChars every character a match of {@code pattern} can begin with; a character left
   *     out loses the matches that begin with it
   */
  FirstChars(Pattern pattern, CharSequence firstChars) {
    this.pattern = pattern;
    firstChars.chars().forEach(first::set);
  }

  /** The first characters of these words, for a pattern that begins with one of them. */
  static String of(Collection<String> words) {
    StringBuilder chars = new StringBuilder();
    for (String w : words) {
      chars.append(w.charAt(0));
    }
    return chars.toString();
  }

  /** {@code (?:word|word|…)}: the words as an alternation, each taken literally. */
  static String alternation(Collection<String> words) {
    return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
  }

  /** The matches in {@code text}, found in order as with {@link Matcher#find}. */
  Search search(String text) {
    return new Search(text);
  }

  /** One search: {@link #find} moves to the next match, whose offsets {@link #match} gives. */
  final class Search {
    private final String text;
    private final Matcher matcher;
    private int from;

    private Search(String text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether there is another match; {@link #match} is then that match. */
    boolean find() {
      for (int p = from; p < text.length(); p++) {
        if (!first.get(text.charAt(p))) {
          continue;
        }
        matcher.region(p, text.length());
        if (matcher.lookingAt()) {
          from = matcher.end();
          return true;
        }
      }
      from = text.length();
      return false;
    }

    /** The matcher, standing on the match {@link #find} found. */
    Matcher match() {
      return matcher;
    }
  }
}
