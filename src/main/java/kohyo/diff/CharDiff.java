package kohyo.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Character-level differences. Japanese text has no spaces, so words cannot be the unit; code
 * points are (so that a character outside the BMP is never split in two).
 */
final class CharDiff {

  private CharDiff() {}

  /** The new text as runs, with what was deleted from the old text placed where it stood. */
  static List<Segment> segments(String oldText, String newText) {
    List<String> a = codePoints(oldText);
    List<String> b = codePoints(newText);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int pos = delta.getSource().getPosition();
      add(out, Segment.Kind.SAME, a.subList(at, pos));
      add(out, Segment.Kind.DELETED, delta.getSource().getLines());
      add(out, Segment.Kind.INSERTED, delta.getTarget().getLines());
      at = pos + delta.getSource().size();
    }
    add(out, Segment.Kind.SAME, a.subList(at, a.size()));
    return List.copyOf(out);
  }

  private static void add(List<Segment> out, Segment.Kind kind, List<String> chars) {
    if (chars.isEmpty()) {
      return;
    }
    String text = String.join("", chars);
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Segment last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Segment(kind, text));
  }

  private static List<String> codePoints(String s) {
    List<String> out = new ArrayList<>(s.length());
    s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
    return out;
  }
}
