package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.testing.Cli;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kohyo build --draft}: the 「案」 stamp and the input fingerprint; official builds carry
 * neither.
 */
class DraftBuildTest {

  @TempDir static Path tmp;

  private static Cli.Result draftRun;
  private static String fingerprint;
  private static byte[] draft;
  private static byte[] official;

  @BeforeAll
  static void build() throws IOException {
    draftRun =
        Cli.run("build", "--draft", "-o", tmp.resolve("draft").toString(), Periods.SEED.toString());
    Matcher m = Pattern.compile("入力指紋 ([0-9a-f]+)").matcher(draftRun.out());
    fingerprint = m.find() ? m.group(1) : "";
    draft = Files.readAllBytes(tmp.resolve("draft/2025-h1.pdf"));
    Cli.Result o =
        Cli.run("build", "-o", tmp.resolve("official").toString(), Periods.SEED.toString());
    assertEquals(0, o.exitCode(), o.all());
    official = Files.readAllBytes(tmp.resolve("official/2025-h1.pdf"));
  }

  @Test
  void draftCommandPrintsTwelveHexDigitFingerprint() {
    assertEquals(0, draftRun.exitCode(), draftRun.all());
    assertTrue(fingerprint.matches("[0-9a-f]{12}"), draftRun.out());
  }

  @Test
  void draftFingerprintIsOnEveryPage() {
    List<String> pages = Pdfs.pageTexts(draft);
    assertTrue(pages.size() >= 2);
    for (int i = 0; i < pages.size(); i++) {
      assertTrue(pages.get(i).contains("入力指紋 " + fingerprint), "fingerprint on page " + (i + 1));
    }
  }

  @Test
  void draftWatermarkIsOnEveryPage() {
    // 案 is also in the table header (事案の概要); the watermark is the one set far larger than any text
    List<Integer> pagesWithStamp = largeAn(draft);
    assertEquals(
        Pdfs.pageTexts(draft).size(),
        pagesWithStamp.size(),
        "pages with a large 案: " + pagesWithStamp);
  }

  @Test
  void officialBuildCarriesNoStamp() {
    assertFalse(Pdfs.text(official).contains("入力指紋"));
    assertFalse(Pdfs.text(official).contains(fingerprint));
    assertEquals(List.of(), largeAn(official));
  }

  @Test
  void draftAndOfficialTablesAreTheSame() {
    Path a = tmp.resolve("official/2025-h1.pdf");
    Path b = tmp.resolve("draft/2025-h1.pdf");
    assertEquals(0, Cli.run("diff", a.toString(), b.toString()).exitCode());
  }

  /** Pages (1-based) that draw 「案」 at more than 100 pt. */
  private static List<Integer> largeAn(byte[] pdf) {
    List<Integer> pages = new ArrayList<>();
    try (PDDocument doc = Pdfs.open(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        boolean[] found = {false};
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition t) {
                if (t.getUnicode().equals("案") && t.getFontSizeInPt() > 100) {
                  found[0] = true;
                }
              }
            };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        if (found[0]) {
          pages.add(p);
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return pages;
  }
}
