package kohyo.excel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kohyo.check.Schema;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Which rows below a header are cases. A sheet an office prints holds more than cases, and each
 * kind of row is told apart by what it looks like, not by where it is:
 *
 * <ul>
 *   <li>a case: one row, or the rows its merged NO cell spans;
 *   <li>a withheld case kept as a row: a NO, and in place of the contents one statement such as
 *       「非公表基準(3)に該当するため非公表」 (counted as a withheld case, never read as its 概要);
 *   <li>not data, skipped: blank or only bordered rows, a row numbered in advance and left empty,
 *       hidden rows (the printed table, which is what is published, does not show them), the header
 *       repeated after a page break;
 *   <li>the end of the table: 「以下余白」, a total 「計　5件」, a note below it (「※なお…」, 「＜非公表基準＞」, 「(1)…」)
 *       or a line merged across it;
 *   <li>a section line (「【出先機関】」 merged across the table, a 「※」 note) with cases below it: skipped,
 *       so that no case after it is lost.
 * </ul>
 */
final class TableRows {

  /**
   * One case's rows.
   *
   * @param first the first row (0-based)
   * @param last the last row: a case spans the rows of its merged NO cell
   * @param values each column's value over the rows, parts of unmerged cells joined line by line
   * @param withheldStatement for a withheld case kept as a row, the statement in place of its
   *     contents; empty for a case
   */
  record Span(
      int first,
      int last,
      Map<TableColumn, CellValue> values,
      Optional<String> withheldStatement) {}

  /** The columns whose place a withheld row's statement takes. */
  private static final List<TableColumn> CONTENTS =
      List.of(
          TableColumn.SUMMARY,
          TableColumn.CAUSE,
          TableColumn.RESPONSE,
          TableColumn.DAMAGE,
          TableColumn.PREVENTION);

  /** A row with this many of a case's cells filled is a case, not a note. */
  private static final int CASE_CELLS = 3;

  /** A statement of withholding is short; a published case's text that mentions 非公表 is not. */
  private static final int STATEMENT_MAX = 80;

  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern NOT_WITHHELD = Pattern.compile("該当しない|該当せず|非該当");
  private static final Pattern PLACEHOLDER = Pattern.compile("[-―ー—‐−*]+");
  private static final Pattern TOTAL = Pattern.compile("(合計|小計|総計|計)[:：]?(\\d+件?([(（].*)?)?");
  private static final Pattern BLANK_BELOW = Pattern.compile("以下(余白|空白|空欄)。?");
  private static final Pattern NOTE =
      Pattern.compile("(?s)^([※＊*＜<【〔].*|(注|備考)[0-9０-９]*[:：）)．.].*|[(（][0-9０-９]+[)）].*)");

  private final SheetGrid grid;
  private final Header header;
  private final CellReader reader;
  private final List<Integer> hidden = new ArrayList<>();

  TableRows(SheetGrid grid, Header header, CellReader reader) {
    this.grid = grid;
    this.header = header;
    this.reader = reader;
  }

