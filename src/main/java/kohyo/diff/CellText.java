package kohyo.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kohyo.readback.PageContent.Glyph;
import kohyo.render.JlreqLineBreaks;

/**
 * Glyphs back into text: grouped into lines by baseline, and a cell's lines joined where the
 * renderer wrapped them, broken where the source had a line break.
 *
 * <p>A new line starts where an item begins with ・ or where the previous line stopped well short of
 * the cell's content edge: the renderer wraps only when the next unbreakable run does not fit, so
 * if it would have fit, the line ended in the source.
 */
final class CellText {

  /** Slack (points) for the widths PDFBox reports against the widths the renderer laid out. */
  private static final float TOLERANCE = 1f;

  private CellText() {}

  /**
   * A cell's text, lines top to bottom, a line break only where the source had one.
   *
   * @param contentRight the right edge of the cell's content box, where the renderer wraps
   */
  static String of(List<Glyph> glyphs, float contentRight) {
    StringBuilder out = new StringBuilder();
    List<Glyph> previous = null;
    for (List<Glyph> line : lines(glyphs)) {
      String text = text(line);
      if (previous != null) {
        Glyph last = previous.get(previous.size() - 1);
        float room = contentRight - (last.x() + last.width());
        if (text.startsWith("・") || firstRunWidth(text(previous), line) < room - TOLERANCE) {
          out.append('\n');
        }
      }
      out.append(text);
      previous = line;
    }
    return out.toString().strip();
  }

  /** Text lines, top to bottom, stripped, without empty ones. */
  static List<String> textLines(List<Glyph> glyphs) {
    return lines(glyphs).stream()
        .map(CellText::text)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Glyphs grouped by baseline, top to bottom, each line left to right. */
  static List<List<Glyph>> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<List<Glyph>> lines = new ArrayList<>();
    for (Glyph g : sorted) {
      List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) < g.size() * 0.5f) {
        last.add(g);
      } else {
        List<Glyph> line = new ArrayList<>();
        line.add(g);
        lines.add(line);
      }
    }
    lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
    return lines;
  }

  static String text(List<Glyph> line) {
    StringBuilder b = new StringBuilder();
    line.forEach(g -> b.append(g.text()));
    return b.toString();
  }

  /**
   * Width of the line's text up to its first line-break opportunity, found as the renderer found
   * it: with kohyo's JLREQ rules, on the text from the start of the line before (Flying Saucer asks
   * for the opportunities of the text from the start of the line it lays out). The JDK's rules
   * alone would, for one, end the run before a ・ or a small kana that the renderer carried over
   * with the character before it.
   */
  private static float firstRunWidth(String previousText, List<Glyph> line) {
    String joined = previousText + text(line);
    int start = previousText.length();
    int end = joined.length();
    for (int b : JlreqLineBreaks.all(joined)) {
      if (b > start) {
        end = b;
        break;
      }
    }
    float width = 0;
    int at = start;
    for (Glyph g : line) {
      if (at >= end) {
        break;
      }
      width += g.width();
      at += g.text().length();
    }
    return width;
  }
}
