package kohyo.check;

import java.util.HashSet;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Refuses characters that must not reach the PDF: control characters and characters the bundled
 * font cannot draw. Each is reported once per field, at its own line and column, with its U+ code.
 */
final class CharacterCheck {

  private final FontCoverage fonts;

  CharacterCheck(FontCoverage fonts) {
    this.fonts = fonts;
  }

  /**
   * Enough to show what is wrong; more would only cost time on a hostile file (each is located
   * anew).
   */
  static final int MAX_REPORTS_PER_FIELD = 20;

  /**
   * Longest line (one paragraph or list item) of a cell, in characters. A cell column holds about
   * twenty characters a line, so this is already some pages of one paragraph: a longer one is a
   * pasting mistake (a whole document in one cell), better refused with its position than printed
   * over dozens of pages.
   */
  static final int MAX_LINE = 2_000;

  void check(Problems problems, String key, Node node, String value) {
    int longest = value.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
    if (longest > MAX_LINE) {
      problems.at(node, Problem.Kind.VALUE, key, Messages.lineTooLong(key, longest, MAX_LINE));
      return;
    }
    Set<Integer> seen = new HashSet<>();
    int[] reported = {0};
    value
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || !seen.add(cp) || reported[0] >= MAX_REPORTS_PER_FIELD) {
                return;
              }
              if (Character.isISOControl(cp)
                  || Character.getType(cp) == Character.FORMAT
                  || Character.getType(cp) == Character.SURROGATE
                  || Character.getType(cp) == Character.PRIVATE_USE) {
                reported[0]++;
                report(problems, node, key, cp, Messages.controlCharacter(key, code(cp)));
              } else if (!fonts.canDraw(cp)) {
                reported[0]++;
                report(
                    problems,
                    node,
                    key,
                    cp,
                    Messages.notInFont(key, new String(Character.toChars(cp)), code(cp)));
              }
            });
  }

  /** U+3000: made only for a character that is reported (String.format is slow for every one). */
  private static String code(int cp) {
    return String.format("U+%04X", cp);
  }

  /** Points at the character itself by finding it in the node's part of the source text. */
  private static void report(Problems problems, Node node, String key, int cp, String message) {
    YamlDocument doc = problems.document();
    String text = doc.source().text();
    int from = Math.min(doc.startOf(node), text.length());
    int to = Math.min(doc.endOf(node), text.length());
    int at = text.indexOf(new String(Character.toChars(cp)), from);
    if (at < 0 || at > to) {
      problems.at(node, Problem.Kind.CHARACTER, key, message);
      return;
    }
    problems.add(Problem.at(doc.positionAt(at), Problem.Kind.CHARACTER, key, message));
  }
}