  List<Span> read() {
    List<Span> out = new ArrayList<>();
    Optional<Integer> noCol = header.column(TableColumn.NO);
    int r = header.lastRow() + 1;
    while (r <= grid.lastRow()) {
      int end = r;
      if (noCol.isPresent()) {
        Optional<CellRangeAddress> span = grid.region(r, noCol.get());
        if (span.isPresent() && span.get().getFirstRow() == r) {
          end = Math.min(span.get().getLastRow(), grid.lastRow());
        }
      }
      if (grid.isHiddenRow(r)) {
        int at = r;
        if (header.columns().values().stream().anyMatch(c -> !grid.value(at, c).isBlank())) {
          hidden.add(r + 1);
        }
        r = end + 1;
        continue;
      }
      if (HeaderFinder.repeatsHeader(grid, r, header)) {
        r = end + 1;
        continue;
      }
      End ends = end(r);
      if (ends == End.HARD || ends == End.SOFT && !caseFollows(r)) {
        break;
      }
      if (ends == End.SOFT) {
        r++;
        continue; // a section line inside the table
      }
      Map<TableColumn, CellValue> values = new EnumMap<>(TableColumn.class);
      boolean blank = true;
      for (Map.Entry<TableColumn, Integer> e : header.columns().entrySet()) {
        CellValue v = joined(r, end, e.getValue());
        values.put(e.getKey(), v);
        // a template's rows are often numbered in advance: a NO with nothing else is an empty row
        blank &= v.isBlank() || e.getKey() == TableColumn.NO;
      }
      if (!blank) {
        Optional<String> statement = withheldStatement(values);
        if (statement.isPresent()) {
          // a statement merged over NO, 所属 or 発生日 too is not their value
          values.replaceAll(
              (c, v) -> CONTENTS.contains(c) || !says(v, statement.get()) ? v : CellValue.BLANK);
        }
        out.add(new Span(r, end, values, statement));
      }
      r = end + 1;
    }
    return out;
  }

  /** The hidden rows {@link #read} left out that hold something (1-based), for the user to know. */
  List<Integer> hidden() {
    return List.copyOf(hidden);
  }

  /**
   * The statement a withheld row has in place of its contents: every content cell holds the same
   * short text saying 非公表, or is empty or a dash (「―」); or they are all empty or dashes and 備考
   * holds it. 所属, 発生日 and 二次被害 may be filled in as for any case.
   */
  private Optional<String> withheldStatement(Map<TableColumn, CellValue> values) {
    String statement = null;
    for (TableColumn c : CONTENTS) {
      CellValue v = values.getOrDefault(c, CellValue.BLANK);
      if (isPlaceholder(v)
          || c == TableColumn.DAMAGE && !reader.text(v).contains(Schema.VALUE_WITHHELD)) {
        continue;
      }
      if (!(v instanceof CellValue.Text t)) {
        return Optional.empty();
      }
      String s = CellText.oneLine(t.text());
      if (statement != null && !statement.equals(s)) {
        return Optional.empty();
      }
      statement = s;
    }
    if (statement == null
        && values.getOrDefault(TableColumn.REMARKS, CellValue.BLANK) instanceof CellValue.Text r) {
      statement = CellText.oneLine(r.text());
    }
    return statement != null && isStatement(statement) ? Optional.of(statement) : Optional.empty();
  }

  /** An empty cell, or one a table marks as empty: 「―」, 「－」, 「＊」. */
  private static boolean isPlaceholder(CellValue v) {
    return v.isBlank()
        || v instanceof CellValue.Text t && PLACEHOLDER.matcher(squeeze(t.text())).matches();
  }

  /** A short text saying 非公表 that is not a note below the table (「(4)上記…非公表とすることに…」). */
  private static boolean isStatement(String text) {
    return text.length() <= STATEMENT_MAX
        && text.contains(Schema.VALUE_WITHHELD)
        && !NOT_WITHHELD.matcher(text).find()
        && !NOTE.matcher(text).matches();
  }

  private static boolean says(CellValue v, String statement) {
    return v instanceof CellValue.Text t && CellText.oneLine(t.text()).equals(statement);
  }

  /** A column's value over the rows of one case: one cell, or the lines of each row's cell. */
  private CellValue joined(int first, int last, int col) {
    if (first == last) {
      return grid.value(first, col);
    }
    List<String> parts = new ArrayList<>();
    CellValue single = CellValue.BLANK;
    for (int row = first; row <= last; row++) {
      Optional<CellRangeAddress> region = grid.region(row, col);
      if (region.isPresent() && region.get().getFirstRow() < row && row > first) {
        continue; // the rest of a merged cell already read
      }
      CellValue v = grid.value(row, col);
      if (!v.isBlank()) {
        if (single.isBlank()) {
          single = v;
        }
        parts.add(reader.text(v));
      }
    }
    return parts.size() <= 1 ? single : new CellValue.Text(String.join("\n", parts));
  }

