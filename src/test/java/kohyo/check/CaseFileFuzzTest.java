package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import kohyo.base.Problem;
import kohyo.load.PeriodReader;
import kohyo.testing.Cli;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the shipped period's files thousands of times and checks each: the run ends in a valid
 * edition or in problems a user can act on (file, line ≥ 1, column ≥ 1, a Japanese message), never
 * in an exception, never slower than a generous bound, never quoting a withheld case. A sample goes
 * through {@code kohyo build}: a valid one must give a readable PDF, an invalid one no file at all.
 *
 * <p>Seeded, so a failure reproduces. {@code -Dkohyo.fuzz.iterations=100000} runs longer, {@code
 * -Dkohyo.fuzz.seed=N} explores elsewhere. Inputs that fail are kept in {@code
 * target/fuzz-failures/}.
 */
class CaseFileFuzzTest {

  static final int ITERATIONS = Integer.getInteger("kohyo.fuzz.iterations", 2000);
  static final long SEED = Long.getLong("kohyo.fuzz.seed", 20251127L);
  static final int BUILD_EVERY = 50;

  /** Not a performance claim: a run over this is stuck, not slow. */
  static final Duration BOUND = Duration.ofSeconds(20);

  /** A build renders; rendering a page-long paragraph takes seconds, a stuck one forever. */
  static final Duration BUILD_BOUND = Duration.ofSeconds(90);

  @TempDir Path dir;

  @Test
  void mutatedFilesEndInAnEditionOrInClearProblems() throws IOException {
    Path period = Periods.copySeed(dir, "2025-h1");
    List<Path> files = new ArrayList<>();
    files.add(period.resolve(PeriodReader.PERIOD_FILE));
    try (Stream<Path> cases = Files.list(period.resolve(PeriodReader.CASES_DIR))) {
      files.addAll(cases.sorted().toList());
    }
    Path withheld = period.resolve("cases/99-withheld.yaml");
    List<byte[]> originals = new ArrayList<>();
    for (Path f : files) {
      originals.add(Files.readAllBytes(f));
    }
    List<byte[]> published = new ArrayList<>(originals);
    published.remove(files.indexOf(withheld));
    Random random = new Random(SEED);
    Mutator mutator = new Mutator(random, published);
    Checker checker = Periods.checker();

    List<String> failures = new ArrayList<>();
    int valid = 0;
    int validBuilt = 0;
    int invalidBuilt = 0;
    long started = System.nanoTime();
    long buildNanos = 0;
    for (int i = 0; i < ITERATIONS && failures.size() < 20; i++) {
      // the withheld case gets a third of the attention: its confidentiality is what matters most
      int index = random.nextInt(3) == 0 ? files.indexOf(withheld) : random.nextInt(files.size());
      Path file = files.get(index);
      byte[] input = mutator.mutate(originals.get(index));
      String where = "iteration " + i + ", " + file.getFileName() + ", " + mutator.describe();
      Files.write(file, input);
      try {
        CheckedPeriod result = assertTimeoutPreemptively(BOUND, () -> checker.check(period), where);
        List<String> wrong = judge(result, file, withheld, input);
        if (!wrong.isEmpty()) {
          failures.add(where + ": " + wrong);
          keep(i, file, input);
        }
        boolean build = result.ok() ? valid++ % BUILD_EVERY == 0 : (i - valid) % BUILD_EVERY == 0;
        if (build) {
          long b = System.nanoTime();
          int n = i;
          boolean ok = result.ok();
          String problem =
              assertTimeoutPreemptively(
                  BUILD_BOUND,
                  () -> build(period, dir.resolve("out-" + n), ok),
                  where + " (build)");
          if (problem != null) {
            failures.add(where + ": " + problem);
            keep(i, file, input);
          }
          buildNanos += System.nanoTime() - b;
          if (result.ok()) {
            validBuilt++;
          } else {
            invalidBuilt++;
          }
        }
      } catch (Throwable t) {
        failures.add(where + ": " + t + " at " + firstFrames(t));
        keep(i, file, input);
      } finally {
        Files.write(file, originals.get(index));
      }
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "CaseFileFuzzTest: %d inputs (seed %d) in %d ms (%d ms of it in builds): %d valid, "
            + "%d builds of valid, %d of invalid%n",
        ITERATIONS, SEED, ms, buildNanos / 1_000_000, valid, validBuilt, invalidBuilt);
    assertEquals(List.of(), failures, String.join("\n", failures));
    assertTrue(
        valid > 0 && valid < ITERATIONS, "the mutations should give both outcomes: " + valid);
  }

