package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kohyo diff} on two PDFs kohyo built: the table read back with PDFBox. */
class PdfDiffTest {
  private static final Wording WORDING = Wording.load(Periods.home());
  private static final PdfSnapshotReader READER = new PdfSnapshotReader(WORDING);

  @TempDir static Path tmp;

  private static byte[] seedPdf;
  private static Path seed;
  private static Path seedAgain;
  private static Path next;
  private static Path draft;

  @BeforeAll
  static void build() {
    Publisher publisher = new Publisher(Periods.home());
    seedPdf = publisher.pdf(Periods.edition(Periods.SEED), RenderOptions.official());
    seed = tmp.resolve("seed.pdf");
    Periods.writeBytes(seed, seedPdf);
    seedAgain = tmp.resolve("seed-again.pdf");
    Periods.writeBytes(seedAgain, seedPdf);
    next = tmp.resolve("next.pdf");
    Periods.writeBytes(
        next, publisher.pdf(Periods.edition(Drafts.nextDraft(tmp)), RenderOptions.official()));
    draft = tmp.resolve("draft.pdf");
    Periods.writeBytes(
        draft, publisher.pdf(Periods.edition(Periods.SEED), RenderOptions.draft("0123456789ab")));
  }

  @Test
  void tableReadBackFromPdfEqualsTheFolderRows() throws UnreadablePdf {
    Snapshot fromPdf = READER.read(seedPdf);
    Snapshot fromFolder = Snapshots.of(Periods.edition(Periods.SEED), WORDING);
    assertEquals(fromFolder.rows().size(), fromPdf.rows().size());
    for (int i = 0; i < fromFolder.rows().size(); i++) {
      assertEquals(
          fromFolder.rows().get(i).fields(), fromPdf.rows().get(i).fields(), "row " + (i + 1));
    }
    assertEquals(11, fromPdf.total());
    assertEquals(1, fromPdf.withheldCount());
    assertEquals("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】", fromPdf.heading().get("表題"));
  }

  @Test
  void identicalPdfsExitZeroWithNoOutputLines() {
    Cli.Result r = Cli.run("diff", seed.toString(), seedAgain.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("", r.out());
  }

  @Test
  void draftStampIsNotReadAsTableText() {
    Cli.Result r = Cli.run("diff", seed.toString(), draft.toString());
    assertEquals(0, r.exitCode(), r.all());
  }

  @Test
  void pdfDiffReportsAddedRemovedRenumberedAndChangedCases() {
    Cli.Result r = Cli.run("diff", seed.toString(), next.toString());
    assertEquals(1, r.exitCode(), r.all());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("NO 1（R7.4.25）変更"), r.out());
    assertTrue(r.out().contains("所属内で[-紛失し-][+所在不明となっ+]たもの。"), r.out());
    assertTrue(lines.contains("NO 3（R7.6.9）削除"), r.out());
    assertTrue(lines.contains("NO 10（R7.9.10）追加"), r.out());
    assertTrue(lines.contains("NO 5 → NO 4（R7.7.9）番号変更"), r.out());
    assertEquals("計: 追加 1件、削除 1件、変更 1件、番号変更 7件", lines.get(lines.size() - 1));
  }

  @Test
  void pdfsAndFoldersGiveTheSameReport() {
    Cli.Result pdfs = Cli.run("diff", seed.toString(), next.toString());
    Cli.Result folders = Cli.run("diff", Periods.SEED.toString(), tmp.resolve("next").toString());
    assertEquals(folders.out(), pdfs.out());
  }

  @Test
  void caseAddedToAnEmptyPeriodIsReadFromPdfs() throws UnreadablePdf {
    Publisher publisher = new Publisher(Periods.home());
    Path emptyFolder = Periods.empty(tmp, "empty", 2025, "下半期");
    byte[] empty = publisher.pdf(Periods.edition(emptyFolder), RenderOptions.official());
    assertEquals(List.of(), READER.read(empty).rows(), "「掲載する事案はありません。」is no row");
    Path oneFolder = Periods.empty(tmp, "one", 2025, "下半期");
    Periods.write(
        oneFolder.resolve("cases/a.yaml"), Periods.publishedCase("2025-10-01", "一件目の事案。"));
    Path emptyPdf = tmp.resolve("empty.pdf");
    Path onePdf = tmp.resolve("one.pdf");
    Periods.writeBytes(emptyPdf, empty);
    Periods.writeBytes(onePdf, publisher.pdf(Periods.edition(oneFolder), RenderOptions.official()));
    Cli.Result r = Cli.run("diff", emptyPdf.toString(), onePdf.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.out().contains("事案件数: 0件（うち、非公表基準該当0件） → 1件（うち、非公表基準該当0件）"), r.out());
    assertTrue(r.out().contains("NO 1（R7.10.1）追加\n  所属: [+本庁+]\n"), r.out());
  }

  @Test
  void somethingElseCalledPdfIsTrouble() {
    Path junk = tmp.resolve("junk.pdf");
    Periods.write(junk, "%PDF-1.4\nnot really\n");
    Cli.Result r = Cli.run("diff", seed.toString(), junk.toString());
    assertEquals(2, r.exitCode(), r.all());
    assertTrue(r.err().contains("junk.pdf: "), r.err());
    assertThrows(UnreadablePdf.class, () -> READER.read(new byte[] {1, 2, 3}));
  }
}
