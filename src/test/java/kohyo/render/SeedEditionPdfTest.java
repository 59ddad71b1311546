package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped edition, rendered and read back with PDFBox, against the published text
 * (shared/seed).
 */
class SeedEditionPdfTest {

  private static byte[] pdf;
  private static String text;
  private static String squeezed;
  private static Edition edition;

  @BeforeAll
  static void render() {
    edition = Periods.edition(Periods.SEED);
    pdf = new Publisher(Periods.home()).pdf(edition, RenderOptions.official());
    text = Pdfs.text(pdf);
    squeezed = Pdfs.squeeze(text);
  }

  @Test
  void titleAndCountLineReadAsPublished() {
    assertTrue(text.contains("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】"), text);
    assertTrue(squeezed.contains("1事案件数11件（うち、非公表基準該当1件）"), text);
    assertTrue(squeezed.contains("2事案の概要及び再発防止策"));
  }

  @Test
  void rowsAreNumberedOneToTenWithTheirWarekiDates() {
    String[] dates = {
      "R7.4.25", "R7.5.16", "R7.6.9", "R7.6.13", "R7.7.9", "R7.7.9", "R7.7.29", "R7.8.8", "R7.8.12",
      "R7.8.29"
    };
    assertEquals(10, edition.published().size());
    int from = 0;
    for (int i = 0; i < dates.length; i++) {
      // NO, 所属 and 発生日 are adjacent cells: they come out together, in row order
      PublishedCase c = edition.published().get(i);
      String cell = (i + 1) + c.office() + dates[i];
      int at = squeezed.indexOf(cell, from);
      assertTrue(at >= 0, "row " + (i + 1) + " (" + cell + ") not found in order");
      from = at + cell.length();
    }
  }

