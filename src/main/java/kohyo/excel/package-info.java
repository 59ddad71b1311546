/**
 * Excel in and out: {@code kohyo import} reads an office's existing table (a sheet laid out like
 * the published edition, as clerks keep it) into a period folder, and {@code kohyo export} writes a
 * checked period back as the office's familiar table.
 *
 * <p>Import is built from rules for what offices do, not from any one office's sheet: it finds the
 * header by its labels, never by position ({@link kohyo.excel.HeaderFinder}, with the labels and
 * their words in {@link kohyo.excel.TableColumn}), tells the rows below apart by what they look
 * like (cases, withheld rows, hidden, blank and repeated-header rows, totals and notes: {@link
 * kohyo.excel.TableRows}), reads each cell as a clerk types it ({@link kohyo.excel.CellReader}:
 * line breaks, items marked by any bullet or number ({@link kohyo.excel.ListItems}), dates as
 * serials under any number format including Japanese-era ones, or as text in the forms offices
 * type, through {@link kohyo.check.DateParser}), and turns the sheet into {@link
 * kohyo.casefile.CaseFields}, which {@link kohyo.casefile.CanonicalYaml} writes. Two corpora of
 * sheets written by people who never saw the code measure it ({@code
 * src/test/resources/excel/corpus*}). Whether the result is valid is then decided by {@link
 * kohyo.check.Checker} alone; here a problem is only a cell that could not be understood, reported
 * at {@code TABLE.xlsx:シート!C12}.
 *
 * <p>Export takes its words (title, count line, headings) from the document's vocabulary and its
 * column proportions from the PDF's own stylesheet, so that the table and the PDF cannot drift.
 * Withheld cases reach a workbook only as the count.
 */
package kohyo.excel;
