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
 * Imports the office sheets made with LibreOffice by someone who never saw this code ({@code
 * src/test/resources/excel/corpus/}) and compares every field and every cell-addressed error with
 * their {@code .expected.json}. Where kohyo deliberately reads a cell differently, {@code
 * overrides.yaml} says so per fixture with the reason; the test then expects kohyo's reading.
 */
class CorpusImportTest {

  static final Path CORPUS = Path.of("src/test/resources/excel/corpus");
  static final Wording WORDING = Wording.load(Periods.home());

  @TestFactory
  Stream<DynamicTest> everyFixtureImportsAsExpected() throws IOException {
    Map<String, Object> overrides = load(CORPUS.resolve("overrides.yaml"));
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(CORPUS)) {
      fixtures = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertEquals(14, fixtures.size(), "the corpus has fourteen sheets");
    return fixtures.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, overrides)));
  }

  @SuppressWarnings("unchecked")
  private static void check(Path xlsx, Map<String, Object> allOverrides) throws Exception {
    String name = xlsx.getFileName().toString().replace(".xlsx", "");
    Map<String, Object> expected = load(CORPUS.resolve(name + ".expected.json"));
    Map<String, Object> overrides = (Map<String, Object>) allOverrides.getOrDefault(name, Map.of());
    TableImport.Options options = TableImport.Options.none();
    if (expected.get("publisher") == null) {
      // a bare list: the period comes from the command line
      options =
          new TableImport.Options(
              Optional.empty(),
              Optional.of("□□市"),
              Optional.of(2025),
              Optional.of(kohyo.model.FiscalHalf.FIRST));
    }
    ImportedTable table = TableImport.read(xlsx, xlsx.getFileName().toString(), options, WORDING);
    List<String> diffs = new ArrayList<>();
    same(diffs, "sheet", expected.get("sheet"), table.sheet());
    if (expected.get("publisher") != null) {
      same(diffs, "publisher", expected.get("publisher"), table.period().issuer());
      same(
          diffs,
          "fiscal_year",
          String.valueOf(expected.get("fiscal_year")),
          table.period().fiscalYear());
      same(diffs, "half", expected.get("half"), table.period().half());
    }
    Map<String, Object> count = (Map<String, Object>) expected.get("count_line");
    same(
        diffs,
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
    same(diffs, "error cells", expectedCells, actualCells);
    // the JSON's wording is one person's; the value it names (after 「: 」) must be in kohyo's
    // message
    for (Map<String, Object> e : errors) {
      String what = (String) e.get("what");
      String named = what.substring(what.indexOf(':') + 1).strip();
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
        same(diffs, "row " + row + " is not imported (it has an error)", null, c);
        continue;
      }
      if (c == null) {
        diffs.add("row " + row + ": not imported");
        continue;
      }
      CaseFields f = c.fields();
      String at = "row " + row + " ";
      same(diffs, at + "no", fix.get("no"), c.no().orElse(null));
      same(diffs, at + "所属", text(fix.get("所属")), f.office());
      same(diffs, at + "発生日", fix.get("発生日"), f.date());
      same(diffs, at + "事案の概要", text(fix.get("事案の概要")), f.summary());
      same(diffs, at + "発生原因", text(fix.get("発生原因")), f.cause());
      same(diffs, at + "対応", text(fix.get("対応")), f.response());
      same(diffs, at + "二次被害", fix.get("二次被害"), f.damage());
      Object prevention = fix.get("再発防止策");
      if (prevention instanceof List<?> items) {
        same(diffs, at + "再発防止策 is a list", true, f.prevention().items());
        same(diffs, at + "再発防止策", items, f.prevention().lines());
      } else {
        same(diffs, at + "再発防止策 is text", false, f.prevention().items());
        same(diffs, at + "再発防止策", prevention, f.prevention().joined());
      }
      same(diffs, at + "備考", text(fix.get("備考")), printedRemarks(f));
      boolean withheld = "非公表".equals(fix.get("公表"));
      same(diffs, at + "公表", withheld, c.withheld());
      same(diffs, at + "公表 field", withheld ? "非公表" : "", f.publication());
      Object criterion = fix.get("非公表基準");
      same(diffs, at + "非公表基準", criterion == null ? "" : criterion.toString(), f.criterion());
    }
    same(
        diffs,
        "rows imported",
        ((List<Map<String, Object>>) expected.get("cases"))
            .stream().filter(e -> !errorRows.contains((Integer) e.get("row"))).count(),
        (long) table.cases().size());
    assertTrue(diffs.isEmpty(), name + ":\n  " + String.join("\n  ", diffs));
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
