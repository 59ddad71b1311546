package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kohyo.render.TemplateRenderer;
import kohyo.testing.Cli;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The redline written by {@code kohyo diff --pdf}, read back with PDFBox. */
class RedlineTest {
  private static final Wording WORDING = Wording.load(Periods.home());

  @TempDir static Path tmp;

  private static Path next;
  private static Cli.Result result;
  private static byte[] redline;

  @BeforeAll
  static void diff() throws IOException {
    next = Drafts.nextDraft(tmp);
    // and a change to the withheld case, which must show only as a count
    Drafts.replace(
        Drafts.caseFile(next, "99-"), "WITHHELD-MARKER-原因-7f3a", "WITHHELD-MARKER-原因改-7f3a");
    Path out = tmp.resolve("redline").resolve("redline.pdf");
    result = Cli.run("diff", Periods.SEED.toString(), next.toString(), "--pdf", out.toString());
    redline = Files.readAllBytes(out);
  }

  @Test
  void redlineTextCarriesInsertedAndDeletedText() {
    assertEquals(1, result.exitCode(), result.all());
    String text = Pdfs.squeeze(Pdfs.text(redline));
    // by position, the deleted run and the inserted run stand in place (where the line wraps is
    // edition.css's)
    String byPosition = Pdfs.squeeze(sortedText(redline));
    assertTrue(byPosition.contains("所属内で紛失し所在不"), byPosition);
    assertTrue(byPosition.contains("なったもの。"), byPosition);
    assertTrue(text.contains("県補助金を活用した事業者Aから提出された報告書"), "the removed case, struck through");
    assertTrue(text.contains("追加された事案の概要です。"), "the added case");
    assertTrue(text.contains("非公表1件変更"));
    assertTrue(text.contains("NO所属発生日事案の概要発生原因対応二次被害の有無再発防止策備考"));
  }

  private static String sortedText(byte[] pdf) {
    try (PDDocument doc = Pdfs.open(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void redlineMarksInsertedAndDeletedRunsAndChangedRows() throws UnreadablePdf {
    Snapshot before = Snapshots.of(Periods.edition(Periods.SEED), WORDING);
    Snapshot after = Snapshots.of(Periods.edition(next), WORDING);
    Redline.View view = Redline.view(Differ.compare(before, after), before, after, "old", "new");
    String xhtml =
        new TemplateRenderer(Periods.home()).render(Redline.TEMPLATE, Map.of("redline", view));
    assertTrue(
        xhtml.contains("所属内で<span class=\"del\">紛失し</span><span class=\"ins\">所在不明となっ</span>たもの。"),
        xhtml);
    assertTrue(xhtml.contains("<tr class=\"removed\">"));
    assertTrue(xhtml.contains("<tr class=\"added\">"));
    assertTrue(xhtml.contains("<tr class=\"changed\">"));
    assertTrue(xhtml.contains("<tr class=\"renumbered\">"));
    assertTrue(xhtml.contains("<tr class=\"unchanged\">"), "NO 2 kept its place and text");
  }

  @Test
  void withheldContentNeverInRedlineOrOutput() {
    assertFalse(result.all().contains(Periods.WITHHELD_MARKER));
    assertFalse(
        new String(Pdfs.everyDecodedByte(redline), StandardCharsets.ISO_8859_1)
            .contains(Periods.WITHHELD_MARKER));
    assertFalse(
        new String(Pdfs.everyDecodedByte(redline), StandardCharsets.UTF_8)
            .contains(Periods.WITHHELD_MARKER));
    assertFalse(Pdfs.text(redline).contains(Periods.WITHHELD_TAG));
  }

  @Test
  void redlineIsA4LandscapeAndLeavesNoTemporaryFile() throws IOException {
    try (PDDocument doc = Pdfs.open(redline)) {
      for (PDPage page : doc.getPages()) {
        assertEquals(842f, page.getMediaBox().getWidth(), 1f);
        assertEquals(595f, page.getMediaBox().getHeight(), 1f);
      }
    }
    try (Stream<Path> files = Files.list(tmp.resolve("redline"))) {
      assertEquals(1, files.count());
    }
    assertTrue(result.err().contains("redline.pdf に差分の校正刷りを作りました。"), result.err());
  }

  @Test
  void redlineOfIdenticalEditionsKeepsStdoutEmpty() throws IOException {
    Path out = tmp.resolve("same.pdf");
    Cli.Result r =
        Cli.run("diff", Periods.SEED.toString(), Periods.SEED.toString(), "--pdf", out.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("", r.out());
    assertTrue(Pdfs.text(Files.readAllBytes(out)).contains("相違なし"));
  }

  /**
   * 下半期 dates are the widest (R7.12.28): each stays on one line in the redline, a changed date too,
   * which is shown whole, the old one struck through above the new one.
   */
  @Test
  void everyDateOfASecondHalfStaysOnOneLine() throws IOException {
    Path before = Periods.empty(tmp, "h2-before", 2025, "下半期");
    Path after = Periods.empty(tmp, "h2-after", 2025, "下半期");
    String[][] cases = {
      {"2025-10-14", "2025-10-14", "書類を誤送付したもの。"},
      {"2025-11-30", "2025-11-30", "メールを誤送信したもの。"},
      {"2025-12-28", "2025-12-29", "名簿を紛失したもの。"},
      {"2026-01-31", "2026-01-31", "平面図を誤掲載したもの。"}
    };
    for (int i = 0; i < cases.length; i++) {
      String name = "cases/" + i + ".yaml";
      Periods.write(before.resolve(name), Periods.publishedCase(cases[i][0], cases[i][2]));
      Periods.write(
          after.resolve(name),
          Periods.publishedCase(cases[i][1], cases[i][2] + (i == 1 ? "（追記）" : "")));
    }
    Path out = tmp.resolve("h2-redline.pdf");
    Cli.Result r = Cli.run("diff", before.toString(), after.toString(), "--pdf", out.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.out().contains("発生日: [-R7.12.28-][+R7.12.29+]"), r.out());
    List<String> lines = sortedText(Files.readAllBytes(out)).lines().map(Pdfs::squeeze).toList();
    for (String date : List.of("R7.10.14", "R7.11.30", "R7.12.28", "R7.12.29", "R8.1.31")) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(date)), date + " on one line: " + lines);
    }
    int struck = indexOf(lines, "R7.12.28");
    int inserted = indexOf(lines, "R7.12.29");
    assertTrue(struck < inserted, "the old date above the new one: " + lines);
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
