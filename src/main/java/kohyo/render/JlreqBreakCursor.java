package kohyo.render;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The JLREQ break opportunities of one text, found lazily from the start: each call looks only as
 * far as the next opportunity.
 *
 * <p>Flying Saucer asks for the opportunities of the remaining text once per line it lays out, and
 * takes only the first few. Working out all of them on every call made a paragraph's layout time
 * grow with the square of its length (a 10,000-character cell took 11 s); looking ahead only as far
 * as needed makes it linear.
 */
final class JlreqBreakCursor {

  static final int DONE = BreakIterator.DONE;

  /** Fixed, so that the layout does not depend on the machine's default locale. */
  private static final Locale LOCALE = Locale.JAPAN;

  private final String text;
  private final BreakIterator jdk;
  private final ArrayDeque<Integer> pending = new ArrayDeque<>();
  private int jdkNext;
  private int last;

  JlreqBreakCursor(String text) {
    this.text = text;
    this.jdk = BreakIterator.getLineInstance(LOCALE);
    jdk.setText(text);
    this.jdkNext = jdk.next();
  }

  /**
   * The next opportunity after the previous one (the text's length comes last), or {@link #DONE}.
   */
  int next() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    int length = text.length();
    if (last >= length) {
      return DONE;
    }
    int i = last + 1;
    while (i < length && !open(i)) {
      i++;
    }
    // a run too long for any line gets opportunities between its characters, under the same rules
    if (JlreqLineBreakIterator.units(text, last, i) > JlreqLineBreakIterator.LONGEST_UNBREAKABLE) {
      for (int k = last + 1; k < i; k++) {
        if (JlreqLineBreakIterator.permitted(text, k)) {
          pending.add(k);
        }
      }
    }
    pending.add(i);
    last = i;
    return pending.poll();
  }

  /**
   * An opportunity the JDK finds, or one between two ideographic characters; then filtered by the
   * rules.
   */
  private boolean open(int i) {
    while (jdkNext != DONE && jdkNext < i) {
      jdkNext = jdk.next();
    }
    boolean candidate =
        jdkNext == i
            || JlreqLineBreakIterator.ideographic(text.charAt(i - 1))
                && JlreqLineBreakIterator.ideographic(text.charAt(i));
    return candidate && JlreqLineBreakIterator.permitted(text, i);
  }
}
