package kohyo.diff;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.diff.PageContent.Glyph;
import kohyo.diff.PageContent.Line;
import kohyo.render.JlreqLineBreakIterator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads the table of a PDF that kohyo built back into rows: the cell borders give the column
 * x-ranges and the row bands, every glyph goes to the cell its centre lies in, and the header row
 * (its text is known) is recognised and skipped on each page. A row with an empty NO cell continues
 * the previous one (a row taller than a page). Glyphs far larger than the text (a draft's 「案」
 * watermark) are not part of any cell.
 *
 * <p>Wrapped lines are joined; a new line starts where an item begins with ・ or where the previous
 * line stopped well short of the cell's edge, which is how a line break of the source shows on
 * paper.
 */
public final class PdfSnapshotReader {

  static final String[] HEADER = {
    "NO", "所属", "発生日", "事案の概要", "発生原因", "対応", "二次被害の有無", "再発防止策", "備考"
  };
  private static final Pattern COUNT = Pattern.compile("事案件数(\\d+)件（うち、非公表基準該当(\\d+)件）");

  /** Borders closer than this (points) are one border drawn cell by cell. */
  private static final float SAME_LINE = 1.5f;

  /** Text larger than this (points) is a stamp over the page, not table text. */
  private static final float MAX_TEXT_SIZE = 30f;

  /** The cells' inner padding on the right (1.2 mm in edition.css), in points. */
  private static final float CELL_PADDING = 3.4f;

  private PdfSnapshotReader() {}

  public static Snapshot read(byte[] pdf) throws UnreadablePdf {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (doc.isEncrypted()) {
        throw new UnreadablePdf("暗号化された PDF は比較できません。");
      }
      List<Row> rows = new ArrayList<>();
      Map<String, String> heading = new LinkedHashMap<>();
      int[] counts = null;
      boolean headerSeen = false;
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        PageContent page = PageContent.read(doc, p);
        List<Glyph> glyphs = page.glyphs().stream().filter(g -> g.size() <= MAX_TEXT_SIZE).toList();
        List<Float> columns =
            cluster(page.lines().stream().filter(Line::vertical).map(Line::at).toList());
        List<Float> bands =
            cluster(page.lines().stream().filter(l -> !l.vertical()).map(Line::at).toList());
        float tableTop = bands.isEmpty() ? page.height() : bands.get(0);
        if (p == 0) {
          List<String> above =
              textLines(glyphs.stream().filter(g -> g.centerY() < tableTop).toList());
          if (!above.isEmpty()) {
            heading.put("表題", above.get(0));
          }
          Matcher m = COUNT.matcher(squeeze(String.join("", above)));
          if (m.find()) {
            counts = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
          }
        }
        if (columns.size() != HEADER.length + 1 || bands.size() < 2) {
          continue;
        }
        for (int b = 0; b + 1 < bands.size(); b++) {
          float top = bands.get(b);
          float bottom = bands.get(b + 1);
          List<Glyph> band =
              glyphs.stream().filter(g -> g.centerY() > top && g.centerY() < bottom).toList();
          String[] cells = new String[HEADER.length];
          for (int c = 0; c < HEADER.length; c++) {
            float left = columns.get(c);
            float right = columns.get(c + 1);
            cells[c] =
                cellText(
                    band.stream().filter(g -> g.centerX() > left && g.centerX() < right).toList(),
                    right);
          }
          if (isHeader(cells)) {
            headerSeen = true;
            continue;
          }
          if (String.join("", cells).isEmpty()) {
            continue;
          }
          if (cells[0].isEmpty()) {
            if (!rows.isEmpty()) {
              rows.set(rows.size() - 1, continued(rows.get(rows.size() - 1), cells));
            }
            continue;
          }
          Map<Field, String> fields = new EnumMap<>(Field.class);
          for (Field f : Field.values()) {
            fields.put(f, cells[f.ordinal()]);
          }
          rows.add(new Row("", fields));
        }
      }
      if (!headerSeen || counts == null) {
        throw new UnreadablePdf("kohyo が作った事案概要の PDF として読み取れません（事案件数の行または表の見出しがありません）。");
      }
      CountLine.check(rows, counts[0], counts[1]);
      return new Snapshot(heading, counts[0], counts[1], rows, Optional.empty(), dated(doc));
    } catch (IOException e) {
      throw new UnreadablePdf("PDF として読めません。");
    }
  }

  private static boolean isHeader(String[] cells) {
    for (int i = 0; i < HEADER.length; i++) {
      if (!squeeze(cells[i]).equals(HEADER[i])) {
        return false;
      }
    }
    return true;
  }

  private static Row continued(Row previous, String[] cells) {
    Map<Field, String> fields = new EnumMap<>(previous.fields());
    for (Field f : Field.values()) {
      String more = cells[f.ordinal()];
      if (!more.isEmpty()) {
        String before = fields.get(f);
        fields.put(f, before.isEmpty() ? more : before + (more.startsWith("・") ? "\n" : "") + more);
      }
    }
    return new Row(previous.source(), fields);
  }

  /** A cell's glyphs as text: lines top to bottom, a line break only where the source had one. */
  private static String cellText(List<Glyph> glyphs, float cellRight) {
    List<List<Glyph>> lines = groupLines(glyphs);
    StringBuilder out = new StringBuilder();
    List<Glyph> previous = null;
    for (List<Glyph> line : lines) {
      String text = text(line);
      if (previous != null) {
        Glyph last = previous.get(previous.size() - 1);
        float room = cellRight - (last.x() + last.width()) - CELL_PADDING;
        // the renderer wraps only when the next unbreakable run does not fit; if it would have fit,
        // the
        // line ended in the source
        if (text.startsWith("・") || firstRunWidth(text(previous), line) < room - 1f) {
          out.append('\n');
        }
      }
      out.append(text);
      previous = line;
    }
    return out.toString().strip();
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
    for (int b : JlreqLineBreakIterator.compute(joined)) {
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

  private static List<String> textLines(List<Glyph> glyphs) {
    return groupLines(glyphs).stream()
        .map(PdfSnapshotReader::text)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static List<List<Glyph>> groupLines(List<Glyph> glyphs) {
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

  private static String text(List<Glyph> line) {
    StringBuilder b = new StringBuilder();
    line.forEach(g -> b.append(g.text()));
    return b.toString();
  }

  private static List<Float> cluster(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(null);
    List<Float> out = new ArrayList<>();
    for (float v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > SAME_LINE) {
        out.add(v);
      }
    }
    return out;
  }

  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  /** kohyo dates its PDFs on the period's last day (Asia/Tokyo); a redline takes the same date. */
  private static LocalDate dated(PDDocument doc) {
    Calendar created = doc.getDocumentInformation().getCreationDate();
    return created == null
        ? LocalDate.of(1970, 1, 1)
        : created.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
  }
}
