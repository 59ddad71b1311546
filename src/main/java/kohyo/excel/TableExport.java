package kohyo.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kohyo.check.AcknowledgedFinding;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.wording.Phrase;
import kohyo.wording.Wording;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code kohyo export}'s writing: a checked edition as the office's familiar Excel table. Title,
 * count line and section line as in the PDF, the header row (grey, repeated on every printed page),
 * one row per published case with wrapped text, the note and the criteria below; column widths in
 * the PDF's proportions; A4 landscape, fitted to the page width. Dates are real Excel dates shown
 * in 和暦 as the PDF prints them. Withheld cases appear only in the count.
 *
 * <p>The same edition gives the same bytes: the workbook's dates are the period's last day, not the
 * clock.
 */
public final class TableExport {

  /** The table's width in Excel's character units (the width of 「0」 in the 9 pt body font). */
  static final double TABLE_WIDTH = 172;

  private static final double BODY_PT = 9;
  private static final double LINE_PT = 11.5;
  private static final double MM_PER_INCH = 25.4;
  private static final int COLUMNS = Wording.COLUMN_KEYS.size();

  private final Wording wording;
  private final TableLayout layout;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final XSSFSheet sheet;
  private final Styles styles;
  private final double[] widthChars = new double[COLUMNS];

  private TableExport(Wording wording, TableLayout layout, String sheetName) {
    this.wording = wording;
    this.layout = layout;
    this.sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
    this.styles = new Styles();
  }

  /** The workbook's bytes. */
  /**
   * @param acknowledged the period's acknowledged personal-data findings ({@code
   *     CheckedPeriod.acknowledged()}), written to a second sheet 「確認済み」 so that the workbook
   *     imports back into files that pass the same check
   */
  public static byte[] workbook(
      Edition edition,
      List<AcknowledgedFinding> acknowledged,
      Wording wording,
      TableLayout layout) {
    String sheetName = wording.fiscalYear(edition.period()) + edition.period().half().label();
    TableExport export = new TableExport(wording.forEdition(edition), layout, sheetName);
    try {
      return export.write(edition, AcknowledgementSheet.entries(edition, acknowledged));
    } finally {
      try {
        export.wb.close();
      } catch (IOException e) {
        // nothing was opened from disk
      }
    }
  }

  private byte[] write(Edition edition, List<AcknowledgementSheet.Entry> acknowledged) {
    int col = 0;
    for (double pct : layout.widths().values()) {
      widthChars[col] = TABLE_WIDTH * pct / 100;
      sheet.setColumnWidth(col, (int) Math.round(widthChars[col] * 256));
      col++;
    }
    int r = 0;
    line(r++, wording.title(edition.period()), styles.title, 13 * 1.6);
    r++;
    line(
        r++,
        wording.countHeading() + " " + wording.count(edition.total(), edition.withheldCount()),
        styles.heading,
        10.5 * 1.6);
    line(r++, wording.casesHeading(), styles.heading, 10.5 * 1.6);
    int headerRow = r;
    header(r++);
    for (PublishedCase c : edition.published()) {
      caseRow(r++, c);
    }
    if (edition.published().isEmpty()) {
      Row row = sheet.createRow(r);
      for (int i = 0; i < COLUMNS; i++) {
        cell(row, i, styles.center).setCellValue(i == 0 ? wording.none() : "");
      }
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
      row.setHeightInPoints((float) (LINE_PT * 2));
      r++;
    }
    r++;
    line(r++, wording.note(), styles.note, LINE_PT + 4);
    line(r++, wording.criteriaHeading(), styles.note, LINE_PT + 4);
    List<String> criteria = wording.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      line(r++, "(" + (i + 1) + ")" + criteria.get(i), styles.note, LINE_PT + 4);
    }
    printSetup(headerRow);
    if (!acknowledged.isEmpty()) {
      acknowledgements(acknowledged);
    }
    properties(edition);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      wb.write(bytes);
      return fixedTimes(bytes.toByteArray(), edition.period().end().atStartOfDay());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line across the table's width: title, headings, the note. */
  private void line(int r, String text, XSSFCellStyle style, double heightPt) {
    Row row = sheet.createRow(r);
    cell(row, 0, style).setCellValue(text);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
    double lines = Math.max(1, Math.ceil(units(text) / (TABLE_WIDTH - 2)));
    row.setHeightInPoints((float) (heightPt * lines));
  }

