package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kohyo.base.Problem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which rows below the header are cases, on small sheets built here for the kinds of row the
 * corpora show only once (the corpora, made with LibreOffice, test the cells themselves).
 */
class TableRowsTest {

  @TempDir Path dir;

  private static final String[] HEADER = {
    "NO", "所属", "発生日", "事案の概要", "発生原因", "対応", "二次被害の有無", "再発防止策", "備考"
  };

  private static String[] published(int no, String date) {
    return new String[] {
      String.valueOf(no),
      "総務課",
      date,
      "概要" + no + "です。",
      "原因" + no + "です。",
      "対応" + no + "です。",
      "無",
      "・防止策" + no + "です。",
      ""
    };
  }

  /** Writes rows from A1 (null for a row left empty) and returns the imported table. */
  private ImportedTable sheet(List<String[]> rows, java.util.function.Consumer<XSSFSheet> more)
      throws Exception {
    Path file = dir.resolve("t.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet s = wb.createSheet("一覧");
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r) != null) {
          XSSFRow row = s.createRow(r);
          for (int c = 0; c < rows.get(r).length; c++) {
            if (!rows.get(r)[c].isEmpty()) {
              row.createCell(c).setCellValue(rows.get(r)[c]);
            }
          }
        }
      }
      more.accept(s);
      wb.write(out);
    }
    return TableImport.read(file, "t.xlsx", TableImport.Options.none(), CorpusImportTest.WORDING);
  }

  private static List<Integer> rows(ImportedTable t) {
    return t.cases().stream().map(ImportedCase::row).toList();
  }

  @Test
  void hiddenBlankAndRepeatedHeaderRowsAreNotCases() throws Exception {
    ImportedTable t =
        sheet(
            List.of(
                new String[] {"○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"},
                HEADER,
                published(1, "R7.4.1"),
                new String[] {"", "", "", "", "", "", "", "", ""},
                published(2, "R7.5.1"),
                HEADER,
                published(3, "R7.6.1")),
            s -> s.getRow(4).setZeroHeight(true));
    assertEquals(List.of(), t.problems());
    assertEquals(List.of(3, 7), rows(t), "row 5 is hidden, row 6 repeats the header");
  }

  @Test
  void aWithheldRowMergedAcrossTheTableIsAWithheldCaseAndTheTableGoesOn() throws Exception {
    String[] withheld = new String[9];
    java.util.Arrays.fill(withheld, "");
    withheld[0] = "非公表基準（２）に該当するため非公表";
    ImportedTable t =
        sheet(
            List.of(
                new String[] {"○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"},
                HEADER,
                published(1, "R7.4.1"),
                withheld,
                published(2, "R7.5.1"),
                new String[] {"合計　3件（うち非公表1件）"},
                published(4, "R7.6.1")),
            s -> s.addMergedRegion(new CellRangeAddress(3, 3, 0, 8)));
    assertEquals(List.of(), t.problems());
    assertEquals(List.of(3, 4, 5), rows(t), "the table ends at the total " + t.cases());
    ImportedCase w = t.cases().get(1);
    assertTrue(w.withheld());
    assertEquals("2", w.fields().criterion());
    assertEquals("非公表", w.fields().publication());
    assertEquals("", w.fields().summary(), "the statement is not the case's text");
    assertEquals("", w.fields().office());
    assertEquals("02-hikohyo.yaml", w.fileName());
  }

  @Test
  void aWithheldRowWithDashesAndTheStatementInRemarksKeepsItsOfficeAndDate() throws Exception {
    ImportedTable t =
        sheet(
            List.of(
                new String[] {"○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"},
                HEADER,
                new String[] {"1", "総務課", "R7.5.1", "―", "―", "―", "無", "―", "非公表（基準第４号）"},
                new String[] {"2", "", "", "非公表", "非公表", "", "", "", ""},
                new String[] {"3", "", "", "", "", "", "", "", "非公表基準に該当しない"}),
            s -> {});
    ImportedCase w = t.cases().get(0);
    assertTrue(w.withheld());
    assertEquals("4", w.fields().criterion());
    assertEquals("総務課", w.fields().office());
    assertEquals("2025-05-01", w.fields().date());
    assertEquals("", w.fields().remarks(), "the statement is not the case's 備考");
    assertEquals("01-2025-05-01.yaml", w.fileName());
    List<String> problems = t.problems().stream().map(Problem::format).toList();
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith("t.xlsx:一覧!D4: ") && p.contains("基準の番号を書いてください")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("t.xlsx:一覧!D5: ")),
        "a row saying it is not withheld is a case, and its empty 概要 an error: " + problems);
  }

  @Test
  void sectionLinesInsideTheTableAreSkippedNotItsEnd() throws Exception {
    String[] section = new String[9];
    java.util.Arrays.fill(section, "");
    section[0] = "【出先機関】";
    ImportedTable t =
        sheet(
            List.of(
                new String[] {"○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"},
                new String[] {"【本庁】"},
                HEADER,
                published(1, "R7.4.1"),
                section,
                published(2, "R7.5.1"),
                new String[] {"※3件目は調査中"},
                published(3, "R7.6.1"),
                new String[] {"＜非公表基準＞"},
                new String[] {"(1)公表することで個人の生命、身体、財産の安全を侵害するおそれがあると認められる場合"}),
            s -> s.addMergedRegion(new CellRangeAddress(4, 4, 0, 8)));
    assertEquals(List.of(), t.problems());
    assertEquals(List.of(4, 6, 8), rows(t));
  }

  @Test
  void aNoteMergedAcrossTheTableEndsIt() throws Exception {
    String[] note = new String[9];
    java.util.Arrays.fill(note, "");
    note[0] = "※なお、次の非公表基準に該当するものは掲載しておりません。";
    ImportedTable t =
        sheet(
            List.of(
                new String[] {"○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"},
                HEADER,
                published(1, "R7.4.1"),
                note,
                new String[] {"(4)上記(1)から(3)に掲げる事案のほか、非公表とすることに相当の理由があると認められる場合"}),
            s -> s.addMergedRegion(new CellRangeAddress(3, 3, 0, 8)));
    assertEquals(List.of(), t.problems());
    assertEquals(List.of(3), rows(t));
  }

  /**
   * The case's short 「対策検討中」 under the combined heading has 再発防止策's words: it must not be read as a
   * heading (the header would then take two rows, and the combined column be missed).
   */
  @Test
  void aCombinedColumnIsOneErrorAtItsHeading() throws Exception {
    ImportedTable t =
        sheet(
            List.of(
                new String[] {"○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"},
                new String[] {"NO", "所属", "発生日", "事案の概要", "原因及び再発防止策", "対応", "二次被害の有無", "備考"},
                new String[] {"1", "総務課", "R7.4.1", "概要です。", "対策検討中", "対応です。", "無", ""}),
            s -> {});
    assertEquals(
        1, t.problems().size(), t.problems().stream().map(Problem::format).toList().toString());
    Problem p = t.problems().get(0);
    assertEquals("t.xlsx:一覧!E2", p.path(), p.format());
    assertTrue(
        p.message().contains("「原因及び再発防止策」") && p.message().contains("「発生原因」と「再発防止策」の別々の列に分け"),
        p.message());
  }
}
