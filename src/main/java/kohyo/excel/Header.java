package kohyo.excel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a sheet's table header is and which column holds what.
 *
 * @param firstRow the header's first row (0-based); a header may span two or three rows
 * @param lastRow the header's last row; the cases start below it
 * @param firstColumn the leftmost column with a heading: where a missing column is reported
 * @param columns the column index of each recognised column
 * @param extras the columns with a heading import does not take (担当課, 報告日…)
 * @param duplicates columns named twice, with the second heading's column
 * @param combined columns whose heading names several (「原因及び再発防止策」): they cannot be read
 */
record Header(
    int firstRow,
    int lastRow,
    int firstColumn,
    Map<TableColumn, Integer> columns,
    List<Extra> extras,
    List<Duplicate> duplicates,
    List<Combined> combined) {

  Header {
    columns = new EnumMap<>(columns);
    extras = List.copyOf(extras);
    duplicates = List.copyOf(duplicates);
    combined = List.copyOf(combined);
  }

  /**
   * A column whose heading joins several columns' labels.
   *
   * @param row the heading's row (0-based), where it is reported
   * @param label the heading as shown
   */
  record Combined(int row, int column, String label, List<TableColumn> columns) {
    Combined {
      columns = List.copyOf(columns);
    }
  }

  /** Whether a column the sheet lacks is in a combined column (reported there, not as missing). */
  boolean combines(TableColumn c) {
    return combined.stream().anyMatch(x -> x.columns().contains(c));
  }

  /** A column with a heading that is not one of the table's. */
  record Extra(int column, String label) {}

  /** A column whose heading names a column already found (the earlier one is used). */
  record Duplicate(TableColumn column, int first, int second, int row) {}

  Optional<Integer> column(TableColumn c) {
    return Optional.ofNullable(columns.get(c));
  }

  /** How many of the table's columns the header names; the best candidate row has the most. */
  int score() {
    return columns.size();
  }
}