  @Test
  void everyPublishedCellIsInThePdf() {
    List<String> missing = new ArrayList<>();
    for (PublishedCase c : edition.published()) {
      for (Text t : List.of(c.summary(), c.cause(), c.response(), c.prevention())) {
        for (String line : t.lines()) {
          if (!squeezed.contains(Pdfs.squeeze((t.bulleted() ? "・" : "") + line))) {
            missing.add("NO " + c.no() + ": " + line);
          }
        }
      }
      if (!c.remarks().isEmpty() && !squeezed.contains(Pdfs.squeeze(c.remarks()))) {
        missing.add("NO " + c.no() + " 備考: " + c.remarks());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void publishedCellsMatchTheSeedEditionText() throws IOException {
    // the seed is the text of the real published edition; each of its table cells must be in our
    // PDF
    Path seed = Path.of("..", "shared", "seed", "000_88ba63cf3e62c117.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(seed), "shared/seed not beside the repository");
    List<String> missing = new ArrayList<>();
    for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (cells.length < 8 || cells[0].equals("NO")) {
        continue;
      }
      for (String cell : cells) {
        String s = Pdfs.squeeze(cell.replaceFirst("^(\\d+) (本庁|出先機関)$", "$1$2"));
        if (!s.isEmpty() && !squeezed.contains(s)) {
          missing.add(cell);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void footnoteAndAllFourCriteriaAreVerbatim() {
    assertAll(
        () ->
            assertTrue(
                text.contains("※なお「1 事案件数」のうち、次の非公表基準に該当するものは、" + "「2 事案の概要及び再発防止策」に掲載しておりません。")
                    || squeezed.contains(
                        "※なお「1事案件数」のうち、次の非公表基準に該当するものは、「2事案の概要及び再発防止策」に掲載しておりません。")),
        () -> assertTrue(text.contains("＜非公表基準＞")),
        () -> assertTrue(squeezed.contains("(1)公表することで個人の生命、身体、財産の安全を侵害するおそれがあると認められる場合")),
        () -> assertTrue(squeezed.contains("(2)公表することで捜査及び裁判に支障を及ぼすおそれがあると認められる場合")),
        () -> assertTrue(squeezed.contains("(3)被害者が公表を望まない意思を明確に示した場合")),
        () -> assertTrue(squeezed.contains("(4)上記(1)から(3)に掲げる事案のほか、非公表とすることに相当の理由があると認められる場合")));
  }

  @Test
  void headerRowIsOnEveryPageAndPageNumbersAtTheBottom() {
    List<String> pages = Pdfs.pageTexts(pdf);
    assertTrue(pages.size() >= 2, "the seed takes more than one page");
    for (int i = 0; i < pages.size(); i++) {
      String p = Pdfs.squeeze(pages.get(i));
      assertTrue(p.contains("NO所属発生日事案の概要発生原因対応二次被害の有無再発防止策備考"), "header on page " + (i + 1));
      assertTrue(p.contains("-" + (i + 1) + "-"), "page number on page " + (i + 1));
    }
  }

  @Test
  void pagesAreA4LandscapeWithoutRotation() throws IOException {
    try (PDDocument doc = Pdfs.open(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDRectangle box = page.getMediaBox();
        assertEquals(842f, box.getWidth(), 1f);
        assertEquals(595f, box.getHeight(), 1f);
        assertEquals(0, page.getRotation());
      }
    }
  }

  @Test
  void fontsAreEmbeddedSubsetsWithIdentityH() throws IOException {
    Set<String> names = new HashSet<>();
    try (PDDocument doc = Pdfs.open(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName());
          assertTrue(font instanceof PDType0Font, font.getName() + " is a composite (Type0) font");
          assertEquals("Identity-H", font.getCOSObject().getNameAsString(COSName.ENCODING));
          assertTrue(font.isEmbedded(), font.getName() + " embedded");
          assertTrue(
              font.getName().matches("[A-Z]{6}\\+BIZUDGothic-(Regular|Bold)"), font.getName());
        }
      }
    }
    assertEquals(2, names.size(), "regular and bold: " + names);
  }

  @Test
  void withheldCaseNeverAppearsInPdf() {
    assertFalse(text.contains(Periods.WITHHELD_MARKER));
    String everything = new String(Pdfs.everyDecodedByte(pdf), StandardCharsets.ISO_8859_1);
    assertFalse(everything.contains(Periods.WITHHELD_MARKER), "marker in the PDF's bytes");
    assertFalse(
        new String(Pdfs.everyDecodedByte(pdf), StandardCharsets.UTF_8)
            .contains(Periods.WITHHELD_MARKER));
    assertFalse(text.contains("非公表事案の内容"));
  }

  @Test
  void metadataNamesTheEditionInJapaneseAndNothingOfTheMachine() throws IOException {
    try (PDDocument doc = Pdfs.open(pdf)) {
      var info = doc.getDocumentInformation();
      assertEquals("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】", info.getTitle());
      assertTrue(info.getSubject().contains("令和7年度上半期"));
      assertEquals("ja-JP", doc.getDocumentCatalog().getLanguage());
      assertEquals(2025, info.getCreationDate().get(java.util.Calendar.YEAR));
    }
    String raw = new String(Pdfs.everyDecodedByte(pdf), StandardCharsets.ISO_8859_1);
    // names of two or three letters occur by chance in compressed font bytes; longer ones would not
    String user = System.getProperty("user.name");
    String host = java.net.InetAddress.getLocalHost().getHostName();
    assertAll(
        () ->
            assertFalse(
                raw.contains(Path.of("").toAbsolutePath().toString()), "working directory path"),
        () -> assertFalse(raw.contains("file:/"), "file URI"),
        () -> assertFalse(user.length() > 3 && raw.contains(user), "user name"),
        () -> assertFalse(host.length() > 3 && raw.contains(host), "host name"));
  }

  @Test
  void twoBuildsAreByteIdentical() {
    byte[] again =
        new Publisher(Periods.home()).pdf(Periods.edition(Periods.SEED), RenderOptions.official());
    assertTrue(java.util.Arrays.equals(pdf, again), "same input, same bytes");
  }
}
