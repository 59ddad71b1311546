package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kohyo.diff.Field;
import kohyo.diff.PdfSnapshotReader;
import kohyo.diff.Snapshot;
import kohyo.diff.Snapshots;
import kohyo.diff.UnreadablePdf;
import kohyo.model.Edition;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;

/**
 * The three example publishers under {@code examples/}: each period builds, its PDF carries the
 * publisher's title, note and criteria (read back with PDFBox), and {@code kohyo diff} still reads
 * the PDF back as the table it was built from.
 */
class PublisherExamplesTest {

  private static final Wording WORDING = Wording.load(Periods.home());
  private static final Path EXAMPLES = Path.of("examples");

  /** Same four criteria as shipped, the installation's title and note. */
  private static final Path PREFECTURE = EXAMPLES.resolve("wakaba-ken/2025-h1");

  /** Four criteria, (2) without 裁判; the city's own title and note. */
  private static final Path CITY = EXAMPLES.resolve("kitanodai-shi/2025-h2");

  /** Five criteria: 速やかに回収した場合など before その他. */
  private static final Path TOWN = EXAMPLES.resolve("minamihama-machi/2024-h2");

  @Test
  void theShippedShapeKeepsTheInstallationsWords() {
    Edition e = Periods.edition(PREFECTURE);
    assertEquals(WORDING.rules(), e.rules());
    assertEquals("若葉県の保有個人情報の漏えい事案概要【令和7年度上半期分】", WORDING.forEdition(e).title(e.period()));
    assertFootnote(e, WORDING.rules().note(), WORDING.criteria());
  }

  @Test
  void aCityPrintsItsOwnTitleNoteAndSecondCriterion() {
    Edition e = Periods.edition(CITY);
    List<String> criteria = e.rules().criteria();
    assertEquals(4, criteria.size());
    assertEquals("公表することで捜査に支障を及ぼすおそれがあると認められる場合", criteria.get(1));
    String text = assertFootnote(e, e.rules().note(), criteria);
    assertTrue(text.startsWith("北野台市における保有個人情報の漏えい等事案の概要（令和7年度下半期）"), text);
    assertFalse(text.contains("裁判"), text);
    assertFalse(text.contains(Pdfs.squeeze(WORDING.rules().note())), text);
  }

  @Test
  void aTownListsFiveCriteria() {
    Edition e = Periods.edition(TOWN);
    List<String> criteria = e.rules().criteria();
    assertEquals(5, criteria.size());
    assertEquals("第三者に閲覧されることなく速やかに回収した場合など二次的被害のおそれがない場合", criteria.get(3));
    assertEquals(2, e.withheldCount());
    assertFootnote(e, WORDING.rules().note(), criteria);
  }

  @Test
  void diffReadsEachExamplesPdfBackAsItsTable() throws UnreadablePdf {
    PdfSnapshotReader reader = new PdfSnapshotReader(WORDING);
    for (Path folder : List.of(PREFECTURE, CITY, TOWN)) {
      Edition e = Periods.edition(folder);
      Snapshot expected = Snapshots.of(e, WORDING);
      Snapshot read = reader.read(pdf(e));
      assertEquals(expected.heading(), read.heading(), folder.toString());
      assertEquals(expected.total(), read.total(), folder.toString());
      assertEquals(expected.withheldCount(), read.withheldCount(), folder.toString());
      assertEquals(expected.rows().size(), read.rows().size(), folder.toString());
      for (int i = 0; i < expected.rows().size(); i++) {
        for (Field f : Field.values()) {
          assertEquals(
              expected.rows().get(i).fields().get(f),
              read.rows().get(i).fields().get(f),
              folder + " row " + (i + 1) + " " + f);
        }
      }
    }
  }

  /**
   * Reads the PDF's text (PDFBox) and checks that the note, the criteria heading and each criterion
   * numbered (1), (2)… end the document's text in that order (the page number is drawn first);
   * returns the squeezed text.
   */
  private static String assertFootnote(Edition e, String note, List<String> criteria) {
    String text = Pdfs.squeeze(Pdfs.text(pdf(e))).replaceFirst("^-1-", "");
    List<String> numbered = new ArrayList<>();
    IntStream.range(0, criteria.size())
        .forEach(i -> numbered.add("(" + (i + 1) + ")" + criteria.get(i)));
    String footnote = Pdfs.squeeze(note + WORDING.criteriaHeading() + String.join("", numbered));
    assertTrue(text.endsWith(footnote), "footnote expected:\n" + footnote + "\nin:\n" + text);
    assertFalse(text.contains("(" + (criteria.size() + 1) + ")"), text);
    return text;
  }

  private static byte[] pdf(Edition e) {
    return new Publisher(Periods.home()).pdf(e, RenderOptions.official());
  }
}
