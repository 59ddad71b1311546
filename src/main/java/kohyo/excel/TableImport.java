package kohyo.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.base.Problem;
import kohyo.casefile.CaseFields;
import kohyo.casefile.PeriodFields;
import kohyo.check.Schema;
import kohyo.model.FiscalHalf;
import kohyo.wording.Wording;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code kohyo import}'s reading: one sheet of a workbook into the contents of a period folder.
 *
 * <p>The sheet is the one with a table (or the one named); the header is found by its labels; the
 * rows below it are cases until the table ends (an empty sheet bottom, or a note such as 「※なお…」 or
 * a line merged across the table). Empty rows are skipped. A case may span several rows when its NO
 * cell is merged over them; its text cells are then joined line by line.
 */
public final class TableImport {

  /**
   * What the command line adds: a sheet to use, and the period when the sheet has no title.
   *
   * @param sheet the sheet's name, or empty to find the one with a table
   */
  public record Options(
      Optional<String> sheet,
      Optional<String> publisher,
      Optional<Integer> fiscalYear,
      Optional<FiscalHalf> half) {

    public static Options none() {
      return new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /** The file is not a workbook POI can read (another format, damaged, password-protected). */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * Which sheet to read is for the user to say: several sheets hold a table, or the named one does
   * not exist.
   */
  public static final class SheetChoice extends Exception {
    private static final long serialVersionUID = 1L;

    SheetChoice(String message) {
      super(message);
    }
  }

  private final String shown;
  private final Options options;
  private final Wording wording;
  private final CellReader reader;

  private TableImport(String shown, Options options, Wording wording) {
    this.shown = shown;
    this.options = options;
    this.wording = wording;
    this.reader = new CellReader(wording);
  }

  /**
   * Reads the workbook.
   *
   * @param shown the file as the user typed it: problems are reported at {@code shown:シート!C12}
   * @param wording the document's vocabulary: kohyo's own column headings, title and count line are
   *     read back by it, whatever an office has made of them
   */
  public static ImportedTable read(Path file, String shown, Options options, Wording wording)
      throws Unreadable, SheetChoice {
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      return new TableImport(shown, options, wording).read(wb);
    } catch (EncryptedDocumentException e) {
      throw new Unreadable(ImportMessages.unreadableWorkbook("パスワードで保護されています"));
    } catch (IOException | RuntimeException e) {
      // POI's own words name its internals; the user needs to know what to do about the file
      throw new Unreadable(ImportMessages.unreadableWorkbook("Excel のブックではないか、壊れています"));
    }
  }

  private ImportedTable read(Workbook wb) throws SheetChoice {
    boolean date1904 =
        wb instanceof XSSFWorkbook x
            ? x.isDate1904()
            : wb instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
    List<String> names = new ArrayList<>();
    List<SheetGrid> withTable = new ArrayList<>();
    Map<String, Header> headers = new HashMap<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet s = wb.getSheetAt(i);
      names.add(s.getSheetName());
      boolean named = options.sheet().map(n -> n.equals(s.getSheetName())).orElse(false);
      if (options.sheet().isPresent() && !named
          || options.sheet().isEmpty() && wb.isSheetHidden(i)
          || options.sheet().isEmpty() && wb.isSheetVeryHidden(i)) {
        continue;
      }
      SheetGrid grid = new SheetGrid(s, date1904);
      Optional<Header> header = HeaderFinder.find(grid, labels());
      if (header.isPresent()) {
        withTable.add(grid);
        headers.put(s.getSheetName(), header.get());
      } else if (named) {
        return failed(
            problem(
                s.getSheetName(), "A1", Problem.Kind.FILE, "", ImportMessages.noTableOnSheet()));
      }
    }
    if (options.sheet().isPresent() && !names.contains(options.sheet().get())) {
      throw new SheetChoice(ImportMessages.noSuchSheet(options.sheet().get(), names));
    }
    if (withTable.isEmpty()) {
      return failed(new Problem(shown, 0, 0, Problem.Kind.FILE, "", ImportMessages.noTable(names)));
    }
    if (withTable.size() > 1) {
      throw new SheetChoice(
          ImportMessages.severalTables(withTable.stream().map(SheetGrid::name).toList()));
    }
    SheetGrid grid = withTable.get(0);
    List<Preamble.Line> elsewhere = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet s = wb.getSheetAt(i);
      if (!s.getSheetName().equals(grid.name()) && !wb.isSheetHidden(i)) {
        elsewhere.addAll(texts(new SheetGrid(s, date1904), COVER_ROWS));
      }
    }
    ImportedTable table = new SheetImport(grid, headers.get(grid.name()), elsewhere).read();
    Sheet acks = wb.getSheet(AcknowledgementSheet.NAME);
    return acks == null || acks.getSheetName().equals(grid.name())
        ? table
        : withAcknowledgements(table, new SheetGrid(acks, date1904));
  }

  /**
   * Adds the 「確認済み」 sheet's entries (kohyo's own export writes it) to the cases they name by NO.
   */
  private ImportedTable withAcknowledgements(ImportedTable table, SheetGrid sheet) {
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    List<AcknowledgementSheet.Entry> entries = AcknowledgementSheet.read(sheet, reader, bad);
    List<Problem> problems = new ArrayList<>(table.problems());
    bad.forEach(
        (cell, message) ->
            problems.add(
                problem(
                    sheet.name(),
                    cell,
                    Problem.Kind.ACKNOWLEDGEMENT,
                    Schema.ACKNOWLEDGED,
                    message)));
    List<ImportedCase> cases = new ArrayList<>();
    for (ImportedCase c : table.cases()) {
      List<CaseFields.Acknowledgement> acks = new ArrayList<>();
      for (AcknowledgementSheet.Entry e : entries) {
        if (!c.withheld() && c.no().isPresent() && c.no().get() == e.no()) {
          acks.add(e.acknowledgement());
        }
      }
      CaseFields f = c.fields();
      cases.add(
          acks.isEmpty()
              ? c
              : new ImportedCase(
                  c.row(), c.fileName(), c.no(), c.date(), c.withheld(), f.withAcknowledged(acks)));
    }
    for (AcknowledgementSheet.Entry e : entries) {
      boolean known =
          table.cases().stream().anyMatch(c -> !c.withheld() && c.no().equals(Optional.of(e.no())));
      if (!known) {
        problems.add(
            problem(
                sheet.name(),
                e.cell(),
                Problem.Kind.ACKNOWLEDGEMENT,
                Schema.ACKNOWLEDGED,
                "NO " + e.no() + " の公表する事案が表にありません。「確認済み」のシートの NO を表の NO に合わせてください。"));
      }
    }
    return new ImportedTable(
        table.sheet(),
        table.period(),
        table.count(),
        table.internal(),
        cases,
        problems,
        table.ignoredColumns(),
        table.renumbered(),
        table.hiddenRows());
  }

  /** A withheld row's file name in place of its 発生日, which the sheet does not give. */
  private static final String UNDATED = "hikohyo";

  /** How far down another sheet a title is looked for. */
  private static final int COVER_ROWS = 40;

  /** The texts of a sheet's first rows, row by row, left to right. */
  private static List<Preamble.Line> texts(SheetGrid grid, int rows) {
    List<Preamble.Line> lines = new ArrayList<>();
    for (int r = 0; r < Math.min(rows, grid.lastRow() + 1); r++) {
      for (int c = 0; c < grid.width(r, r); c++) {
        if (grid.own(r, c) instanceof CellValue.Text t && !t.isBlank()) {
          lines.add(new Preamble.Line(SheetGrid.address(r, c), CellText.oneLine(t.text())));
        }
      }
    }
    return lines;
  }

  /** The vocabulary's column headings, which kohyo's own export writes. */
  private Map<String, TableColumn> labels() {
    Map<String, TableColumn> labels = new HashMap<>();
    for (String key : Wording.COLUMN_KEYS) {
      for (TableColumn c : TableColumn.values()) {
        if (c.key().equals(key) || c == TableColumn.DAMAGE && key.equals("二次被害")) {
          labels.put(TableColumn.normalize(wording.column(key).label()), c);
        }
      }
    }
    return labels;
  }

  /** A workbook that gives no table, only the problem saying why. */
  private static ImportedTable failed(Problem problem) {
    return new ImportedTable(
        "",
        new PeriodFields("", "", ""),
        Optional.empty(),
        false,
        List.of(),
        List.of(problem),
        List.of(),
        false,
        List.of());
  }

  private Problem problem(String sheet, String cell, Problem.Kind kind, String field, String msg) {
    return new Problem(shown + ":" + sheet + "!" + cell, 0, 0, kind, field, msg);
  }

  /** One sheet's table. */
  private final class SheetImport {
    private final SheetGrid grid;
    private final Header header;
    private final List<Preamble.Line> elsewhere;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param elsewhere the text of the workbook's other sheets (a cover sheet)
     */
    SheetImport(SheetGrid grid, Header header, List<Preamble.Line> elsewhere) {
      this.grid = grid;
      this.header = header;
      this.elsewhere = elsewhere;
    }

    ImportedTable read() {
      for (Header.Duplicate d : header.duplicates()) {
        report(
            SheetGrid.address(d.row(), d.second()),
            Problem.Kind.SCHEMA,
            d.column().key(),
            ImportMessages.duplicateColumn(
                ImportMessages.label(d.column().key()), SheetGrid.columnName(d.first())));
      }
      for (Header.Combined c : header.combined()) {
        report(
            SheetGrid.address(c.row(), c.column()),
            Problem.Kind.SCHEMA,
            c.columns().get(0).key(),
            ImportMessages.combinedColumn(
                c.label(), c.columns().stream().map(x -> ImportMessages.label(x.key())).toList()));
      }
      for (TableColumn c : TableColumn.values()) {
        if (c.required() && header.column(c).isEmpty() && !header.combines(c)) {
          report(
              SheetGrid.address(header.firstRow(), header.firstColumn()),
              Problem.Kind.SCHEMA,
              c.key(),
              ImportMessages.missingColumn(ImportMessages.label(c.key())));
        }
      }
      List<Preamble.Line> lines = preamble();
      // a title or count line on a cover sheet serves when the table's own sheet has none
      Optional<Preamble.Title> title =
          Preamble.title(lines, wording).or(() -> Preamble.title(elsewhere, wording));
      PeriodFields period = period(title);
      Optional<ImportedTable.CountLine> count =
          Preamble.count(lines, wording)
              .or(() -> Preamble.count(elsewhere, wording))
              .map(c -> new ImportedTable.CountLine(c.total(), c.withheld()));
      TableRows tableRows = new TableRows(grid, header, reader);
      List<TableRows.Span> rows = tableRows.read();
      List<ImportedCase> cases = cases(rows, fiscalYear(period));
      List<String> ignored =
          header.extras().stream()
              .map(e -> SheetGrid.columnName(e.column()) + " 列「" + e.label() + "」")
              .toList();
      problems.sort(
          Comparator.comparingInt((Problem p) -> rowOf(p.path()))
              .thenComparingInt(p -> colOf(p.path())));
      return new ImportedTable(
          grid.name(),
          period,
          count,
          header.column(TableColumn.PUBLICATION).isPresent(),
          cases,
          problems,
          ignored,
          renumbered(cases),
          tableRows.hidden());
    }

    private void report(String cell, Problem.Kind kind, String field, String message) {
      problems.add(problem(grid.name(), cell, kind, field, message));
    }

    /** Every text above the header, row by row, left to right. */
    private List<Preamble.Line> preamble() {
      List<Preamble.Line> lines = texts(grid, header.firstRow());
      lines.addAll(grid.pageHeaderLines());
      return lines;
    }

    /** The period from the title; the options fill in what it lacks and must agree with it. */
    private PeriodFields period(Optional<Preamble.Title> title) {
      String cell = title.map(Preamble.Title::cell).orElse("A1");
      String publisher = title.map(Preamble.Title::publisher).orElse(null);
      Integer year = title.map(Preamble.Title::fiscalYear).orElse(null);
      FiscalHalf half = title.map(Preamble.Title::half).orElse(null);
      if (options.publisher().isPresent()) {
        if (publisher != null && !publisher.equals(options.publisher().get())) {
          report(
              cell,
              Problem.Kind.VALUE,
              kohyo.check.Schema.ISSUER,
              ImportMessages.titleConflict(
                  "公表主体", publisher, "--publisher " + options.publisher().get()));
        }
        publisher = options.publisher().get();
      }
      if (options.fiscalYear().isPresent()) {
        if (year != null && !year.equals(options.fiscalYear().get())) {
          report(
              cell,
              Problem.Kind.VALUE,
              kohyo.check.Schema.FISCAL_YEAR,
              ImportMessages.titleConflict(
                  "年度", year + " 年度", "--fiscal-year " + options.fiscalYear().get()));
        }
        year = options.fiscalYear().get();
      }
      if (options.half().isPresent()) {
        if (half != null && half != options.half().get()) {
          report(
              cell,
              Problem.Kind.VALUE,
              kohyo.check.Schema.HALF,
              ImportMessages.titleConflict(
                  "区分", half.label(), "--half " + options.half().get().label()));
        }
        half = options.half().get();
      }
      return new PeriodFields(
          publisher == null ? "" : publisher,
          year == null ? "" : year.toString(),
          half == null ? "" : half.label());
    }

    private Optional<Integer> fiscalYear(PeriodFields period) {
      return period.fiscalYear().isEmpty()
          ? Optional.empty()
          : Optional.of(Integer.parseInt(period.fiscalYear()));
    }

    private List<ImportedCase> cases(List<TableRows.Span> rows, Optional<Integer> fiscalYear) {
      record Draft(
          TableRows.Span row,
          Optional<Integer> no,
          LocalDate date,
          boolean withheld,
          CaseFields fields) {}
      List<Draft> drafts = new ArrayList<>();
      Map<Integer, Integer> seenNo = new HashMap<>();
      boolean criterionColumn = header.column(TableColumn.CRITERION).isPresent();
      for (TableRows.Span rc : rows) {
        int before = problems.size();
        boolean withheld = false;
        if (header.column(TableColumn.PUBLICATION).isPresent()) {
          CellReader.Read<Boolean> w = reader.withheld(rc.values().get(TableColumn.PUBLICATION));
          if (w instanceof CellReader.Read.Ok<Boolean> ok) {
            withheld = ok.value();
          } else {
            badCell(rc, TableColumn.PUBLICATION, Problem.Kind.VALUE, w);
            withheld = true; // unreadable: treat as withheld, so nothing of the row is quoted
          }
        }
        final boolean redact = withheld;
        Optional<Integer> no = Optional.empty();
        if (header.column(TableColumn.NO).isPresent()) {
          CellReader.Read<Optional<Integer>> n = reader.number(rc.values().get(TableColumn.NO));
          if (n instanceof CellReader.Read.Ok<Optional<Integer>> ok) {
            no = ok.value();
            if (no.isPresent()) {
              Integer firstRow = seenNo.putIfAbsent(no.get(), rc.first() + 1);
              if (firstRow != null) {
                report(
                    cell(rc, TableColumn.NO),
                    Problem.Kind.VALUE,
                    "",
                    ImportMessages.duplicateNumber(no.get().toString(), firstRow));
              }
            }
          } else {
            badCell(rc, TableColumn.NO, Problem.Kind.VALUE, n);
          }
        }
        if (rc.withheldStatement().isPresent()) {
          LocalDate day = withheldDate(rc, fiscalYear);
          CaseFields fields = withheldFields(rc, day);
          if (problems.size() == before) {
            drafts.add(new Draft(rc, no, day, true, fields));
          }
          continue;
        }
        LocalDate date = null;
        CellValue dateCell = value(rc, TableColumn.DATE);
        if (dateCell.isBlank()) {
          if (header.column(TableColumn.DATE).isPresent()) {
            report(
                cell(rc, TableColumn.DATE),
                Problem.Kind.SCHEMA,
                TableColumn.DATE.key(),
                redact
                    ? ImportMessages.emptyWithheld(TableColumn.DATE.key())
                    : ImportMessages.empty(TableColumn.DATE.key()));
          }
        } else if (!errorValue(rc, TableColumn.DATE, redact)) {
          CellReader.Read<LocalDate> d = reader.date(dateCell, grid, fiscalYear, redact);
          if (d instanceof CellReader.Read.Ok<LocalDate> ok) {
            date = ok.value();
          } else {
            badCell(rc, TableColumn.DATE, Problem.Kind.DATE, d);
          }
        }
        for (TableColumn c :
            List.of(
                TableColumn.OFFICE,
                TableColumn.SUMMARY,
                TableColumn.CAUSE,
                TableColumn.RESPONSE,
                TableColumn.DAMAGE,
                TableColumn.PREVENTION,
                TableColumn.REMARKS)) {
          if (header.column(c).isEmpty() || errorValue(rc, c, redact)) {
            continue;
          }
          if (c.required() && !withheld && value(rc, c).isBlank()) {
            report(cell(rc, c), Problem.Kind.SCHEMA, c.key(), ImportMessages.empty(c.key()));
          }
        }
        String damage = "";
        CellValue damageCell = value(rc, TableColumn.DAMAGE);
        if (!damageCell.isBlank() && !(damageCell instanceof CellValue.Error)) {
          CellReader.Read<String> d = reader.damage(damageCell, redact);
          if (d instanceof CellReader.Read.Ok<String> ok) {
            damage = ok.value();
          } else if (withheld) {
            damage = reader.text(damageCell); // never printed; the checker does not read it
          } else {
            badCell(rc, TableColumn.DAMAGE, Problem.Kind.VALUE, d);
          }
        }
        String criterion = "";
        if (withheld && criterionColumn) {
          CellValue cv = value(rc, TableColumn.CRITERION);
          CellReader.Read<Optional<Integer>> k = reader.criterion(cv);
          if (k instanceof CellReader.Read.Ok<Optional<Integer>> ok && ok.value().isPresent()) {
            criterion = ok.value().get().toString();
          } else if (k instanceof CellReader.Read.Ok<Optional<Integer>>) {
            report(
                cell(rc, TableColumn.CRITERION),
                Problem.Kind.SCHEMA,
                TableColumn.CRITERION.key(),
                ImportMessages.criterionMissing());
          } else {
            badCell(rc, TableColumn.CRITERION, Problem.Kind.VALUE, k);
          }
        } else if (withheld) {
          report(
              cell(rc, TableColumn.PUBLICATION),
              Problem.Kind.SCHEMA,
              TableColumn.CRITERION.key(),
              ImportMessages.noCriterionColumn());
        }
        CellReader.Remarks remarks =
            reader.remarks(CellText.oneLine(reader.text(value(rc, TableColumn.REMARKS))));
        CaseFields fields =
            new CaseFields(
                CellText.oneLine(reader.text(value(rc, TableColumn.OFFICE))),
                date == null ? "" : date.toString(),
                reader.text(value(rc, TableColumn.SUMMARY)),
                reader.text(value(rc, TableColumn.CAUSE)),
                reader.text(value(rc, TableColumn.RESPONSE)),
                damage,
                reader.prevention(value(rc, TableColumn.PREVENTION)),
                remarks.typed(),
                remarks.individuallyPublished(),
                withheld ? kohyo.check.Schema.VALUE_WITHHELD : "",
                criterion,
                List.of());
        if (problems.size() == before) {
          drafts.add(new Draft(rc, no, date, withheld, fields));
        }
      }
      boolean byNo =
          !drafts.isEmpty()
              && drafts.size() == rows.size()
              && drafts.stream().allMatch(d -> d.no().isPresent());
      int largest =
          byNo ? drafts.stream().mapToInt(d -> d.no().get()).max().orElse(0) : drafts.size();
      String pattern = "%0" + Math.max(2, Integer.toString(largest).length()) + "d-%s.yaml";
      List<ImportedCase> out = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        int n = byNo ? d.no().get() : i + 1;
        out.add(
            new ImportedCase(
                d.row().first() + 1,
                String.format(pattern, n, d.date() == null ? UNDATED : d.date()),
                d.no(),
                d.date(),
                d.withheld(),
                d.fields()));
      }
      return out;
    }

    /**
     * A withheld row's 発生日, when the office wrote one beside the statement; else null, and the
     * checker asks for it in the case file (the sheet does not say it).
     */
    private LocalDate withheldDate(TableRows.Span rc, Optional<Integer> fiscalYear) {
      CellValue cell = value(rc, TableColumn.DATE);
      if (cell.isBlank() || errorValue(rc, TableColumn.DATE, true)) {
        return null;
      }
      CellReader.Read<LocalDate> d = reader.date(cell, grid, fiscalYear, true);
      if (d instanceof CellReader.Read.Ok<LocalDate> ok) {
        return ok.value();
      }
      badCell(rc, TableColumn.DATE, Problem.Kind.DATE, d);
      return null;
    }

    /**
     * A withheld row as the data files hold a withheld case: 公表: 非公表 and the criterion the
     * statement names (「非公表基準(3)に該当するため非公表」 → 3), or the 非公表基準 column's; nothing of the statement
     * is taken as the case's text.
     */
    private CaseFields withheldFields(TableRows.Span rc, LocalDate date) {
      String statement = rc.withheldStatement().orElseThrow();
      CellValue criterionCell = value(rc, TableColumn.CRITERION);
      CellReader.Read<Optional<Integer>> k =
          reader.criterion(criterionCell.isBlank() ? new CellValue.Text(statement) : criterionCell);
      String criterion = "";
      if (k instanceof CellReader.Read.Ok<Optional<Integer>> ok && ok.value().isPresent()) {
        criterion = ok.value().get().toString();
      } else {
        report(
            statementCell(rc),
            Problem.Kind.SCHEMA,
            TableColumn.CRITERION.key(),
            ImportMessages.statementWithoutCriterion());
      }
      CellValue office = value(rc, TableColumn.OFFICE);
      CellValue remarks = value(rc, TableColumn.REMARKS);
      return new CaseFields(
          CellText.oneLine(reader.text(office)),
          date == null ? "" : date.toString(),
          "",
          "",
          "",
          "",
          null,
          CellText.oneLine(reader.text(remarks)),
          "",
          kohyo.check.Schema.VALUE_WITHHELD,
          criterion,
          List.of());
    }

    private boolean isStatement(TableRows.Span rc, CellValue v) {
      return v instanceof CellValue.Text t
          && CellText.oneLine(t.text()).equals(rc.withheldStatement().orElse(null));
    }

    /** The first content cell of a withheld row: where its statement is. */
    private String statementCell(TableRows.Span rc) {
      for (TableColumn c :
          List.of(
              TableColumn.SUMMARY,
              TableColumn.CAUSE,
              TableColumn.RESPONSE,
              TableColumn.DAMAGE,
              TableColumn.PREVENTION)) {
        if (isStatement(rc, value(rc, c))) {
          return cell(rc, c);
        }
      }
      return cell(rc, TableColumn.NO);
    }

    private CellValue value(TableRows.Span rc, TableColumn c) {
      return rc.values().getOrDefault(c, CellValue.BLANK);
    }

    private String cell(TableRows.Span rc, TableColumn c) {
      return SheetGrid.address(rc.first(), header.column(c).orElse(header.firstColumn()));
    }

    private void badCell(
        TableRows.Span rc, TableColumn c, Problem.Kind kind, CellReader.Read<?> read) {
      report(
          cell(rc, c),
          kind,
          c == TableColumn.NO ? "" : c.key(),
          ((CellReader.Read.Bad<?>) read).message());
    }

    /** Whether the cell holds an error value such as #REF! (reported). */
    private boolean errorValue(TableRows.Span rc, TableColumn c, boolean redact) {
      if (value(rc, c) instanceof CellValue.Error e) {
        report(
            cell(rc, c),
            Problem.Kind.VALUE,
            c.key(),
            redact ? ImportMessages.errorValueRedacted() : ImportMessages.errorValue(e.code()));
        return true;
      }
      return false;
    }

    /** Whether the published cases' NO, in the sheet, are not in the order kohyo numbers them. */
    private boolean renumbered(List<ImportedCase> cases) {
      List<ImportedCase> published = cases.stream().filter(c -> !c.withheld()).toList();
      if (published.stream().anyMatch(c -> c.no().isEmpty())) {
        return false;
      }
      List<ImportedCase> bySheet =
          published.stream().sorted(Comparator.comparing(c -> c.no().get())).toList();
      List<ImportedCase> byDate =
          published.stream()
              .sorted(
                  Comparator.comparing(ImportedCase::date).thenComparing(ImportedCase::fileName))
              .toList();
      return !bySheet.equals(byDate);
    }
  }

  private static int rowOf(String path) {
    String cell = path.substring(path.lastIndexOf('!') + 1);
    String digits = cell.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }

  private static int colOf(String path) {
    String cell = path.substring(path.lastIndexOf('!') + 1);
    String letters = cell.replaceAll("[0-9]", "");
    int n = 0;
    for (char ch : letters.toCharArray()) {
      n = n * 26 + (ch - 'A' + 1);
    }
    return n;
  }
}
