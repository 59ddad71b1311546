package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kohyo.base.Problem;
import kohyo.casefile.CaseFields;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Imports office sheets made with LibreOffice by people who never saw this code and compares every
 * field and every cell-addressed error with their {@code .expected.json}: the first corpus ({@code
 * src/test/resources/excel/corpus/}) and a second one written later by another person against the
 * same specification ({@code corpus2/}), which showed where the first rules had been fitted to the
 * first sheets. Where kohyo deliberately reads a cell differently, the corpus' {@code
 * overrides.yaml} says so per fixture with the reason; the test then expects kohyo's reading.
 *
 * <p>Each sheet prints how many of its compared values match ({@code corpus fixture: N/M}), so the
 * importer's progress on a new corpus can be measured before it passes.
 */
class CorpusImportTest {

  static final Path CORPUS = Path.of("src/test/resources/excel/corpus");
  static final Path CORPUS2 = Path.of("src/test/resources/excel/corpus2");
  static final Path CORPUS3 = Path.of("src/test/resources/excel/corpus3");
  static final Wording WORDING = Wording.load(Periods.home());

  @TestFactory
  Stream<DynamicTest> everyFixtureImportsAsExpected() throws IOException {
    return corpus(CORPUS, 14);
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureOfTheSecondCorpusImportsAsExpected() throws IOException {
    return corpus(CORPUS2, 13);
  }

  /** A third writer, later still, who read only the specification (README of corpus2). */
  @TestFactory
  Stream<DynamicTest> everyFixtureOfTheThirdCorpusImportsAsExpected() throws IOException {
    return corpus(CORPUS3, 8);
  }

  private static Stream<DynamicTest> corpus(Path dir, int sheets) throws IOException {
    Path overridesFile = dir.resolve("overrides.yaml");
    Map<String, Object> overrides =
        Files.exists(overridesFile) ? load(overridesFile) : Map.<String, Object>of();
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(dir)) {
      fixtures = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertEquals(sheets, fixtures.size(), "the corpus' number of sheets");
    return fixtures.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(), () -> check(dir, f, overrides)));
  }

  @SuppressWarnings("unchecked")
  private static void check(Path dir, Path xlsx, Map<String, Object> allOverrides)
      throws Exception {
    String name = xlsx.getFileName().toString().replace(".xlsx", "");
    Map<String, Object> expected = load(dir.resolve(name + ".expected.json"));
    Map<String, Object> overrides = (Map<String, Object>) allOverrides.getOrDefault(name, Map.of());
    // what the sheet does not name (null in the JSON) comes from the command line, as a clerk
    // would give it; what it names is read from it and compared
    TableImport.Options options =
        new TableImport.Options(
            Optional.empty(),
            expected.get("publisher") == null ? Optional.of("□□市") : Optional.empty(),
            expected.get("fiscal_year") == null ? Optional.of(2025) : Optional.empty(),
            expected.get("half") == null
                ? Optional.of(kohyo.model.FiscalHalf.FIRST)
                : Optional.empty());
    ImportedTable table = TableImport.read(xlsx, xlsx.getFileName().toString(), options, WORDING);
    List<String> diffs = new ArrayList<>();
    int[] compared = {0};
    Compare same =
        (what, exp, actual) -> {
          compared[0]++;
          CorpusImportTest.same(diffs, what, exp, actual);
        };
    same.check("sheet", expected.get("sheet"), table.sheet());
    if (expected.get("publisher") != null) {
      same.check("publisher", expected.get("publisher"), table.period().issuer());
    }
    if (expected.get("fiscal_year") != null) {
      same.check(
          "fiscal_year", String.valueOf(expected.get("fiscal_year")), table.period().fiscalYear());
    }
    if (expected.get("half") != null) {
      same.check("half", expected.get("half"), table.period().half());
    }
    Map<String, Object> count = (Map<String, Object>) expected.get("count_line");
    same.check(
        "count_line",
        count == null ? null : count.get("total") + "/" + count.get("withheld"),
        table.count().map(c -> c.total() + "/" + c.withheld()).orElse(null));

    List<Map<String, Object>> errors = (List<Map<String, Object>>) expected.get("errors");
    List<String> expectedCells = errors.stream().map(e -> (String) e.get("cell")).sorted().toList();
    List<String> actualCells =
        table.problems().stream()
            .map(p -> p.path().substring(p.path().lastIndexOf('!') + 1))
            .sorted()
            .toList();
    same.check("error cells", expectedCells, actualCells);
    // the JSON's wording is one person's; the value it names must be in kohyo's message
    for (Map<String, Object> e : errors) {
      String named = named((String) e.get("what"));
      compared[0]++;
      boolean found =
          table.problems().stream()
              .anyMatch(p -> p.path().endsWith("!" + e.get("cell")) && p.message().contains(named));
      if (!found) {
        diffs.add("no message at " + e.get("cell") + " names 「" + named + "」");
      }
    }
    for (Problem p : table.problems()) {
      assertTrue(
          p.path().startsWith(xlsx.getFileName() + ":" + table.sheet() + "!"),
          "cell-addressed: " + p.format());
      assertEquals(0, p.line(), p.format());
      assertTrue(p.format().contains("!"), p.format());
    }

    Map<Integer, ImportedCase> byRow = new HashMap<>();
    table.cases().forEach(c -> byRow.put(c.row(), c));
    List<Integer> errorRows =
        expectedCells.stream().map(c -> Integer.parseInt(c.replaceAll("[A-Z]", ""))).toList();
    for (Map<String, Object> e : (List<Map<String, Object>>) expected.get("cases")) {
      int row = (Integer) e.get("row");
      Map<String, Object> fix = new LinkedHashMap<>(e);
      Map<String, Object> rowOverride =
          (Map<String, Object>) overrides.getOrDefault("row " + row, Map.of());
      rowOverride.forEach(
          (k, v) -> {
            if (!k.equals("理由")) {
              fix.put(k, v);
            }
          });
      ImportedCase c = byRow.get(row);
      if (errorRows.contains(row)) {
        same.check("row " + row + " is not imported (it has an error)", null, c);
        continue;
      }
      if (c == null) {
        diffs.add("row " + row + ": not imported");
        compared[0] += CASE_VALUES;
        continue;
      }
      CaseFields f = c.fields();
      String at = "row " + row + " ";
      // a case's values are counted as its fields (再発防止策's kind and text as one)
      same(diffs, at + "no", fix.get("no"), c.no().orElse(null));
      same(diffs, at + "所属", text(fix.get("所属")), f.office());
      same(diffs, at + "発生日", text(fix.get("発生日")), f.date());
      same(diffs, at + "事案の概要", text(fix.get("事案の概要")), f.summary());
      same(diffs, at + "発生原因", text(fix.get("発生原因")), f.cause());
      same(diffs, at + "対応", text(fix.get("対応")), f.response());
      same(diffs, at + "二次被害", text(fix.get("二次被害")), f.damage());
      Object prevention = fix.get("再発防止策");
      if (prevention instanceof List<?> items) {
        same(diffs, at + "再発防止策 is a list", true, f.prevention().items());
        same(diffs, at + "再発防止策", items, f.prevention().lines());
      } else {
        same(diffs, at + "再発防止策 is text", false, f.prevention().items());
        same(diffs, at + "再発防止策", text(prevention), f.prevention().joined());
      }
      same(diffs, at + "備考", text(fix.get("備考")), printedRemarks(f));
      boolean withheld = "非公表".equals(fix.get("公表"));
      same(diffs, at + "公表", withheld, c.withheld());
      same(diffs, at + "公表 field", withheld ? "非公表" : "", f.publication());
      Object criterion = fix.get("非公表基準");
      same(diffs, at + "非公表基準", criterion == null ? "" : criterion.toString(), f.criterion());
      compared[0] += CASE_VALUES;
    }
    same.check(
        "rows imported",
        ((List<Map<String, Object>>) expected.get("cases"))
            .stream().filter(e -> !errorRows.contains((Integer) e.get("row"))).count(),
        (long) table.cases().size());
    // a field's failures count once (再発防止策's kind and items, 公表 and its field)
    long failed =
        diffs.stream()
                .filter(d -> !d.endsWith(": not imported"))
                .map(d -> d.replaceFirst("(?s)^(row \\d+ [^\\s:]+).*", "$1"))
                .distinct()
                .count()
            + CASE_VALUES * diffs.stream().filter(d -> d.endsWith(": not imported")).count();
    System.out.println(
        dir.getFileName() + " " + name + ": " + (compared[0] - failed) + "/" + compared[0]);
    assertTrue(diffs.isEmpty(), name + ":\n  " + String.join("\n  ", diffs));
  }

  /** What a case is compared on: NO, the nine fields, 公表 and 非公表基準. */
  private static final int CASE_VALUES = 11;

  private interface Compare {
    void check(String what, Object expected, Object actual);
  }

  /**
   * The value an error's description names: after 「: 」 and before a parenthetical explanation
   * (「日付として読めない: 5.11.2（元号がない）」 → 5.11.2), or the first 「…」 quoted in it.
   */
  static String named(String what) {
    String s = what.substring(what.indexOf(':') + 1).strip();
    java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("「([^」]+)」").matcher(s);
    if (quoted.find()) {
      return quoted.group(1);
    }
    return s.replaceFirst("[（(][^（()）]*[）)]$", "").strip();
  }

  /** 備考 as the PDF prints it: 「R7.5.20個別公表事案」 from 個別公表日, then what was typed. */
  private static String printedRemarks(CaseFields f) {
    List<String> lines = new ArrayList<>();
    if (!f.individuallyPublished().isEmpty()) {
      lines.add(
          WORDING.individualPublication(
              kohyo.model.Wareki.of(java.time.LocalDate.parse(f.individuallyPublished()))));
    }
    if (!f.remarks().isEmpty()) {
      lines.add(f.remarks());
    }
    return String.join("\n", lines);
  }

  /** A column the sheet lacks (null in the JSON) leaves the field empty. */
  private static Object text(Object expected) {
    return expected == null ? "" : expected;
  }

  private static void same(List<String> diffs, String what, Object expected, Object actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      diffs.add(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(Path file) {
    try {
      // JSON is YAML; the safe constructor builds only maps, lists, strings and numbers
      return (Map<String, Object>)
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
