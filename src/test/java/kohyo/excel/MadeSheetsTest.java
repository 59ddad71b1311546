package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kohyo.base.Problem;
import kohyo.casefile.CaseFields;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;

/**
 * kohyo's own LibreOffice sheets ({@code src/test/resources/excel/made/}, sources and generator in
 * {@code src/}) for what the corpus lacks: a cover sheet, a table offset to B2 with a hidden and
 * extra columns, header labels spelled otherwise, formula NO, Excel dates with a time of day, a
 * serial in a General cell, text dates with a weekday, a date cell in 備考, two sheets with tables, a
 * case over two rows, a merged 所属 shared by two cases, an internal list with bad withheld rows, an
 * error value.
 */
class MadeSheetsTest {

  static final Path MADE = Path.of("src/test/resources/excel/made");
  static final Wording WORDING = Wording.load(Periods.home());

  static ImportedTable read(String name, TableImport.Options options) throws Exception {
    return TableImport.read(MADE.resolve(name), name, options, WORDING);
  }

  @Test
  void aCoverSheetAnOffsetTableAndOfficeColumns() throws Exception {
    ImportedTable t = read("21-cover-offset-extras.xlsx", TableImport.Options.none());
    assertEquals(List.of(), t.problems());
    assertEquals("一覧", t.sheet());
    assertEquals("△△市", t.period().issuer());
    assertEquals("2025", t.period().fiscalYear());
    assertEquals("上半期", t.period().half());
    assertEquals(Optional.of(new ImportedTable.CountLine(5, 1)), t.count());
    assertEquals(1, t.missingWithheld());
    assertEquals(List.of("C 列「整理番号」", "D 列「担当課」", "G 列「報告日」", "N 列「連絡先(内線)」"), t.ignoredColumns());
    Map<Integer, ImportedCase> rows = byRow(t);
    assertEquals(List.of(8, 9, 10, 11), rows.keySet().stream().sorted().toList());

    CaseFields r8 = rows.get(8).fields();
    assertEquals(Optional.of(1), rows.get(8).no(), "NO from a formula's value");
    assertEquals("本庁", r8.office());
    assertEquals("2025-04-10", r8.date());
    assertEquals("職員が、会議資料を誤って別の部署へメールで送信したもの。", r8.summary());
    assertEquals("送信先アドレスの確認を怠ったことによるもの。", r8.cause());
    assertEquals("送信先へ連絡し、メールの削除を依頼した。", r8.response());
    assertEquals("無", r8.damage());
    assertEquals(
        CaseFields.Prevention.items(List.of("送信前に宛先を複数人で確認することとした。", "外部宛てのメールは送信を保留する設定とした。")),
        r8.prevention());
    assertEquals(
        "R7.4.15", r8.remarks(), "a date cell in a text column reads as the table prints dates");
    assertEquals("01-2025-04-10.yaml", rows.get(8).fileName());

    CaseFields r9 = rows.get(9).fields();
    assertEquals("2025-06-03", r9.date(), "the time of day is not part of the date");
    assertEquals("有", r9.damage(), "○");
    assertEquals("窓口で交付した書類に、別の申請者の書類が1枚混入していたもの。\n（1名分の氏名・住所が記載）", r9.summary());
    assertEquals(CaseFields.Prevention.text("交付前に、書類の枚数と宛名を複数人で確認することとした。"), r9.prevention());
    assertEquals("", r9.remarks());

    CaseFields r10 = rows.get(10).fields();
    assertEquals("2025-08-01", r10.date(), "a serial in a General cell of the date column");
    assertEquals("無", r10.damage(), "なし");

    CaseFields r11 = rows.get(11).fields();
    assertEquals("2025-09-03", r11.date(), "R7.9.3（水）");
    assertEquals("教育委員会", r11.office());
    assertEquals("報道発表済み", r11.remarks());
  }