  /** What is wrong with a result, if anything. */
  private static List<String> judge(CheckedPeriod result, Path file, Path withheld, byte[] input) {
    List<String> wrong = new ArrayList<>();
    // an edition exactly when there is no error; warnings may come with either
    if (result.ok() != result.edition().isPresent() || result.ok() != result.errors().isEmpty()) {
      wrong.add("neither an edition nor problems");
    }
    for (Problem p : result.problems()) {
      if (p.path() == null || p.path().isBlank() || p.line() < 1 || p.column() < 1) {
        wrong.add("no usable place: " + p);
      }
      if (p.message() == null || p.message().isBlank() || !isJapanese(p.message())) {
        wrong.add("not a Japanese message: " + p);
      }
      if (file.equals(withheld)
          && stillWithheld(input)
          && p.path().endsWith("99-withheld.yaml")
          && (p.message().contains("WITHHELD")
              || p.message().contains("MARKER")
              || p.message().contains("7f3a"))) {
        wrong.add("quotes the withheld case: " + p);
      }
    }
    return wrong;
  }

  /** The mutated withheld file still says it is withheld somewhere outside a comment. */
  private static boolean stillWithheld(byte[] input) {
    return new String(input, StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.stripLeading().startsWith("#"))
        .anyMatch(l -> l.contains("非公表"));
  }

  /**
   * {@code kohyo build}: a valid period gives a whole PDF, an invalid one nothing; never an
   * internal error.
   */
  private static String build(Path period, Path out, boolean valid) {
    Cli.Result r = Cli.run("build", period.toString(), "-o", out.toString());
    Path pdf = out.resolve("2025-h1.pdf");
    if (valid) {
      if (r.exitCode() != 0 || !Files.exists(pdf)) {
        return "build of a valid period failed: " + r.exitCode() + " " + r.err();
      }
      try {
        if (!Pdfs.text(Files.readAllBytes(pdf)).contains("事案件数")) {
          return "the PDF lacks its count line";
        }
      } catch (IOException | RuntimeException e) {
        return "unreadable PDF: " + e;
      }
    } else {
      if (r.exitCode() != 1) {
        return "build of an invalid period exited " + r.exitCode() + ": " + r.err();
      }
      if (Files.exists(out)) {
        return "an invalid period wrote " + out;
      }
    }
    if (r.all().contains("内部エラー") || r.all().contains("Exception")) {
      return "internal error: " + r.all();
    }
    return null;
  }

  private static boolean isJapanese(String s) {
    return s.codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.HIRAGANA
                  || script == Character.UnicodeScript.KATAKANA
                  || script == Character.UnicodeScript.HAN;
            });
  }

  private static void keep(int iteration, Path file, byte[] input) {
    try {
      Path failures = Path.of("target", "fuzz-failures");
      Files.createDirectories(failures);
      Files.write(failures.resolve(SEED + "-" + iteration + "-" + file.getFileName()), input);
    } catch (IOException e) {
      // keeping the input is a convenience; the failure itself is reported anyway
    }
  }

  private static String firstFrames(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StringBuilder b = new StringBuilder(root.toString());
    StackTraceElement[] frames = root.getStackTrace();
    for (int i = 0; i < Math.min(6, frames.length); i++) {
      b.append(" / ").append(frames[i]);
    }
    return b.toString();
  }
}
