package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kohyo.model.Edition;
import kohyo.render.TypesetChecks.Report;
import kohyo.render.TypesetChecks.Rule;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typesetting rules (JLREQ line breaking, no overflow, no missing glyphs, rows and pages) on
 * the shipped edition and on a generated period of {@value GeneratedPeriod#CASES} cases, read back
 * from the rendered PDF.
 */
class TypesettingTest {

  @TempDir static Path temp;

  private static Edition generated;
  private static Report seedReport;
  private static Report generatedReport;

  @BeforeAll
  static void renderBoth() {
    Publisher publisher = new Publisher(Periods.home());
    Edition seed = Periods.edition(Periods.SEED);
    seedReport = TypesetChecks.check(publisher.pdf(seed, RenderOptions.official()), seed);
    generated =
        Periods.edition(
            GeneratedPeriod.write(temp, "2025-h1", GeneratedPeriod.SEED, GeneratedPeriod.CASES));
    byte[] pdf = publisher.pdf(generated, RenderOptions.official());
    generatedReport = TypesetChecks.check(pdf, generated);
    keep("generated-period.pdf", pdf);
    keep(
        "report.txt",
        (seedReport.all("seed edition") + generatedReport.all("generated period"))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    System.out.println("typesetting, seed edition:     " + seedReport.summary());
    System.out.println("typesetting, generated period: " + generatedReport.summary());
  }

  /**
   * The generated edition and every violation stay in target/typeset/ for a look when a rule fails.
   */
  private static void keep(String name, byte[] bytes) {
    try {
      Files.createDirectories(Path.of("target", "typeset"));
      Files.write(Path.of("target", "typeset", name), bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertNone(Rule... rules) {
    assertAll(
        Arrays.stream(rules)
            .flatMap(
                rule ->
                    List.of(seedReport, generatedReport).stream()
                        .map(
                            report ->
                                () ->
                                    assertEquals(
                                        0,
                                        report.count(rule),
                                        (report == seedReport
                                                ? "seed edition, "
                                                : "generated period, ")
                                            + report.examples(rule)))));
  }

  @Test
  void noWrappedLineStartsWithAClosingBracketPunctuationSmallKanaOrProlongedSoundMark() {
    assertNone(Rule.LINE_START);
  }

  @Test
  void noWrappedLineEndsWithAnOpeningBracket() {
    assertNone(Rule.LINE_END);
  }

  @Test
  void dashesAndEllipsesAreNotSplitAcrossLines() {
    assertNone(Rule.INSEPARABLE);
  }

  @Test
  void noGlyphLeavesItsCellOrOverprintsAnother() {
    assertNone(Rule.OVERFLOW);
  }

  @Test
  void nothingButThePageNumberIsDrawnInThePageMargins() {
    assertNone(Rule.MARGIN);
  }

  @Test
  void everyGlyphComesFromAnEmbeddedFontAndNoneIsNotdef() {
    assertNone(Rule.MISSING_GLYPH);
  }

  @Test
  void everyCellReadsBackWholeAndInOrder() {
    assertNone(Rule.TEXT);
    assertTrue(
        generatedReport.cellLines() > 5000,
        "the generated period gives many cell lines: " + generatedReport.summary());
  }

  @Test
  void theHeaderRowAsPublishedIsOnEveryPage() {
    assertNone(Rule.HEADER);
  }

  @Test
  void rowsStayWholeUnlessTallerThanAPageAndThenSplitCleanly() {
    assertNone(Rule.ROW_SPLIT);
    assertTrue(
        generatedReport.rows() == GeneratedPeriod.CASES,
        "all rows found: " + generatedReport.summary());
    assertTrue(
        generatedReport.splitRows() >= 2,
        "the rows taller than a page were split: " + generatedReport.summary());
  }

  @Test
  void theNoteAndTheFourCriteriaStayTogetherAndAreNotOrphaned() {
    assertNone(Rule.FOOTNOTE);
  }

  /**
   * With 8–18 repeated sentences the seed's rows fill page 3 so that the note alone would open page
   * 4.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {8, 13, 18})
  void theNoteDoesNotOpenAPageAloneWhenTheLastRowFitsWithIt(int sentences, @TempDir Path dir) {
    Path folder = Periods.copySeed(dir, "2025-h1");
    Periods.write(
        folder.resolve("cases/98-late.yaml"),
        Periods.publishedCase("2025-09-30", "書類を誤送付したもの。".repeat(sentences)));
    Edition edition = Periods.edition(folder);
    Report report =
        TypesetChecks.check(
            new Publisher(Periods.home()).pdf(edition, RenderOptions.official()), edition);
    assertEquals(0, report.count(Rule.FOOTNOTE), report.examples(Rule.FOOTNOTE));
    assertEquals(0, report.count(Rule.ROW_SPLIT), report.examples(Rule.ROW_SPLIT));
  }

  @Test
  void theGeneratedPeriodHasTheHardCasesAndIsTheSameForTheSameSeed(@TempDir Path other)
      throws Exception {
    assertTrue(generated.published().size() >= 120);
    Path again =
        GeneratedPeriod.write(other, "2025-h1", GeneratedPeriod.SEED, GeneratedPeriod.CASES);
    Path first = temp.resolve("2025-h1");
    for (int i = 1; i <= GeneratedPeriod.CASES; i++) {
      String name = String.format("cases/%03d.yaml", i);
      assertEquals(
          Files.readString(first.resolve(name)), Files.readString(again.resolve(name)), name);
    }
    String all =
        generated.published().stream()
            .map(
                c ->
                    c.summary().joined()
                        + c.cause().joined()
                        + c.response().joined()
                        + c.prevention().joined()
                        + c.remarks())
            .reduce("", String::concat);
    for (String hard :
        List.of(
            "・",
            "ー",
            "ッ",
            "ょ",
            "々",
            "）。",
            "」、",
            "ＵＳＢ",
            "https://",
            ".xlsx",
            "1234567890",
            "！",
            "〜")) {
      assertTrue(all.contains(hard), "generated text contains " + hard);
    }
    assertTrue(
        generated.published().stream().anyMatch(c -> c.prevention().bulleted()), "・ item lists");
  }
}