  private void header(int r) {
    Row row = sheet.createRow(r);
    int maxLines = 1;
    for (int i = 0; i < COLUMNS; i++) {
      List<String> lines = wording.column(Wording.COLUMN_KEYS.get(i)).lines();
      cell(row, i, styles.header).setCellValue(String.join("\n", lines));
      maxLines = Math.max(maxLines, lines.size());
    }
    row.setHeightInPoints((float) (maxLines * LINE_PT + 6));
  }

  private void caseRow(int r, PublishedCase c) {
    Row row = sheet.createRow(r);
    cell(row, 0, styles.center).setCellValue(c.no());
    cell(row, 1, styles.center).setCellValue(c.office());
    cell(row, 2, styles.date).setCellValue(DateUtil.getExcelDate(c.date()));
    // in the table's column order: what each cell shows, for the row's height
    String[] shown = {
      Integer.toString(c.no()),
      c.office(),
      wording.date(c.wareki()),
      lines(c.summary()),
      lines(c.cause()),
      lines(c.response()),
      c.secondaryDamage(),
      lines(c.prevention()),
      String.join("\n", wording.remarks(c))
    };
    cell(row, 3, styles.text).setCellValue(shown[3]);
    cell(row, 4, styles.text).setCellValue(shown[4]);
    cell(row, 5, styles.text).setCellValue(shown[5]);
    cell(row, 6, styles.center).setCellValue(shown[6]);
    cell(row, 7, styles.text).setCellValue(shown[7]);
    cell(row, 8, styles.text).setCellValue(shown[8]);
    int lines = 1;
    for (int i = 0; i < COLUMNS; i++) {
      lines = Math.max(lines, wrappedLines(shown[i], widthChars[i]));
    }
    row.setHeightInPoints((float) (lines * LINE_PT + 5));
  }

  /** The second sheet: NO, 種別, 文字列, 理由 of each acknowledged finding. */
  private void acknowledgements(List<AcknowledgementSheet.Entry> entries) {
    XSSFSheet acks = wb.createSheet(AcknowledgementSheet.NAME);
    int[] widths = {6, 16, 48, 60};
    Row head = acks.createRow(0);
    for (int i = 0; i < AcknowledgementSheet.HEADINGS.size(); i++) {
      acks.setColumnWidth(i, widths[i] * 256);
      cell(head, i, styles.header).setCellValue(AcknowledgementSheet.HEADINGS.get(i));
    }
    int r = 1;
    for (AcknowledgementSheet.Entry e : entries) {
      Row row = acks.createRow(r++);
      cell(row, 0, styles.center).setCellValue(e.no());
      cell(row, 1, styles.text).setCellValue(e.acknowledgement().kind());
      cell(row, 2, styles.text).setCellValue(e.acknowledgement().text());
      cell(row, 3, styles.text).setCellValue(e.acknowledgement().reason());
    }
  }

  /** A cell's text as the PDF shows it: lines, each item with its ・. */
  private static String lines(Text t) {
    return t.bulleted()
        ? String.join("\n", t.lines().stream().map(l -> "・" + l).toList())
        : t.joined();
  }

  private static XSSFCell cell(Row row, int col, CellStyle style) {
    XSSFCell c = (XSSFCell) row.createCell(col);
    c.setCellStyle(style);
    return c;
  }

