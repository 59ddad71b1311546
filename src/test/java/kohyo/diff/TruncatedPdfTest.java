package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Cli;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kohyo PDF with pages cut out still says on page 1 how many cases it has: diff refuses it (exit
 * 2) instead of reporting the missing rows as deleted cases.
 */
class TruncatedPdfTest {

  @TempDir static Path tmp;

  private static byte[] seedPdf;
  private static Path seed;

  @BeforeAll
  static void build() {
    seedPdf =
        new Publisher(Periods.home()).pdf(Periods.edition(Periods.SEED), RenderOptions.official());
    seed = tmp.resolve("seed.pdf");
    Periods.writeBytes(seed, seedPdf);
  }

  @Test
  void theSeedHasSeveralPagesAndIsReadWhole() throws UnreadablePdf, IOException {
    try (PDDocument doc = Pdfs.open(seedPdf)) {
      assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
    }
    assertEquals(
        10, new PdfSnapshotReader(Wording.load(Periods.home())).read(seedPdf).rows().size());
    assertEquals(0, Cli.run("diff", seed.toString(), seed.toString()).exitCode());
  }

  @Test
  void aPdfWithAMiddlePageCutOutIsRefused() throws IOException {
    assertRefused(withoutPage(1), "middle");
  }

  @Test
  void aPdfWithItsLastPageCutOutIsRefused() throws IOException {
    int last;
    try (PDDocument doc = Pdfs.open(seedPdf)) {
      last = doc.getNumberOfPages() - 1;
    }
    assertRefused(withoutPage(last), "last");
  }

  @Test
  void rowsNumberedOutOfOrderAreRefusedEvenWhenTheirCountAgrees() throws UnreadablePdf {
    CountLine.check(java.util.List.of(row("1"), row("2")), 3, 1);
    UnreadablePdf e =
        org.junit.jupiter.api.Assertions.assertThrows(
            UnreadablePdf.class,
            () -> CountLine.check(java.util.List.of(row("2"), row("1")), 3, 1));
    assertTrue(e.getMessage().contains("1 行目の NO"), e.getMessage());
  }

  private static Row row(String no) {
    return new Row("", java.util.Map.of(Field.NO, no));
  }

  private static void assertRefused(byte[] truncated, String name) {
    Path cut = tmp.resolve("cut-" + name + ".pdf");
    Periods.writeBytes(cut, truncated);
    for (Cli.Result r :
        new Cli.Result[] {
          Cli.run("diff", seed.toString(), cut.toString()),
          Cli.run("diff", cut.toString(), seed.toString())
        }) {
      assertEquals(2, r.exitCode(), r.all());
      assertTrue(r.err().contains(cut + ": 表の行数"), r.err());
      assertTrue(r.err().contains("事案件数の行（11件"), r.err());
      assertFalse(r.out().contains("削除"), "no rows reported as deleted: " + r.out());
    }
  }

  private static byte[] withoutPage(int index) throws IOException {
    try (PDDocument doc = Pdfs.open(seedPdf)) {
      doc.removePage(index);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