  @Test
  void severalSheetsWithTablesNeedTheSheetNamed() throws Exception {
    TableImport.SheetChoice choice =
        assertThrows(
            TableImport.SheetChoice.class,
            () -> read("22-two-sheets.xlsx", TableImport.Options.none()));
    assertTrue(choice.getMessage().contains("R7上半期") && choice.getMessage().contains("R7下半期"));
    ImportedTable t =
        read(
            "22-two-sheets.xlsx",
            new TableImport.Options(
                Optional.of("R7下半期"), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(List.of(), t.problems());
    assertEquals("下半期", t.period().half());
    assertEquals(
        List.of("2025-11-11", "2026-02-02"),
        t.cases().stream().map(c -> c.fields().date()).toList());
    assertThrows(
        TableImport.SheetChoice.class,
        () ->
            read(
                "22-two-sheets.xlsx",
                new TableImport.Options(
                    Optional.of("R8上半期"), Optional.empty(), Optional.empty(), Optional.empty())));
  }

  @Test
  void casesOverTwoRowsMergedCellsAndBadWithheldRowsOfAnInternalList() throws Exception {
    ImportedTable t = read("23-multirow-internal-errors.xlsx", TableImport.Options.none());
    Map<String, Problem> problems =
        t.problems().stream()
            .collect(
                Collectors.toMap(p -> p.path().substring(p.path().lastIndexOf('!') + 1), p -> p));
    assertEquals(
        List.of("C11", "C12", "F13", "G14", "J12", "K10", "K12"),
        problems.keySet().stream().sorted().toList(),
        t.problems().toString());
    assertEquals(Problem.Kind.DATE, problems.get("C11").kind());
    assertEquals("非公表基準", problems.get("K10").field());
    assertTrue(problems.get("F13").message().contains("#DIV/0!"), problems.get("F13").message());
    assertTrue(problems.get("G14").message().contains("不明"));
    assertTrue(problems.get("J12").message().contains("保留"));
    for (Problem p : t.problems()) {
      assertTrue(p.path().startsWith("23-multirow-internal-errors.xlsx:内部用!"), p.format());
      assertFalse(
          p.format().contains(Periods.WITHHELD_MARKER), "withheld text quoted: " + p.format());
    }

    Map<Integer, ImportedCase> rows = byRow(t);
    CaseFields two = rows.get(6).fields();
    assertEquals("2025-04-08", two.date());
    assertEquals("本庁", two.office());
    assertEquals("一行目の概要。\n二行目の概要。", two.summary());
    assertEquals("原因の一行目。\n原因の二行目。", two.cause());
    assertEquals("対応の一行目。", two.response());
    assertEquals(CaseFields.Prevention.items(List.of("防止策その一。", "防止策その二。")), two.prevention());
    assertEquals("備考の続き", two.remarks());
    assertEquals("無", two.damage());
    assertEquals("本庁", rows.get(8).fields().office());
    assertEquals("本庁", rows.get(9).fields().office(), "a 所属 merged over two cases is both's");
    assertEquals("有", rows.get(8).fields().damage());
    ImportedCase withheld = rows.get(11);
    assertEquals(null, withheld, "a row with a problem is not imported");
    assertEquals(List.of(6, 8, 9), rows.keySet().stream().sorted().toList());
  }

  @Test
  void aTitleOnACoverSheetServesATableWithoutOne() throws Exception {
    ImportedTable t = read("24-title-on-cover.xlsx", TableImport.Options.none());
    assertEquals(List.of(), t.problems());
    assertEquals("Sheet2", t.sheet());
    assertEquals("□□県", t.period().issuer());
    assertEquals("2024", t.period().fiscalYear());
    assertEquals("下半期", t.period().half());
    assertEquals(Optional.of(new ImportedTable.CountLine(2, 1)), t.count());
    assertEquals(List.of("2025-01-20"), t.cases().stream().map(c -> c.fields().date()).toList());
    assertEquals("01-2025-01-20.yaml", t.cases().get(0).fileName());
  }

  @Test
  void theOldBinaryFormatReadsLikeTheNewOne() throws Exception {
    ImportedTable xls = read("25-seed-as-published.xls", TableImport.Options.none());
    ImportedTable xlsx =
        TableImport.read(
            CorpusImportTest.CORPUS.resolve("01-seed-as-published.xlsx"),
            "x",
            TableImport.Options.none(),
            WORDING);
    assertEquals(List.of(), xls.problems());
    assertEquals(xlsx.period(), xls.period());
    assertEquals(xlsx.count(), xls.count());
    assertEquals(xlsx.cases(), xls.cases());
  }

  @Test
  void aTitleInThePageHeaderRowsNumberedInAdvanceAndATotalRow() throws Exception {
    ImportedTable t = read("26-page-header-numbered-rows.xlsx", TableImport.Options.none());
    assertEquals(List.of(), t.problems());
    assertEquals("○県", t.period().issuer());
    assertEquals("2025", t.period().fiscalYear());
    assertEquals("下半期", t.period().half());
    assertEquals(
        List.of("01-2025-10-02.yaml", "02-2025-12-24.yaml"),
        t.cases().stream().map(ImportedCase::fileName).toList(),
        "rows with only a NO are empty; the table ends at 計");
  }

  private static Map<Integer, ImportedCase> byRow(ImportedTable t) {
    return t.cases().stream().collect(Collectors.toMap(ImportedCase::row, Function.identity()));
  }
}
