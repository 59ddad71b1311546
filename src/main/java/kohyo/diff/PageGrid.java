package kohyo.diff;

import java.util.ArrayList;
import java.util.List;
import kohyo.readback.PageContent;
import kohyo.readback.PageContent.Glyph;
import kohyo.readback.PageContent.Line;

/**
 * One page's table as the borders draw it: the column borders, the rows between horizontal borders,
 * and each row's cells as text.
 *
 * <p>A row is a row of the case table when every column border crosses it; a row that one cell
 * spans (「掲載する事案はありません。」) is not. Glyphs far larger than the text (a draft's 「案」 watermark) belong
 * to no cell.
 *
 * <p>Where a cell's text may wrap is measured, not configured: the lines of a left-aligned cell
 * start at its content box, so the smallest distance from a column border to the start of a line on
 * the page is the cells' inset (padding and half the border), and the content box ends as far
 * inside the next border (kohyo's cells are padded alike on both sides).
 */
final class PageGrid {

  /** Borders closer than this (points) are one border drawn cell by cell. */
  private static final float SAME_LINE = 1.5f;

  /** Text larger than this (points) is a stamp over the page, not table text. */
  private static final float MAX_TEXT_SIZE = 30f;

  private final float top;
  private final List<Float> columns;
  private final List<Glyph> glyphs;
  private final List<List<List<Glyph>>> rows;
  private final float inset;

  private PageGrid(PageContent page, int columnCount) {
    glyphs = page.glyphs().stream().filter(g -> g.size() <= MAX_TEXT_SIZE).toList();
    List<Float> xs = cluster(page.lines().stream().filter(Line::vertical).map(Line::at).toList());
    List<Float> ys =
        cluster(page.lines().stream().filter(l -> !l.vertical()).map(Line::at).toList());
    top = ys.isEmpty() ? page.height() : ys.get(0);
    columns = xs.size() == columnCount + 1 ? xs : List.of();
    rows = new ArrayList<>();
    for (int b = 0; !columns.isEmpty() && b + 1 < ys.size(); b++) {
      if (crossedByEveryColumnBorder(page, ys.get(b), ys.get(b + 1))) {
        rows.add(cells(ys.get(b), ys.get(b + 1)));
      }
    }
    inset = measureInset();
  }

  /**
   * The page's table, if it has one of {@code columnCount} columns.
   *
   * @param columnCount the number of columns a kohyo table has
   */
  static PageGrid of(PageContent page, int columnCount) {
    return new PageGrid(page, columnCount);
  }

  /** Text lines above the table (on the first page: the title and the headings). */
  List<String> linesAbove() {
    return CellText.textLines(glyphs.stream().filter(g -> g.centerY() < top).toList());
  }

  /** Each row of the table, top to bottom, as its cells' text, left to right. */
  List<String[]> rows() {
    List<String[]> out = new ArrayList<>();
    for (List<List<Glyph>> row : rows) {
      String[] cells = new String[row.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = CellText.of(row.get(c), columns.get(c + 1) - inset);
      }
      out.add(cells);
    }
    return out;
  }

  private List<List<Glyph>> cells(float top, float bottom) {
    List<Glyph> band =
        glyphs.stream().filter(g -> g.centerY() > top && g.centerY() < bottom).toList();
    List<List<Glyph>> cells = new ArrayList<>();
    for (int c = 0; c + 1 < columns.size(); c++) {
      float left = columns.get(c);
      float right = columns.get(c + 1);
      cells.add(band.stream().filter(g -> g.centerX() > left && g.centerX() < right).toList());
    }
    return cells;
  }

  private boolean crossedByEveryColumnBorder(PageContent page, float top, float bottom) {
    float middle = (top + bottom) / 2;
    for (float x : columns) {
      boolean crossed =
          page.lines().stream()
              .anyMatch(
                  l ->
                      l.vertical()
                          && Math.abs(l.at() - x) <= SAME_LINE
                          && l.from() <= middle
                          && l.to() >= middle);
      if (!crossed) {
        return false;
      }
    }
    return true;
  }

  /** The least distance from a column's left border to the first glyph of a line in it. */
  private float measureInset() {
    float least = Float.MAX_VALUE;
    for (List<List<Glyph>> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        for (List<Glyph> line : CellText.lines(row.get(c))) {
          least = Math.min(least, line.get(0).x() - columns.get(c));
        }
      }
    }
    return least == Float.MAX_VALUE ? 0 : least;
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
}
