package kohyo.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Finds the header row of a table by its labels, never by position: the topmost row (or band of up
 * to three rows, for headings merged over sub-headings such as 「事案の内容」 over 「概要」「原因」) whose cells
 * name at least {@value #MIN_COLUMNS} of the table's columns, two of them text columns of a case.
 * Each column takes the lowest heading in the band that names something, and a cell of a merged
 * range reads as the range.
 */
final class HeaderFinder {

  /** A header names at least this many columns: a title or a note never does. */
  static final int MIN_COLUMNS = 4;

  /** How far down a sheet the header may start (title, notes, a date line come first). */
  private static final int SCAN_ROWS = 60;

  private static final int MAX_BAND = 3;
  private static final Set<TableColumn> CASE_TEXT =
      Set.of(
          TableColumn.DATE,
          TableColumn.SUMMARY,
          TableColumn.CAUSE,
          TableColumn.RESPONSE,
          TableColumn.PREVENTION);

  private HeaderFinder() {}

  static Optional<Header> find(SheetGrid grid, Map<String, TableColumn> labels) {
    int last = Math.min(grid.lastRow(), SCAN_ROWS);
    for (int row = 0; row <= last; row++) {
      if (!namesAColumn(grid, row, labels)) {
        continue; // a band starts with headings: not with the title, the count or a section line
      }
      Optional<Header> best = Optional.empty();
      int minEnd = mergedBottom(grid, row);
      for (int end = row; end < row + MAX_BAND && end <= grid.lastRow(); end++) {
        Header h = read(grid, row, end, Math.max(row, minEnd), labels);
        if (end >= minEnd && (best.isEmpty() || h.score() > best.get().score())) {
          best = Optional.of(h);
        }
      }
      if (best.isPresent() && isHeader(best.get())) {
        return best;
      }
    }
    return Optional.empty();
  }

  private static boolean isHeader(Header h) {
    long text = h.columns().keySet().stream().filter(CASE_TEXT::contains).count();
    return h.score() >= MIN_COLUMNS && text >= 2;
  }

  /**
   * Whether a row has a cell naming one column; a label joining two (「事案の概要及び再発防止策」) may as well be
   * a section line above the table, and does not start a header.
   */
  private static boolean namesAColumn(SheetGrid grid, int row, Map<String, TableColumn> labels) {
    for (int col = 0; col < grid.width(row, row); col++) {
      if (grid.value(row, col) instanceof CellValue.Text t
          && TableColumn.match(t.text(), labels).filter(m -> !m.isCombined()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row repeats the header (an office's own header on every printed page rather than a
   * print title): in at least {@value #MIN_COLUMNS} of the header's columns it has the header's own
   * heading. The same heading, not any label of the column: a case's short text 「概要。」 names a
   * column too.
   */
  static boolean repeatsHeader(SheetGrid grid, int row, Header header) {
    int same = 0;
    for (int col : header.columns().values()) {
      if (grid.value(row, col) instanceof CellValue.Text t && !t.isBlank()) {
        String text = TableColumn.normalize(t.text());
        for (int r = header.firstRow(); r <= header.lastRow(); r++) {
          if (grid.value(r, col) instanceof CellValue.Text h
              && TableColumn.normalize(h.text()).equals(text)) {
            same++;
            break;
          }
        }
      }
    }
    return same >= Math.min(MIN_COLUMNS, header.columns().size());
  }

  /** Headings merged down from this row make the band reach at least their last row. */
  private static int mergedBottom(SheetGrid grid, int row) {
    int bottom = row;
    for (int col = 0; col < grid.width(row, row); col++) {
      Optional<CellRangeAddress> r = grid.region(row, col);
      if (r.isPresent() && r.get().getFirstRow() == row) {
        bottom = Math.max(bottom, Math.min(r.get().getLastRow(), row + MAX_BAND - 1));
      }
    }
    return bottom;
  }

  private record Candidate(TableColumn column, int rank, int col, Object cell) {}

  /**
   * @param wordsUntil the last row whose labels may be read by their words: the band's first row,
   *     or as far as its headings are merged down. A row below that may be the first case, whose
   *     short texts have columns' words too; only the lists' labels count there.
   */
  private static Header read(
      SheetGrid grid, int first, int last, int wordsUntil, Map<String, TableColumn> labels) {
    int width = grid.width(first, last);
    List<Candidate> candidates = new ArrayList<>();
    List<Header.Extra> extras = new ArrayList<>();
    List<Header.Combined> combined = new ArrayList<>();
    int firstColumn = -1;
    for (int col = 0; col < width; col++) {
      Candidate found = null;
      String shown = null;
      for (int row = last; row >= first && found == null; row--) {
        if (grid.value(row, col) instanceof CellValue.Text t && !t.isBlank()) {
          if (shown == null) {
            shown = CellText.oneLine(t.text());
          }
          int r = row;
          int c = col;
          // 「所属⏎発生日」 merged over two columns, one label a line: each column is the field of its
          // line, left to right
          Optional<TableColumn.Match> own = lineOf(grid, r, c, t.text(), labels);
          if (own.isPresent()) {
            found = new Candidate(own.get().column(), own.get().rank(), c, r + ":" + c);
            break;
          }
          Optional<TableColumn.Match> m = TableColumn.match(t.text(), labels, row <= wordsUntil);
          if (m.isPresent() && m.get().isCombined()) {
            // a heading over several columns (「事案の概要及び再発防止策」 over the table) groups them; in
            // one column it holds two fields in one cell
            if (!spansColumns(grid, r, c)) {
              combined.add(
                  new Header.Combined(r, c, CellText.oneLine(t.text()), m.get().combined()));
              shown = null;
              break;
            }
            continue;
          }
          found =
              m.map(
                      x ->
                          new Candidate(
                              x.column(),
                              x.rank(),
                              c,
                              grid.region(r, c).map(a -> (Object) a).orElse(r + ":" + c)))
                  .orElse(null);
        }
      }
      int here = col;
      if ((shown != null || combined.stream().anyMatch(x -> x.column() == here))
          && firstColumn < 0) {
        firstColumn = col;
      }
      if (found != null) {
        candidates.add(found);
      } else if (shown != null) {
        extras.add(new Header.Extra(col, shown));
      }
    }
    Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
    List<Header.Duplicate> duplicates = new ArrayList<>();
    candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::col));
    Map<TableColumn, Candidate> chosen = new EnumMap<>(TableColumn.class);
    for (Candidate c : candidates) {
      Candidate winner = chosen.get(c.column());
      if (winner == null) {
        chosen.put(c.column(), c);
        columns.put(c.column(), c.col());
      } else if (winner.rank() == c.rank() && !winner.cell().equals(c.cell())) {
        duplicates.add(new Header.Duplicate(c.column(), winner.col(), c.col(), first));
      } else if (!winner.cell().equals(c.cell())) {
        extras.add(new Header.Extra(c.col(), headingOf(grid, first, last, c.col())));
      }
    }
    extras.sort(Comparator.comparingInt(Header.Extra::column));
    return new Header(first, last, Math.max(firstColumn, 0), columns, extras, duplicates, combined);
  }

  /**
   * The field of column {@code col} when a merged heading spans exactly as many columns as it has
   * lines (two or more), each line naming a different single field, in order; empty otherwise.
   */
  private static Optional<TableColumn.Match> lineOf(
      SheetGrid grid, int row, int col, String text, Map<String, TableColumn> labels) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() < 2) {
      return Optional.empty();
    }
    return grid.region(row, col)
        .filter(r -> r.getLastColumn() - r.getFirstColumn() + 1 == lines.size())
        .flatMap(
            r -> {
              List<TableColumn.Match> fields = new ArrayList<>();
              for (String line : lines) {
                Optional<TableColumn.Match> m = TableColumn.match(line, labels);
                if (m.isEmpty()
                    || m.get().isCombined()
                    || fields.stream().anyMatch(f -> f.column() == m.get().column())) {
                  return Optional.empty();
                }
                fields.add(m.get());
              }
              return Optional.of(fields.get(col - r.getFirstColumn()));
            });
  }

  private static boolean spansColumns(SheetGrid grid, int row, int col) {
    return grid.region(row, col).map(r -> r.getLastColumn() > r.getFirstColumn()).orElse(false);
  }

  private static String headingOf(SheetGrid grid, int first, int last, int col) {
    for (int row = last; row >= first; row--) {
      if (grid.value(row, col) instanceof CellValue.Text t && !t.isBlank()) {
        return CellText.oneLine(t.text());
      }
    }
    return "";
  }
}
