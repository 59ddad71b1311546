package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kohyo.base.Problem;
import kohyo.check.ClerkMistakeTable.Row;
import kohyo.load.Mistake;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@link ClerkMistakeTable}, typed into a copy of the shipped edition: the problem is
 * reported at the marked character with the row's exact wording and kind, nothing else is said
 * about the file, the corrected lines pass, and a CRLF or BOM+CRLF file gives the same line, column
 * and words. README's 「よくある書き間違い」 is generated from the table; {@code -Dkohyo.updateReadme=true}
 * rewrites it after a deliberate change.
 */
class ClerkMistakeTableTest {

  static final Path README = Path.of("README.md");
  static final String BEGIN = "<!-- よくある書き間違い: ここから（ClerkMistakeTableTest が生成） -->";
  static final String END = "<!-- よくある書き間違い: ここまで -->";

  @TempDir Path dir;

  static Stream<Arguments> rows() {
    return ClerkMistakeTable.rows().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reportedAtTheMarkWithItsOwnWords(Row row) {
    Path folder = row.folder(dir, "2025-" + (row.half().equals("上半期") ? "h1" : "h2"));
    Path file;
    int[] at;
    if (row.setup().isPresent()) {
      row.setup().get().accept(folder);
      file = folder.resolve(row.replaces());
      at = new int[] {1, 1};
    } else {
      ClerkMistakeTable.write(folder, row.file());
      file = folder.resolve(ClerkMistakeTable.CASE_FILE);
      at = row.position();
    }
    CheckedPeriod result = Periods.check(folder);
    List<Problem> own = own(result, file);
    String got = describe(own);
    assertTrue(
        own.stream()
            .anyMatch(
                p ->
                    p.line() == at[0]
                        && p.column() == at[1]
                        && p.kind() == row.kind()
                        && p.message().equals(row.message())),
        "expected "
            + at[0]
            + ":"
            + at[1]
            + " "
            + row.kind()
            + " "
            + row.message()
            + "\n got "
            + got);
    assertEquals(row.problems(), own.size(), got);
    // a problem inside a key's lines names that key as its field (an editor shows it there)
    if (row.aboutLines() && !row.replaces().isEmpty() && !row.replaces().equals("*")) {
      Problem p =
          own.stream()
              .filter(q -> q.line() == at[0] && q.column() == at[1])
              .findFirst()
              .orElseThrow();
      String key = row.replaces().split(",")[0];
      assertTrue(
          p.field().equals(key) || p.field().isEmpty() && !row.file().contains(key + ":"),
          "field " + p.field() + " for " + key);
    }
    assertEquals(row.kind() == Problem.Kind.WARNING, result.ok(), "a warning never stops a build");

    if (row.setup().isEmpty() && !row.right().startsWith("（")) {
      String fixed =
          row.replaces().equals("*")
              ? row.right()
              : ClerkMistakeTable.withReplaced(
                  ClerkMistakeTable.BASE, List.of(row.replaces().split(",")), row.right());
      ClerkMistakeTable.write(folder, fixed);
      CheckedPeriod after = Periods.check(folder);
      assertEquals(List.of(), after.problems(), "the corrected lines pass");
    }
  }

  /** CRLF and BOM+CRLF files report the same line, column and words as LF files. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sameLineColumnAndWordsInCrlfAndBomFiles(Row row) {
    if (!row.aboutLines()) {
      return;
    }
    List<String> lf = problemsOf(row, row.file(), "lf");
    assertFalse(lf.isEmpty());
    String crlf = row.file().replace("\n", "\r\n");
    assertEquals(lf, problemsOf(row, crlf, "crlf"), "CRLF");
    assertEquals(lf, problemsOf(row, "\uFEFF" + crlf, "bom-crlf"), "BOM+CRLF");
    assertEquals(lf, problemsOf(row, "\uFEFF" + row.file(), "bom"), "BOM");
  }

  /** Every row of the load stage's table has an example here (so it is tested and in README). */
  @Test
  void everyMistakeHasAnExample() {
    Set<Mistake> covered = EnumSet.noneOf(Mistake.class);
    ClerkMistakeTable.rows().forEach(r -> r.mistake().ifPresent(covered::add));
    Set<Mistake> missing = EnumSet.allOf(Mistake.class);
    missing.removeAll(covered);
    assertEquals(Set.of(), missing);
  }

  @Test
  void readmeListsTheTable() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README has the markers " + BEGIN + " … " + END);
    String generated = readmeSection();
    String current = readme.substring(begin + BEGIN.length(), end);
    if (!generated.equals(current) && Boolean.getBoolean("kohyo.updateReadme")) {
      Files.writeString(
          README,
          readme.substring(0, begin + BEGIN.length()) + generated + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        generated,
        current,
        "README's 「よくある書き間違い」 differs from ClerkMistakeTable; after a deliberate change run "
            + "mvn -B test -Dtest=ClerkMistakeTableTest -Dkohyo.updateReadme=true");
  }

  /** The README section: one table per group, a row per mistake. */
  static String readmeSection() {
    StringBuilder b = new StringBuilder("\n");
    String group = null;
    for (Row row : ClerkMistakeTable.rows()) {
      if (!row.group().equals(group)) {
        group = row.group();
        b.append("\n#### ").append(group).append("\n\n");
        b.append("| 書き間違い | 例 | 指す位置 | kohyo の表示 | 直した形 |\n");
        b.append("|---|---|---|---|---|\n");
      }
      b.append("| ")
          .append(cell(row.title()))
          .append(row.kind() == Problem.Kind.WARNING ? "（注意）" : "")
          .append(" | ")
          .append(
              row.aboutLines()
                  ? code(row.wrong().replace(ClerkMistakeTable.AT, ""))
                  : cell(row.wrong()))
          .append(" | ")
          .append(row.aboutLines() ? pointed(row) : "ファイル")
          .append(" | ")
          .append(cell(row.message()))
          .append(" | ")
          .append(
              row.right().startsWith("（") || !row.aboutLines()
                  ? cell(row.right())
                  : code(row.right()))
          .append(" |\n");
    }
    return b.append("\n").toString();
  }

  /** The character the problem points at, shown so that it can be seen. */
  private static String pointed(Row row) {
    String wrong = row.wrong();
    int at = wrong.indexOf(ClerkMistakeTable.AT) + ClerkMistakeTable.AT.length();
    return "「" + cell(visible(wrong.substring(at, wrong.offsetByCodePoints(at, 1)))) + "」";
  }

  /** Lines as code spans, one per line; invisible characters named. */
  private static String code(String lines) {
    String trimmed = lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines;
    return java.util.Arrays.stream(trimmed.split("\n", -1))
        .map(l -> "`" + cell(visible(l)) + "`")
        .collect(Collectors.joining("<br>"));
  }

  private static String visible(String s) {
    return s.replace("\t", "〈TAB〉")
        .replace("\u3000", "〈全角空白〉")
        .replace("\u00A0", "〈U+00A0〉")
        .replace("\u2028", "〈U+2028〉")
        .replace("\u2029", "〈U+2029〉");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", "<br>");
  }

  private List<String> problemsOf(Row row, String text, String name) {
    Path folder = row.folder(dir.resolve(name), "2025-x");
    try {
      Files.createDirectories(folder.resolve("cases"));
      Files.writeString(folder.resolve(ClerkMistakeTable.CASE_FILE), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Path file = folder.resolve(ClerkMistakeTable.CASE_FILE);
    List<String> out = new ArrayList<>();
    for (Problem p : own(Periods.check(folder), file)) {
      out.add(p.line() + ":" + p.column() + " " + p.kind() + " " + p.message());
    }
    return out;
  }

  private static List<Problem> own(CheckedPeriod result, Path file) {
    return result.problems().stream().filter(p -> p.path().equals(file.toString())).toList();
  }

  private static String describe(List<Problem> problems) {
    return problems.isEmpty()
        ? "nothing"
        : problems.stream()
            .map(p -> p.line() + ":" + p.column() + " " + p.kind() + " " + p.message())
            .collect(Collectors.joining("\n     "));
  }
}