  /** How a row ends the table: not at all, for certain, or unless cases follow it. */
  private enum End {
    NONE,
    /** 「以下余白」 or a total: nothing below is a case. */
    HARD,
    /**
     * A note or a line merged across the table: the end, unless a case follows (then it was a
     * section line such as 「【総務部】」, and is skipped).
     */
    SOFT
  }

  /**
   * Where the table ends: 「以下余白」, a total row, a note below it alone on its row, or a line merged
   * across the table, unless the line is a withheld row's statement or has a NO beside it.
   */
  private End end(int row) {
    int nonBlank = 0;
    CellValue only = null;
    TableColumn onlyColumn = null;
    boolean mergedLine = false;
    List<String> texts = new ArrayList<>();
    for (Map.Entry<TableColumn, Integer> e : header.columns().entrySet()) {
      Optional<CellRangeAddress> region = grid.region(row, e.getValue());
      CellValue v = grid.value(row, e.getValue());
      mergedLine |=
          region.isPresent()
              && spansTable(region.get())
              && v instanceof CellValue.Text line
              && !numbered(row, region.get())
              && !isStatement(CellText.oneLine(line.text()));
      if (!v.isBlank()) {
        nonBlank++;
        only = v;
        onlyColumn = e.getKey();
        if (!texts.contains(reader.text(v))) {
          texts.add(reader.text(v)); // a merged cell is read once
        }
      }
    }
    String all = squeeze(String.join("", texts));
    if (TOTAL.matcher(all).matches() || BLANK_BELOW.matcher(all).matches()) {
      return End.HARD;
    }
    if (mergedLine) {
      return End.SOFT;
    }
    if (nonBlank != 1 || !(only instanceof CellValue.Text t)) {
      return End.NONE;
    }
    String s = CellText.strip(t.text());
    boolean note =
        NOTE.matcher(s).matches() && !(onlyColumn == TableColumn.NO && isNumber(only))
            || onlyColumn == TableColumn.NO && reader.number(only) instanceof CellReader.Read.Bad;
    return note ? End.SOFT : End.NONE;
  }

  /**
   * Whether a row like a case comes below {@code row}, before anything that surely ends the table.
   */
  private boolean caseFollows(int row) {
    for (int r = row + 1; r <= grid.lastRow(); r++) {
      if (grid.isHiddenRow(r)) {
        continue;
      }
      if (end(r) == End.HARD) {
        return false;
      }
      int own = 0;
      for (TableColumn c : TableColumn.values()) {
        Optional<Integer> col = header.column(c);
        if (c.required() && col.isPresent() && !grid.value(r, col.get()).isBlank()) {
          // a cell of its own: a line merged across the table is not several cells
          Optional<CellRangeAddress> region = grid.region(r, col.get());
          own +=
              region.isEmpty() || region.get().getFirstColumn() == region.get().getLastColumn()
                  ? 1
                  : 0;
        }
      }
      if (own >= CASE_CELLS && !HeaderFinder.repeatsHeader(grid, r, header)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row has a NO of its own beside a merged line: a withheld row, not a note. */
  private boolean numbered(int row, CellRangeAddress line) {
    Optional<Integer> no = header.column(TableColumn.NO);
    return no.isPresent() && !line.containsColumn(no.get()) && !grid.value(row, no.get()).isBlank();
  }

  private boolean isNumber(CellValue v) {
    return reader.number(v) instanceof CellReader.Read.Ok<?>;
  }

  private boolean spansTable(CellRangeAddress region) {
    long covered = header.columns().values().stream().filter(c -> region.containsColumn(c)).count();
    return covered >= 3;
  }

  /** NFKC, without spaces: 「計　５件」 → 計5件. */
  private static String squeeze(String s) {
    return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
  }
}
