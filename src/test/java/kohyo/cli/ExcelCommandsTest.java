package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kohyo import} and {@code kohyo export} as a clerk runs them. */
class ExcelCommandsTest {

  static final Path CORPUS = Path.of("src/test/resources/excel/corpus");
  static final Path MADE = Path.of("src/test/resources/excel/made");
  static final Path CORPUS2 = Path.of("src/test/resources/excel/corpus2");

  @TempDir Path tmp;

  @Test
  void theOfficesSheetOfTheSeedBuildsTheShippedPdfOnceTheWithheldCaseIsAdded() throws IOException {
    Path dir = tmp.resolve("2025-h1");
    Cli.Result r =
        Cli.run(
            "import",
            CORPUS.resolve("01-seed-as-published.xlsx").toString(),
            "--to",
            dir.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.out().contains("非公表 1 件は表に載っていない"), r.out());
    assertTrue(
        Files.readString(dir.resolve("cases/02-2025-05-16.yaml"), StandardCharsets.UTF_8)
            .contains("個別公表日: 2025-05-20\n"),
        "「R7.5.20個別公表事案」 in 備考 is the case's 個別公表日");
    Files.copy(
        Periods.SEED.resolve("cases/99-withheld.yaml"), dir.resolve("cases/99-withheld.yaml"));
    assertEquals(0, Cli.run("build", dir.toString(), "-o", tmp.resolve("a").toString()).exitCode());
    assertEquals(
        0, Cli.run("build", Periods.SEED.toString(), "-o", tmp.resolve("b").toString()).exitCode());
    assertArrayEquals(
        Files.readAllBytes(tmp.resolve("b/2025-h1.pdf")),
        Files.readAllBytes(tmp.resolve("a/2025-h1.pdf")));
  }

