package kohyo.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import kohyo.readback.PageContent.Glyph;
import kohyo.readback.PageContent.Line;
import kohyo.readback.PageContent.Outline;
import kohyo.testing.Periods;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The reader on small PDFs made here, where what was drawn is known exactly. */
class PageContentTest {

  private static final float HEIGHT = PDRectangle.A4.getHeight();

  private interface Drawing {
    void draw(PDDocument doc, PDPageContentStream page) throws IOException;
  }

  private static PageContent readBack(Drawing drawing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        drawing.draw(doc, content);
      }
      doc.save(out);
    }
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      List<PageContent> pages = PageContent.readAll(doc);
      assertEquals(1, pages.size());
      return pages.get(0);
    }
  }

  private static void text(PDPageContentStream page, PDFont font, float x, String text)
      throws IOException {
    page.beginText();
    page.setFont(font, 12);
    page.newLineAtOffset(x, 700);
    page.showText(text);
    page.endText();
  }

  @Test
  void tellsWhereEachGlyphsShapeComesFrom() throws IOException {
    PageContent page =
        readBack(
            (doc, content) -> {
              text(
                  content, PDType0Font.load(doc, Periods.home().regularFont().toFile()), 100, "無 ");
              text(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 300, "A");
            });
    List<Glyph> glyphs = page.glyphs();
    assertEquals(List.of("無", " ", "A"), glyphs.stream().map(Glyph::text).toList());
    assertEquals(
        List.of(Outline.DRAWN, Outline.EMPTY, Outline.NOT_EMBEDDED),
        glyphs.stream().map(Glyph::outline).toList());
    assertEquals("Helvetica", glyphs.get(2).font());
    Glyph first = glyphs.get(0);
    assertEquals(100, first.x(), 0.01);
    assertEquals(HEIGHT - 700, first.baseline(), 0.01);
    assertEquals(12, first.size(), 0.01);
    assertEquals(12, first.width(), 0.01);
  }

  /**
   * Flying Saucer draws a table row split over pages whole on each page and clips it to the content
   * area: the reader sees the borders only as far as the page shows them, so that the page number
   * below the table does not fall into the row.
   */
  @Test
  void bordersAreClippedAsThePageShowsThem() throws IOException {
    PageContent page =
        readBack(
            (doc, content) -> {
              content.addRect(50, 100, 500, 600);
              content.clip();
              content.addRect(200, -300, 0.5f, 1500); // a cell's left border, drawn whole
              content.fill();
              content.addRect(50, 40, 400, 0.5f); // its bottom border, below what the page shows
              content.fill();
              content.addRect(60, 500, 300, 50); // a shaded box: not a border
              content.fill();
            });
    assertEquals(
        List.of(
            new Line(true, 200.25f, HEIGHT - 700, HEIGHT - 100),
            new Line(false, HEIGHT - 100, 50, 450)),
        page.lines());
  }
}
