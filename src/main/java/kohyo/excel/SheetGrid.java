package kohyo.excel;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet as a grid of values, with merged cells read the way they look: every cell of a merged
 * range shows the value of its top-left cell.
 */
final class SheetGrid {

  private final Sheet sheet;
  private final boolean date1904;
  private final Map<Long, CellRangeAddress> merged = new HashMap<>();

  SheetGrid(Sheet sheet, boolean date1904) {
    this.sheet = sheet;
    this.date1904 = date1904;
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      // a merged range larger than any real table (a whole column merged by mistake) is cut to the
      // rows and columns a sheet can use, so the index stays small
      int lastRow = Math.min(r.getLastRow(), r.getFirstRow() + 1000);
      int lastCol = Math.min(r.getLastColumn(), r.getFirstColumn() + 200);
      for (int row = r.getFirstRow(); row <= lastRow; row++) {
        for (int col = r.getFirstColumn(); col <= lastCol; col++) {
          merged.put(key(row, col), r);
        }
      }
    }
  }

  String name() {
    return sheet.getSheetName();
  }

  /** The last row that has anything stored (0-based), -1 for an empty sheet. */
  int lastRow() {
    return sheet.getLastRowNum();
  }

  /** One past the last column used in the given rows. */
  int width(int fromRow, int toRow) {
    int width = 0;
    for (int r = Math.max(0, fromRow); r <= toRow; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        width = Math.max(width, row.getLastCellNum());
      }
    }
    return width;
  }

  /** A row hidden in the sheet (height zero): it does not print. */
  boolean isHiddenRow(int row) {
    Row r = sheet.getRow(row);
    return r != null && r.getZeroHeight();
  }

  boolean isHiddenColumn(int col) {
    return sheet.isColumnHidden(col);
  }

  /**
   * The text of the printed page's header (left, centre, right), where some offices put the title
   * instead of a cell; the field codes (&amp;P, fonts) are removed.
   */
  java.util.List<Preamble.Line> pageHeaderLines() {
    java.util.List<Preamble.Line> lines = new java.util.ArrayList<>();
    org.apache.poi.ss.usermodel.Header h = sheet.getHeader();
    if (h != null) {
      for (String part : new String[] {h.getLeft(), h.getCenter(), h.getRight()}) {
        String text =
            part == null
                ? ""
                : CellText.oneLine(org.apache.poi.hssf.usermodel.HeaderFooter.stripFields(part));
        if (!text.isEmpty()) {
          lines.add(new Preamble.Line("A1", text));
        }
      }
    }
    return lines;
  }

  /** The merged range a cell belongs to, if any. */
  Optional<CellRangeAddress> region(int row, int col) {
    return Optional.ofNullable(merged.get(key(row, col)));
  }

  /** The value shown in a cell: its own, or its merged range's top-left cell's. */
  CellValue value(int row, int col) {
    CellRangeAddress r = merged.get(key(row, col));
    return r == null ? own(row, col) : own(r.getFirstRow(), r.getFirstColumn());
  }

  /** The cell's own value, ignoring merges. */
  CellValue own(int row, int col) {
    Row r = sheet.getRow(row);
    Cell c = r == null ? null : r.getCell(col);
    if (c == null) {
      return CellValue.BLANK;
    }
    CellType type = c.getCellType();
    if (type == CellType.FORMULA) {
      type = c.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> new CellValue.Text(c.getRichStringCellValue().getString());
      case NUMERIC -> number(c);
      case BOOLEAN -> new CellValue.Bool(c.getBooleanCellValue());
      case ERROR -> new CellValue.Error(errorCode(c));
      default -> CellValue.BLANK;
    };
  }

  private CellValue number(Cell c) {
    double v = c.getNumericCellValue();
    String format = c.getCellStyle() == null ? "General" : c.getCellStyle().getDataFormatString();
    LocalDateTime dateTime =
        NumberFormats.isDate(format) && DateUtil.isValidExcelDate(v)
            ? DateUtil.getLocalDateTime(v, date1904)
            : null;
    return new CellValue.Number(v, format == null ? "General" : format, dateTime);
  }

  /** The serial as a date and time in this workbook's date system. */
  LocalDateTime serialDate(double serial) {
    return DateUtil.getLocalDateTime(serial, date1904);
  }

  private static String errorCode(Cell c) {
    try {
      return FormulaError.forInt(c.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }

  /** A cell as the user names it: C12. */
  static String address(int row, int col) {
    return CellReference.convertNumToColString(col) + (row + 1);
  }

  static String columnName(int col) {
    return CellReference.convertNumToColString(col);
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }
}