  /**
   * A withheld row kept in the table becomes a withheld case whose 発生日 the sheet does not give:
   * import says which file needs it, and the period checks once it is added. A hidden row is named
   * as left out.
   */
  @Test
  void aWithheldRowNeedsItsDateAndAHiddenRowIsNamed() throws IOException {
    Path dir = tmp.resolve("2023-h1");
    Cli.Result r =
        Cli.run(
            "import",
            CORPUS2.resolve("05-ken-withheld-row-yohaku.xlsx").toString(),
            "--to",
            dir.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.out().contains("事案 5 件、うち非公表 1 件"), r.out());
    assertTrue(r.out().contains("取り込まなかった行: 11 行目（非表示の行。"), r.out());
    Path withheld = dir.resolve("cases/03-hikohyo.yaml");
    assertTrue(r.out().contains("9 行目は非公表の事案として取り込みました。表に発生日がないため、" + withheld), r.out());
    assertTrue(r.err().contains(withheld + ":1:1: "), r.err());
    assertEquals("公表: 非公表\n非公表基準: 3\n", Files.readString(withheld, StandardCharsets.UTF_8));
    Files.writeString(
        withheld,
        "発生日: 2023-06-01\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Cli.Result check = Cli.run("check", dir.toString());
    assertEquals(0, check.exitCode(), check.all());
  }

  @Test
  void badCellsAreAllReportedAndNothingIsWritten() {
    Path dir = tmp.resolve("out");
    Cli.Result r =
        Cli.run("import", CORPUS.resolve("10-bad-values.xlsx").toString(), "--to", dir.toString());
    assertEquals(1, r.exitCode());
    for (String cell : List.of("C7", "E8", "A9", "G10")) {
      assertTrue(r.err().contains("10-bad-values.xlsx:R7上半期!" + cell + ": "), r.err());
    }
    assertTrue(r.err().contains("エラー 4 件。ファイルは何も書き出していません。"), r.err());
    assertFalse(Files.exists(dir));
  }

  @Test
  void anInternalListWritesItsWithheldCasesAndQuotesNoneOfThem() throws IOException {
    Path dir = tmp.resolve("2024-h1");
    Cli.Result r =
        Cli.run(
            "import",
            CORPUS.resolve("07-internal-with-withheld.xlsx").toString(),
            "--to",
            dir.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertFalse(r.all().contains(Periods.WITHHELD_MARKER), r.all());
    String withheld =
        Files.readString(dir.resolve("cases/02-2024-05-09.yaml"), StandardCharsets.UTF_8);
    assertTrue(withheld.contains("公表: 非公表\n非公表基準: 3\n"), withheld);
    Cli.Result check = Cli.run("check", dir.toString());
    assertTrue(check.out().contains("事案 7 件、うち非公表 2 件"), check.all());

    Cli.Result bad =
        Cli.run(
            "import",
            MADE.resolve("23-multirow-internal-errors.xlsx").toString(),
            "--to",
            tmp.resolve("bad").toString());
    assertEquals(1, bad.exitCode());
    assertFalse(bad.all().contains(Periods.WITHHELD_MARKER), bad.all());
  }

  @Test
  void aSheetWithoutATitleNeedsThePeriodFromTheCommandLine() throws IOException {
    String bare = CORPUS.resolve("05-bare-list.xlsx").toString();
    Cli.Result r = Cli.run("import", bare, "--to", tmp.resolve("a").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--publisher") && r.err().contains("--fiscal-year"), r.err());
    assertFalse(Files.exists(tmp.resolve("a")));

    Path dir = tmp.resolve("b");
    Cli.Result ok =
        Cli.run(
            "import",
            bare,
            "--to",
            dir.toString(),
            "--publisher",
            "□□市",
            "--fiscal-year",
            "2025",
            "--half",
            "上半期");
    assertEquals(0, ok.exitCode(), ok.all());
    assertEquals(
        "公表主体: □□市\n年度: 2025\n区分: 上半期\n",
        Files.readString(dir.resolve("period.yaml"), StandardCharsets.UTF_8));

    Cli.Result conflict =
        Cli.run(
            "import",
            CORPUS.resolve("12-single-case-r6-second-half.xlsx").toString(),
            "--to",
            tmp.resolve("c").toString(),
            "--half",
            "上半期");
    assertEquals(1, conflict.exitCode());
    assertTrue(conflict.err().contains("表題の区分は「下半期」"), conflict.err());
  }

  @Test
  void nothingIsOverwritten() throws IOException {
    Path dir = tmp.resolve("filled");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("keep.txt"), "mine");
    Cli.Result r =
        Cli.run(
            "import",
            CORPUS.resolve("01-seed-as-published.xlsx").toString(),
            "--to",
            dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("空ではありません"), r.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }

    Path xlsx = tmp.resolve("table.xlsx");
    Files.writeString(xlsx, "mine");
    Cli.Result e = Cli.run("export", Periods.SEED.toString(), "--xlsx", xlsx.toString());
    assertEquals(2, e.exitCode());
    assertEquals("mine", Files.readString(xlsx));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedWithItsName() throws IOException {
    Path fake = tmp.resolve("table.xlsx");
    Files.writeString(fake, "NO,所属\n1,本庁\n");
    Cli.Result r = Cli.run("import", fake.toString(), "--to", tmp.resolve("out").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith(fake + ": Excel のファイルとして読めません"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(2, Cli.run("import", tmp.resolve("none.xlsx").toString(), "--to", "x").exitCode());
  }

  @Test
  void aWorkbookWithoutATableSaysWhatItLookedFor() throws IOException {
    Path book = tmp.resolve("memo.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("メモ").createRow(0).createCell(0).setCellValue("来週の会議の予定");
      try (var out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Cli.Result r = Cli.run("import", book.toString(), "--to", tmp.resolve("out").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith(book + ": 表の見出しの行"), r.err());
    assertTrue(r.err().contains("メモ"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void severalTablesNeedTheSheetNamed() {
    String two = MADE.resolve("22-two-sheets.xlsx").toString();
    Cli.Result r = Cli.run("import", two, "--to", tmp.resolve("a").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--sheet"), r.err());
    Cli.Result ok = Cli.run("import", two, "--to", tmp.resolve("b").toString(), "--sheet", "R7下半期");
    assertEquals(0, ok.exitCode(), ok.all());
  }

  @Test
  void theExportedTableIsTheOfficesFamiliarOne() throws IOException {
    Path xlsx = tmp.resolve("2025-h1.xlsx");
    Cli.Result r = Cli.run("export", Periods.SEED.toString(), "--xlsx", xlsx.toString());
    assertEquals(0, r.exitCode(), r.all());
    Wording wording = Wording.load(Periods.home());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertEquals("令和7年度上半期", s.getSheetName());
      assertEquals("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】", s.getRow(0).getCell(0).getStringCellValue());
      assertEquals("1 事案件数 11件（うち、非公表基準該当1件）", s.getRow(2).getCell(0).getStringCellValue());
      List<String> heads = new java.util.ArrayList<>();
      s.getRow(4).forEach(c -> heads.add(c.getStringCellValue()));
      assertEquals(
          Wording.COLUMN_KEYS.stream()
              .map(k -> String.join("\n", wording.column(k).lines()))
              .toList(),
          heads);
      assertEquals("二次被害\nの有無", heads.get(6));
      // ten published rows, then the note; the withheld case is only in the count
      assertEquals(10.0, s.getRow(14).getCell(0).getNumericCellValue());
      XSSFCell date = s.getRow(5).getCell(2);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertEquals(
          java.time.LocalDate.of(2025, 4, 25), date.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("[$-411]ge\".\"m\".\"d", date.getCellStyle().getDataFormatString());
      assertTrue(s.getRow(5).getCell(3).getCellStyle().getWrapText());
      assertEquals(
          "・持参された個人情報を含む書類は必ず手渡しで受取り、宛名等の確認を徹底することとした。\n"
              + "・個人情報を含む書類の送受については、双方の担当者が事前にメールやチャット等で連絡することとした。",
          s.getRow(5).getCell(7).getStringCellValue());
      // column widths in the PDF's proportions (edition.css)
      java.util.Map<String, Double> pct = kohyo.excel.TableLayout.read(Periods.home()).widths();
      assertEquals(
          pct.get("事案の概要") / pct.get("NO"),
          (double) s.getColumnWidth(3) / s.getColumnWidth(0),
          0.02);
      assertEquals(
          pct.get("備考") / pct.get("発生日"), (double) s.getColumnWidth(8) / s.getColumnWidth(2), 0.02);
      PrintSetup ps = s.getPrintSetup();
      assertTrue(ps.getLandscape());
      assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
      assertTrue(s.getFitToPage());
      assertEquals(1, ps.getFitWidth());
      assertEquals(0, ps.getFitHeight());
      assertEquals("5:5", s.getRepeatingRows().formatAsString().replace("$", ""));
      assertEquals(1, wb.getNumberOfSheets(), "no 「確認済み」 sheet without acknowledgements");
    }
  }

  @Test
  void anInvalidPeriodIsNotExported() {
    Path broken = Periods.copySeed(tmp, "broken");
    Periods.write(broken.resolve("cases/01-ryakurekisho-funshitsu.yaml"), "所属: 本庁\n");
    Path xlsx = tmp.resolve("x.xlsx");
    Cli.Result r = Cli.run("export", broken.toString(), "--xlsx", xlsx.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("01-ryakurekisho-funshitsu.yaml:"), r.err());
    assertFalse(Files.exists(xlsx));
  }
}
