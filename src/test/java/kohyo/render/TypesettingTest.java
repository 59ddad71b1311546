package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kohyo.model.Edition;
import kohyo.render.TypesetChecks.Report;
import kohyo.render.TypesetChecks.Rule;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typesetting rules (JLREQ line breaking, no overflow, no missing glyphs, rows and pages, cells
 * kept on one line) on the shipped edition, on a generated period of {@value GeneratedPeriod#CASES}
 * cases, and on generated periods whose dates are the hard ones for the narrow columns (every month
 * of both halves, the change of era H31.4.30 → R1.5.1, the two-digit era year R10.12.31), read back
 * from the rendered PDF.
 */
class TypesettingTest {

  @TempDir static Path temp;

  /**
   * Generated periods besides the large one, each from its own seed: the change of era, a 下半期, a
   * 下半期 of a two-digit era year.
   */
  private record Calendar(String name, int fiscalYear, String half) {}

  private static final List<Calendar> CALENDARS =
      List.of(
          new Calendar("2019-h1", 2019, "上半期"),
          new Calendar("2025-h2", 2025, "下半期"),
          new Calendar("2028-h2", 2028, "下半期"));

  private static final int CALENDAR_CASES = 36;

  private static Edition generated;
  private static Report seedReport;
  private static Report generatedReport;

  /** Every report by the edition it checks, the seed and the large generated period first. */
  private static final Map<String, Report> reports = new LinkedHashMap<>();

  private static final Map<String, Edition> editions = new LinkedHashMap<>();

  @BeforeAll
  static void renderAll() {
    Publisher publisher = new Publisher(Periods.home());
    Edition seed = Periods.edition(Periods.SEED);
    seedReport = TypesetChecks.check(publisher.pdf(seed, RenderOptions.official()), seed);
    reports.put("seed edition", seedReport);
    editions.put("seed edition", seed);
    generated =
        Periods.edition(
            GeneratedPeriod.write(temp, "2025-h1", GeneratedPeriod.SEED, GeneratedPeriod.CASES));
    byte[] pdf = publisher.pdf(generated, RenderOptions.official());
    generatedReport = TypesetChecks.check(pdf, generated);
    keep("generated-period.pdf", pdf);
    reports.put("generated period", generatedReport);
    editions.put("generated period", generated);
    for (Calendar c : CALENDARS) {
      Edition e =
          Periods.edition(
              GeneratedPeriod.write(
                  temp,
                  c.name(),
                  GeneratedPeriod.SEED + c.fiscalYear(),
                  CALENDAR_CASES,
                  c.fiscalYear(),
                  c.half()));
      byte[] calendarPdf = publisher.pdf(e, RenderOptions.official());
      keep("generated-" + c.name() + ".pdf", calendarPdf);
      reports.put("generated " + c.name(), TypesetChecks.check(calendarPdf, e));
      editions.put("generated " + c.name(), e);
    }
    StringBuilder all = new StringBuilder();
    reports.forEach(
        (name, report) -> {
          all.append(report.all(name));
          System.out.println("typesetting, " + name + ": " + report.summary());
        });
    keep("report.txt", all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The generated editions and every violation stay in target/typeset/ for a look when a rule
   * fails.
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
                    reports.entrySet().stream()
                        .map(
                            report ->
                                () ->
                                    assertEquals(
                                        0,
                                        report.getValue().count(rule),
                                        report.getKey()
                                            + ", "
                                            + report.getValue().examples(rule)))));
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

  @Test
  void everyDateNumberAndShortNameIsSetOnOneLine() {
    assertNone(Rule.ONE_LINE);
  }

  /**
   * The one-line rule had the widest dates and remarks to look at, in every month of both halves.
   */
  @Test
  void theGeneratedPeriodsHaveDatesInEveryMonthAndTheWidestForms() {
    Map<String, Long> months = new TreeMap<>();
    List<String> dates = new ArrayList<>();
    List<String> remarks = new ArrayList<>();
    editions.values().stream()
        .flatMap(e -> e.published().stream())
        .forEach(
            c -> {
              months.merge(c.wareki().month() + "月", 1L, Long::sum);
              dates.add(
                  c.wareki().eraLetter()
                      + c.wareki().year()
                      + "."
                      + c.wareki().month()
                      + "."
                      + c.wareki().day());
              remarks.add(c.remarks());
            });
    assertEquals(12, months.size(), "every month: " + months);
    for (String date :
        List.of("H31.4.30", "R1.5.1", "R7.10.31", "R7.12.31", "R8.3.31", "R10.12.31")) {
      assertTrue(dates.contains(date), date + " in " + dates);
    }
    assertTrue(remarks.contains("R10.12.31個別公表事案"), "the widest remark");
    assertTrue(remarks.contains("R7.5.20個別公表事案"), "the seed's remark");
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
