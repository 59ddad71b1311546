/**
 * Excel in and out: {@code kohyo import} reads an office's existing table (a sheet laid out like
 * the published edition, as clerks keep it) into a period folder, and {@code kohyo export} writes a
 * checked period back as the office's familiar table.
 *
 * <p>Import finds the header by its labels, never by position ({@link kohyo.excel.HeaderFinder}),
 * reads each cell as a clerk types it ({@link kohyo.excel.CellReader}: line breaks, ・ items, dates
 * as serials under any number format including Japanese-era ones, or as text), and turns the sheet
 * into {@link kohyo.casefile.CaseFields}, which {@link kohyo.casefile.CanonicalYaml} writes.
 * Whether the result is valid is then decided by {@link kohyo.check.Checker} alone; here a problem
 * is only a cell that could not be understood, reported at {@code TABLE.xlsx:シート!C12}.
 *
 * <p>Export takes its words (title, count line, headings) from the document's vocabulary and its
 * column proportions from the PDF's own stylesheet, so that the table and the PDF cannot drift.
 * Withheld cases reach a workbook only as the count.
 */
package kohyo.excel;
