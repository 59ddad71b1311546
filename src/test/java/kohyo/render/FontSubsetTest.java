package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts embedded in a PDF: subsets of the bundled fonts holding the document's characters
 * (README: 出力される PDF), the whole fonts when a subset could not hold them.
 */
class FontSubsetTest {

  @TempDir Path dir;

  /** An embedded font: its PDF name and the glyph count of its program. */
  record Embedded(String name, String encoding, int glyphs) {}

  @Test
  void theShippedEditionEmbedsSmallSubsets() throws IOException {
    byte[] pdf =
        new Publisher(Periods.home()).pdf(Periods.edition(Periods.SEED), RenderOptions.official());
    assertTrue(pdf.length <= 100 * 1024, "the shipped edition is " + pdf.length + " bytes");
    List<Embedded> fonts = embedded(pdf);
    assertEquals(2, fonts.size(), fonts.toString());
    for (Embedded f : fonts) {
      assertTrue(f.name().matches("[A-Z]{6}\\+BIZUDGothic-(Regular|Bold)"), f.name());
      assertEquals("Identity-H", f.encoding());
      assertTrue(f.glyphs() < 1_000, f + ": a subset renumbers its glyphs");
    }
  }

  /** A subset cannot map a character outside the BMP: such a document gets the whole font. */
  @Test
  void textOutsideTheBasicMultilingualPlaneGetsTheWholeFont() throws IOException {
    Path period = Periods.copySeed(dir, "2025-h1");
    Path first = firstCase(period);
    Files.writeString(first, Files.readString(first).replaceFirst("所属: ", "備考: 𠀋の件\n所属: "));
    Edition edition = Periods.edition(period);
    byte[] pdf = new Publisher(Periods.home()).pdf(edition, RenderOptions.official());
    assertTrue(Pdfs.text(pdf).contains("𠀋の件"), "the character comes back out");
    for (Embedded f : embedded(pdf)) {
      assertTrue(f.glyphs() > 13_000, f + ": the whole font's glyph numbers");
    }
  }

  /**
   * A character the stylesheet adds (not in the XHTML the subset is made from) is not lost: the
   * render is done again with the whole fonts.
   */
  @Test
  void aCharacterOnlyTheStylesheetHasIsStillDrawn() throws IOException {
    Home home =
        home(
            css ->
                css.replace(
                    "content: \"- \" counter(page) \" -\";",
                    "content: \"★ \" counter(page) \" ★\";"));
    Edition edition = Periods.edition(Periods.SEED);
    byte[] pdf = new Publisher(home).pdf(edition, RenderOptions.official());
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("★ 1 ★") && text.contains("★ 3 ★"), "page numbers: " + text);
    assertFalse(Pdfs.text(pdf).contains("\uFFFD"));
  }

  private static Path firstCase(Path period) throws IOException {
    try (Stream<Path> files = Files.list(period.resolve("cases"))) {
      return files
          .filter(f -> !f.getFileName().toString().contains("withheld"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  /** A copy of the installation whose stylesheet is changed (the fonts are the real ones). */
  private Home home(java.util.function.UnaryOperator<String> css) throws IOException {
    Home real = Periods.home();
    Path root = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(root.resolve("templates"));
    Files.createSymbolicLink(root.resolve("fonts"), real.fonts().toAbsolutePath());
    try (Stream<Path> templates = Files.list(real.templates())) {
      for (Path t : templates.toList()) {
        Files.copy(t, root.resolve("templates").resolve(t.getFileName()));
      }
    }
    Path stylesheet = root.resolve("templates/edition.css");
    Files.writeString(stylesheet, css.apply(Files.readString(stylesheet)));
    return new Home(root);
  }

  static List<Embedded> embedded(byte[] pdf) throws IOException {
    List<Embedded> out = new ArrayList<>();
    try (PDDocument doc = Pdfs.open(pdf)) {
      List<String> seen = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (seen.contains(font.getName())) {
            continue;
          }
          seen.add(font.getName());
          PDType0Font type0 = (PDType0Font) font;
          PDCIDFontType2 cid = (PDCIDFontType2) type0.getDescendantFont();
          byte[] program = cid.getFontDescriptor().getFontFile2().toByteArray();
          TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(program));
          out.add(
              new Embedded(
                  font.getName(),
                  type0.getCOSObject().getNameAsString(org.apache.pdfbox.cos.COSName.ENCODING),
                  ttf.getNumberOfGlyphs()));
        }
      }
    }
    return out;
  }
}
