package kohyo.excel;

import java.time.LocalDateTime;

/**
 * What a cell holds, as the spreadsheet stored it (a formula as its last computed value).
 *
 * <p>A number keeps its number format: Japanese-era formats are not dates to POI, so whether a
 * serial is a date is decided here ({@link NumberFormats}), from the format string.
 */
sealed interface CellValue {

  /** Nothing typed. */
  record Blank() implements CellValue {}

  record Text(String text) implements CellValue {}

  /**
   * @param format the cell's number format code, e.g. {@code General} or {@code
   *     [$-ja-JP-x-gannen]ggge"年"m"月"d"日"}
   * @param dateTime the serial read as a date and time when the format shows a date, else null
   */
  record Number(double value, String format, LocalDateTime dateTime) implements CellValue {}

  record Bool(boolean value) implements CellValue {}

  /** An error value such as {@code #REF!}. */
  record Error(String code) implements CellValue {}

  Blank BLANK = new Blank();

  default boolean isBlank() {
    return this instanceof Blank || this instanceof Text t && CellText.isBlank(t.text());
  }
}
