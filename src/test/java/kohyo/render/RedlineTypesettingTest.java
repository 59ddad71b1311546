package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import kohyo.diff.Differ;
import kohyo.diff.EditionDiff;
import kohyo.diff.Redline;
import kohyo.diff.Snapshot;
import kohyo.diff.Snapshots;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JLREQ line breaking where a redline's marked runs meet ordinary text: an inserted or deleted run
 * is an inline element of its own, and the line must not break before 「、」 just because the text
 * changes element there. Each change is repeated with the text before it growing by one character,
 * so that the place where marked and ordinary text meet falls at every position of the line, the
 * end of the line among them.
 */
class RedlineTypesettingTest {

  private static final Wording WORDING = Wording.load(Periods.home());

  /** More than one line of the 対応 column at 8.5pt, so every position of a line is tried. */
  private static final int SHIFTS = 18;

  private static final String LEAD = "送信先の事業者へ電話で連絡した上で書面でも丁寧に経緯を説明";

  @TempDir Path temp;

  @Test
  void noLineStartsWithACommaWhereAnInsertionMeetsIt() throws Exception {
    // 「…謝罪とお詫び、当該…」: the insertion ends right before 「、」
    byte[] pdf =
        redline(
            "redline-insertion-before-comma.pdf",
            k -> lead(k) + "謝罪、当該メールの削除を依頼した。",
            k -> lead(k) + "謝罪とお詫び、当該メールの削除を依頼した。");
    assertEquals(List.of(), TypesetChecks.lineStartViolations(pdf, "対応"));
  }

  @Test
  void noLineStartsWithACommaAfterAReplacedWord() throws Exception {
    // 「…へ謝罪お詫びし、当該…」 (the clerk's redline): a deleted and an inserted run, then 「し、」
    byte[] pdf =
        redline(
            "redline-replaced-word.pdf",
            k -> lead(k) + "謝罪し、当該メールの削除を依頼した。",
            k -> lead(k) + "お詫びし、当該メールの削除を依頼した。");
    assertEquals(List.of(), TypesetChecks.lineStartViolations(pdf, "対応"));
  }

  private static String lead(int k) {
    return LEAD.substring(0, k);
  }

  /**
   * The redline of two periods whose cases differ in 対応 as given, one case per shift, kept as
   * {@code target/typeset/<keep>} to look at.
   */
  private byte[] redline(String keep, IntFunction<String> before, IntFunction<String> after)
      throws Exception {
    Path old = period("old", before);
    Path now = period("new", after);
    Snapshot a = Snapshots.of(Periods.edition(old), WORDING);
    Snapshot b = Snapshots.of(Periods.edition(now), WORDING);
    EditionDiff diff = Differ.compare(a, b);
    assertEquals(SHIFTS, diff.changes().size(), "every case changed");
    byte[] pdf = new Redline(Periods.home(), WORDING).pdf(diff, a, b, "old", "new");
    // kept to look at: target/typeset/
    Files.createDirectories(Path.of("target", "typeset"));
    Files.write(Path.of("target", "typeset", keep), pdf);
    assertTrue(Pdfs.text(pdf).contains("お詫び"));
    return pdf;
  }

  private Path period(String name, IntFunction<String> response) {
    Path folder = Periods.empty(temp, name, 2025, "上半期");
    for (int k = 0; k < SHIFTS; k++) {
      String date = String.format("2025-05-%02d", k + 1);
      String text =
          Periods.publishedCase(date, "事案" + (k + 1) + "の概要です。")
              .replace("対応: 謝罪した。", "対応: " + response.apply(k));
      Periods.write(folder.resolve("cases").resolve(String.format("%02d.yaml", k + 1)), text);
    }
    return folder;
  }
}
