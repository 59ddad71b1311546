package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kohyo.base.Installation;
import kohyo.model.Edition;
import kohyo.readback.PageContent;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long table laid out a stretch of rows at a time ({@link RowChunks}) gives the PDF that one
 * layout of the whole document gives: the same pages, numbered on, with the title and count on the
 * first page only and a draft's stamp on every page.
 */
class RowChunksTest {

  @TempDir Path dir;

  private final Installation installation = Installation.of(Periods.home());
  private final TemplateRenderer templates = new TemplateRenderer(Periods.home());

  private byte[] pdf(Edition edition, RenderOptions options, int stretchRows) {
    String xhtml = templates.render(edition, options);
    return new PdfRenderer(installation, new JlreqLineBreakingStrategy(), stretchRows)
        .render(xhtml, edition.period().end(), Publisher.LANGUAGE, options.pdfA());
  }

  @Test
  void stretchesGiveThePagesOfOneLayout() throws IOException {
    Edition edition = Periods.edition(GeneratedPeriod.write(dir, "g", 11L, 90));
    String xhtml = templates.render(edition, RenderOptions.official());
    org.w3c.dom.Document doc =
        org.xhtmlrenderer.resource.XMLResource.load(
                new org.xml.sax.InputSource(new java.io.StringReader(xhtml)))
            .getDocument();
    // every published row but the last, which travels with the note
    assertEquals(edition.published().size() - 1, RowChunks.of(doc, 17).orElseThrow().size(), "cut");
    assertTrue(RowChunks.of(doc, 0).isEmpty() && RowChunks.of(doc, 200).isEmpty(), "whole");
    for (RenderOptions options :
        List.of(
            RenderOptions.official(),
            RenderOptions.archival(),
            RenderOptions.draft("0123456789ab"))) {
      List<PageContent> whole = pages(pdf(edition, options, 0));
      // many cuts, each at another place on its page
      byte[] stretches = pdf(edition, options, 17);
      assertArrayEquals(stretches, pdf(edition, options, 17), "the same bytes every time");
      List<PageContent> cut = pages(stretches);
      assertTrue(whole.size() > 60, "a long table: " + whole.size() + " pages");
      assertEquals(whole.size(), cut.size(), options.toString());
      for (int i = 0; i < whole.size(); i++) {
        List<PageContent.Glyph> a = whole.get(i).glyphs();
        List<PageContent.Glyph> b = cut.get(i).glyphs();
        assertEquals(text(whole.get(i)), text(cut.get(i)), "page " + (i + 1));
        assertEquals(a.size(), b.size(), "page " + (i + 1));
        for (int g = 0; g < a.size(); g++) {
          // a page that begins a stretch begins its table there, under the table's top border
          assertEquals(a.get(g).x(), b.get(g).x(), 0.01f, "page " + (i + 1));
          assertEquals(a.get(g).baseline(), b.get(g).baseline(), 0.3f, "page " + (i + 1));
        }
      }
    }
  }

  @Test
  void theTitleAndCountAreOnTheFirstPageOnlyAndPagesAreNumberedOn() throws IOException {
    Edition edition = Periods.edition(GeneratedPeriod.write(dir, "g", 12L, 60));
    List<PageContent> pages = pages(pdf(edition, RenderOptions.official(), 10));
    String title = templates.render(edition, RenderOptions.official());
    title = title.substring(title.indexOf("<h1"), title.indexOf("</h1>"));
    title = title.substring(title.indexOf('>') + 1);
    for (int i = 0; i < pages.size(); i++) {
      String text = text(pages.get(i));
      assertEquals(i == 0, text.contains(title), "title on page " + (i + 1));
      assertTrue(text.contains("-" + (i + 1) + "-"), "page number " + (i + 1) + " in " + text);
    }
  }

  @Test
  void aRowTallerThanAPageMovesTheCutBackOrLaysTheDocumentOutWhole() throws IOException {
    Path folder = GeneratedPeriod.write(dir, "g", 13L, 8);
    Path chosen;
    try (var files = Files.list(folder.resolve("cases"))) {
      chosen =
          files
              .sorted()
              .filter(f -> read(f).contains("事案の概要: |-\n  "))
              .skip(3)
              .findFirst()
              .orElseThrow();
    }
    // about 120 lines in its column: more than a page
    String tall = "書類の誤送付について、関係する所属で経緯と原因を確認した。".repeat(60);
    Files.writeString(
        chosen, read(chosen).replace("事案の概要: |-\n  ", "事案の概要: |-\n  " + tall + "\n  "));
    Edition edition = Periods.edition(folder);
    int k = 0;
    while (!edition.published().get(k).summary().joined().contains(tall)) {
      k++;
    }
    assertTrue(k >= 1 && k < edition.published().size() - 1, "the tall row inside the table: " + k);
    byte[] whole = pdf(edition, RenderOptions.official(), 0);
    // one row a stretch: the tall row's stretch has no page that begins with a whole row
    assertArrayEquals(whole, pdf(edition, RenderOptions.official(), 1));
    // the tall row last in the first stretch, which so ends inside it: cut at the page it begins
    List<PageContent> a = pages(whole);
    List<PageContent> b = pages(pdf(edition, RenderOptions.official(), k + 1));
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(text(a.get(i)), text(b.get(i)), "page " + (i + 1));
    }
  }

  private static List<PageContent> pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return PageContent.readAll(doc);
    }
  }

  private static String text(PageContent page) {
    StringBuilder s = new StringBuilder();
    page.glyphs().forEach(g -> s.append(g.text()));
    return s.toString().replace(" ", "");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
