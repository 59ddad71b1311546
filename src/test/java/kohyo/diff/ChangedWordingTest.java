package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Cli;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vocabulary: a column label and the count line changed in templates/wording.yaml change the
 * PDF and its reader together, and a PDF worded otherwise is refused rather than misread.
 */
class ChangedWordingTest {

  @TempDir static Path tmp;

  private static Home changed;
  private static Edition seed;
  private static byte[] pdf;

  @BeforeAll
  static void buildTheSeedWithChangedWording() throws IOException {
    Home real = Periods.home();
    Path root = tmp.resolve("home");
    Files.createDirectories(root.resolve("templates"));
    try (Stream<Path> templates = Files.list(real.templates())) {
      for (Path t : templates.toList()) {
        Files.copy(t, root.resolve("templates").resolve(t.getFileName()));
      }
    }
    Files.createSymbolicLink(root.resolve("fonts"), real.fonts());
    Path file = root.resolve("templates").resolve(Wording.FILE);
    String wording = Files.readString(file);
    for (String[] edit :
        new String[][] {
          {"  所属: \"所属\"", "  所属: \"担当／部署\""},
          {"  事案件数: \"1 事案件数\"", "  事案件数: \"1 漏えい事案の件数\""},
          {"件数: \"{総数}件（うち、非公表基準該当{非公表}件）\"", "件数: \"計{総数}件（非公表としたもの{非公表}件を含む）\""}
        }) {
      assertTrue(wording.contains(edit[0]), edit[0]);
      wording = wording.replace(edit[0], edit[1]);
    }
    Files.writeString(file, wording);
    changed = new Home(root);
    seed = Periods.edition(Periods.SEED);
    pdf = new Publisher(changed).pdf(seed, RenderOptions.official());
  }

  @Test
  void theFieldsAreTheWordingsColumnsInTableOrder() {
    assertEquals(Wording.COLUMN_KEYS, Stream.of(Field.values()).map(Field::key).toList());
  }

  @Test
  void theChangedWordsAreInThePdf() {
    String text = Pdfs.squeeze(Pdfs.text(pdf));
    assertTrue(text.contains("1漏えい事案の件数計11件（非公表としたもの1件を含む）"), text);
    assertTrue(text.contains("NO担当部署発生日事案の概要"), text);
    assertFalse(text.contains("非公表基準該当"), text);
  }

  @Test
  void theReaderWithTheSameWordingReadsEveryRow() throws UnreadablePdf {
    Wording wording = Wording.load(changed);
    Snapshot read = new PdfSnapshotReader(wording).read(pdf);
    Snapshot source = Snapshots.of(seed, wording);
    assertEquals(11, read.total());
    assertEquals(1, read.withheldCount());
    assertEquals(source.heading(), read.heading());
    assertEquals(source.rows().size(), read.rows().size());
    for (int i = 0; i < source.rows().size(); i++) {
      assertEquals(source.rows().get(i).fields(), read.rows().get(i).fields(), "row " + (i + 1));
    }
    assertEquals("担当部署", Field.OFFICE.label(wording));
  }

  @Test
  void theDefaultWordingRefusesThePdfInsteadOfMisreadingIt() {
    UnreadablePdf e =
        assertThrows(
            UnreadablePdf.class,
            () -> new PdfSnapshotReader(Wording.load(Periods.home())).read(pdf));
    assertTrue(e.getMessage().contains("「1 事案件数 …件（うち、非公表基準該当…件）」の行も"), e.getMessage());
    assertTrue(e.getMessage().contains("列の見出し（NO・所属・発生日・"), e.getMessage());
    assertTrue(e.getMessage().contains("templates/wording.yaml の文言が違います。"), e.getMessage());

    Path file = tmp.resolve("changed.pdf");
    Periods.writeBytes(file, pdf);
    Cli.Result r = Cli.run("diff", file.toString(), file.toString());
    assertEquals(2, r.exitCode(), r.all());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(file + ": kohyo が作った事案概要の PDF として読み取れません"), r.err());
  }
}