  /**
   * How many lines a text takes in a column, estimated from its characters (full-width ones are
   * twice as wide as 「0」): Excel does not fit a row's height to wrapped text written by a program,
   * so the row gets the height the text needs.
   */
  private static int wrappedLines(String text, double columnChars) {
    double room = Math.max(2, columnChars - 1);
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += (int) Math.max(1, Math.ceil(units(line) / room));
    }
    return lines;
  }

  private static double units(String s) {
    double u = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      u += cp < 0x1100 || cp >= 0xff61 && cp <= 0xff9f ? 1.0 : 2.0;
      i += Character.charCount(cp);
    }
    return u;
  }

  private void printSetup(int headerRow) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    sheet.setFitToPage(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    double[] m = layout.marginsMm();
    sheet.setMargin(PageMargin.TOP, m[0] / MM_PER_INCH);
    sheet.setMargin(PageMargin.RIGHT, m[1] / MM_PER_INCH);
    sheet.setMargin(PageMargin.BOTTOM, m[2] / MM_PER_INCH);
    sheet.setMargin(PageMargin.LEFT, m[3] / MM_PER_INCH);
    sheet.setMargin(PageMargin.HEADER, 0);
    sheet.setMargin(PageMargin.FOOTER, m[2] / MM_PER_INCH / 2);
    sheet.getFooter().setCenter("- &P -");
    sheet.setHorizontallyCenter(true);
    sheet.createFreezePane(0, headerRow + 1);
  }

  /**
   * The same entries in the same order, each stamped with the given time instead of the clock's
   * (the zip's only varying bytes), so that the same edition gives the same file.
   */
  private static byte[] fixedTimes(byte[] zip, java.time.LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Fixed document properties: the same edition gives the same bytes. */
  private void properties(Edition edition) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    Date day = Date.from(edition.period().end().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(day));
    core.setModified(Optional.of(day));
    core.setCreator("kohyo");
    core.setTitle(wording.title(edition.period()));
    wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("kohyo");
  }

  /** The cell styles: one object each, shared by every cell that uses it. */
  private final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle center;
    final XSSFCellStyle date;

    Styles() {
      // the default font sets Excel's column width unit and every unstyled cell
      XSSFFont body = wb.getFontAt(0);
      body.setFontName(layout.fontFamily());
      body.setFontHeightInPoints((short) BODY_PT);
      XSSFFont bold = font(BODY_PT, true);
      title = style(font(13, true), false, HorizontalAlignment.CENTER);
      heading = style(font(10.5, true), false, HorizontalAlignment.LEFT);
      note = style(body, false, HorizontalAlignment.LEFT);
      note.setWrapText(true);
      header = style(bold, true, HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(
          new XSSFColor(new byte[] {(byte) 0xd9, (byte) 0xd9, (byte) 0xd9}));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = style(body, true, HorizontalAlignment.LEFT);
      center = style(body, true, HorizontalAlignment.CENTER);
      date = style(body, true, HorizontalAlignment.CENTER);
      date.setDataFormat(wb.createDataFormat().getFormat(dateFormat(wording.datePhrase())));
    }

    private XSSFFont font(double points, boolean boldFace) {
      XSSFFont f = wb.createFont();
      f.setFontName(layout.fontFamily());
      f.setFontHeight(points);
      f.setBold(boldFace);
      return f;
    }

    private XSSFCellStyle style(Font font, boolean table, HorizontalAlignment align) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font);
      s.setAlignment(align);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      if (table) {
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(IndexedColors.BLACK.getIndex());
        s.setBottomBorderColor(IndexedColors.BLACK.getIndex());
        s.setLeftBorderColor(IndexedColors.BLACK.getIndex());
        s.setRightBorderColor(IndexedColors.BLACK.getIndex());
      }
      return s;
    }
  }

  /**
   * The Excel number format that shows a date as the vocabulary's short date does: {略号} → g (R,
   * H…), {年} → e (the era's year), {月} → m, {日} → d, everything else quoted; {@code [$-411]} makes
   * Excel and LibreOffice use the Japanese calendar for g and e. 「{略号}{年}.{月}.{日}」 becomes {@code
   * [$-411]ge"."m"."d}, shown R7.4.25.
   */
  static String dateFormat(Phrase phrase) {
    Map<String, String> codes = Map.of("略号", "g", "年", "e", "月", "m", "日", "d");
    StringBuilder f = new StringBuilder("[$-411]");
    for (Phrase.Piece p : phrase.pieces()) {
      if (p.place()) {
        f.append(codes.getOrDefault(p.text(), ""));
      } else if (!p.text().isEmpty()) {
        f.append('"').append(p.text().replace("\"", "")).append('"');
      }
    }
    return f.toString();
  }
}
