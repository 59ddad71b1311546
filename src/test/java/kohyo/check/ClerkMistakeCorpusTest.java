package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kohyo.base.Problem;
import kohyo.load.PeriodReader;
import kohyo.testing.Periods;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clerk-mistakes corpus (src/test/resources/clerk-mistakes/, hand-written by someone who never
 * saw this code): every sample, placed in a copy of the shipped edition as a case file or as {@code
 * period.yaml} of its period, must be reported (error or warning) at its line and column with a
 * message that names the mistake; its {@code fixed.yaml} must pass without any problem.
 *
 * <p>Where kohyo's position convention deliberately differs from the corpus's, or where a
 * category's wording needs a sample's own phrase,
 * src/test/resources/clerk-mistakes-expectations.tsv says so for that one sample, with the reason.
 * A summary line (reported / misdiagnosed / silent) is printed after the run.
 */
class ClerkMistakeCorpusTest {

  static final Path CORPUS = Path.of("src", "test", "resources", "clerk-mistakes");
  static final Path EXPECTATIONS =
      Path.of("src", "test", "resources", "clerk-mistakes-expectations.tsv");

  /** The expectations file's word for a sample that kohyo deliberately reads as its fix. */
  static final String ACCEPTED = "accepted";

  /** What a message must say for each category of the corpus (a sample may override it). */
  static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("fullwidth-space", "全角空白"),
          Map.entry("tab", "タブ"),
          Map.entry("fullwidth-colon", "全角コロン「："),
          Map.entry("missing-space-after-colon", "「:」の後ろに半角空白"),
          Map.entry("quote-start", "引用符"),
          Map.entry("special-start", "「[-*>\\[{}!&|?%@`#]"),
          Map.entry("japanese-brackets-as-quotes", "「」"),
          Map.entry("colon-in-list-item", "「: 」"),
          Map.entry("colon-in-value", "「: 」"),
          Map.entry("forgot-block-indicator", "\\|-"),
          Map.entry("list-without-dash", "「・」.*「- 」"),
          Map.entry("dash-without-space", "「-」の後ろに半角空白"),
          Map.entry("bad-list-indent", "字下げ"),
          Map.entry("double-bullet", "二重"),
          Map.entry("misspelt-key", "使えないキー"),
          Map.entry("wrong-value", "「(二次被害|公表|非公表基準|年度|区分)」"),
          Map.entry("date-wrong-year", "期間.*ではありませんか"),
          Map.entry("date-format", "発生日"),
          Map.entry("date-out-of-period", "期間"),
          Map.entry("duplicate-key", "二度"),
          Map.entry("nbsp-only-value", "U\\+00A0"),
          Map.entry("line-separator", "U\\+202[89]"),
          Map.entry("smart-quotes", "[“”]"));

  record Sample(
      String id,
      String file,
      int line,
      int column,
      String category,
      boolean silent,
      String description,
      String half,
      Pattern names,
      String accepted) {

    @Override
    public String toString() {
      return id;
    }
  }

  /** One sample's outcome, for the summary. */
  enum Outcome {
    REPORTED,
    /** Deliberately read as its fix (see the expectations file). */
    ACCEPTED,
    MISDIAGNOSED,
    SILENT
  }

  private static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();

  @TempDir static Path dir;

  static Stream<Arguments> samples() {
    return readSamples().stream().map(s -> Arguments.of(Named.of(s.id(), s)));
  }

  static List<Sample> readSamples() {
    Map<String, String[]> overrides = new LinkedHashMap<>();
    for (String row : lines(EXPECTATIONS)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      overrides.put(f[0], f);
    }
    List<Sample> samples = new ArrayList<>();
    List<String> index = lines(CORPUS.resolve("index.tsv"));
    for (String row : index.subList(1, index.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t", -1);
      String[] o = overrides.getOrDefault(f[0], new String[] {f[0], "", "", "", ""});
      boolean accepted = o[1].equals(ACCEPTED);
      int line = o[1].isEmpty() || accepted ? Integer.parseInt(f[2]) : Integer.parseInt(o[1]);
      int column = o[2].isEmpty() ? Integer.parseInt(f[3]) : Integer.parseInt(o[2]);
      String names = o[3].isEmpty() ? NAMES.get(f[4]) : o[3];
      if (names == null) {
        throw new AssertionError(
            f[0] + ": category " + f[4] + " needs a phrase in " + EXPECTATIONS);
      }
      String half = lines(CORPUS.resolve(f[0]).resolve("period.txt")).get(0).split(" ")[1];
      samples.add(
          new Sample(
              f[0],
              f[1],
              line,
              column,
              f[4],
              f[5].equals("yes"),
              f[6],
              half,
              Pattern.compile(names),
              accepted ? o[4] : ""));
    }
    assertTrue(samples.size() >= 70, "the corpus has its samples: " + samples.size());
    return samples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void mistakeIsReportedWhereItIsAndFixedFilePasses(Sample s) throws IOException {
    Path folder = periodFolder(s.id(), s.half());
    Path target = place(folder, s);
    Files.copy(CORPUS.resolve(s.id()).resolve(s.file()), target);
    CheckedPeriod mistaken = Periods.check(folder);
    if (!s.accepted().isEmpty()) {
      acceptedAsFixed(s, folder, target, mistaken);
      return;
    }
    List<Problem> own =
        mistaken.problems().stream().filter(p -> p.path().equals(target.toString())).toList();
    boolean named =
        own.stream()
            .anyMatch(
                p ->
                    p.line() == s.line()
                        && p.column() == s.column()
                        && s.names().matcher(p.message()).find());
    OUTCOMES.put(
        s.id(), named ? Outcome.REPORTED : own.isEmpty() ? Outcome.SILENT : Outcome.MISDIAGNOSED);
    assertTrue(
        named,
        s.id()
            + " ("
            + s.description()
            + ")\n expected "
            + s.line()
            + ":"
            + s.column()
            + " naming /"
            + s.names()
            + "/\n got "
            + (own.isEmpty()
                ? "nothing"
                : String.join(
                    "\n     ",
                    own.stream()
                        .map(p -> p.line() + ":" + p.column() + " " + p.message())
                        .toList())));

    Files.copy(
        CORPUS.resolve(s.id()).resolve("fixed.yaml"),
        target,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CheckedPeriod fixed = Periods.check(folder);
    assertEquals(List.of(), fixed.problems(), s.id() + ": fixed.yaml passes without a word");
    assertTrue(fixed.ok(), s.id());
  }

  /** A deliberate difference: the sample is read exactly as its fixed.yaml, without a word. */
  private static void acceptedAsFixed(Sample s, Path folder, Path target, CheckedPeriod mistaken)
      throws IOException {
    OUTCOMES.put(s.id(), Outcome.ACCEPTED);
    assertEquals(List.of(), mistaken.problems(), s.id() + " is accepted: " + s.accepted());
    Files.copy(
        CORPUS.resolve(s.id()).resolve("fixed.yaml"),
        target,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CheckedPeriod fixed = Periods.check(folder);
    assertEquals(List.of(), fixed.problems(), s.id());
    assertEquals(
        fixed.checkedEdition(), mistaken.checkedEdition(), s.id() + ": read as fixed.yaml");
  }

  @AfterAll
  static void summary() {
    Map<Outcome, Long> counts = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      counts.put(o, OUTCOMES.values().stream().filter(o::equals).count());
    }
    System.out.println("ClerkMistakeCorpusTest: " + OUTCOMES.size() + " samples: " + counts);
    OUTCOMES.forEach(
        (id, o) -> {
          if (o != Outcome.REPORTED) {
            System.out.println("  " + o + " " + id);
          }
        });
  }

  /**
   * A copy of the shipped edition for a 上半期 sample; for a 下半期 one, the same copy turned into
   * 令和7年度下半期 ({@link Periods#copySeedAsSecondHalf}).
   */
  static Path periodFolder(String id, String half) {
    return half.equals("上半期")
        ? Periods.copySeed(dir.resolve(id), "2025-h1")
        : Periods.copySeedAsSecondHalf(dir.resolve(id), "2025-h2");
  }

  private static Path place(Path folder, Sample s) throws IOException {
    if (s.file().equals(PeriodReader.PERIOD_FILE)) {
      Path period = folder.resolve(PeriodReader.PERIOD_FILE);
      Files.delete(period);
      return period;
    }
    return folder.resolve(PeriodReader.CASES_DIR).resolve("50-sample.yaml");
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
