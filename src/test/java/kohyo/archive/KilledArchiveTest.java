package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replacement whose process is killed (SIGKILL, no shutdown hooks) at each step of its writing,
 * as {@code KilledWriteTest} does for single files. After each kill: {@code verify} fails naming
 * every leftover (and a period missing from its place), {@code archive} without {@code --replace}
 * first finishes or undoes the interrupted run, says so and still refuses to replace, and the
 * archive then verifies, holding either the old version or the new one with the old in history.
 */
class KilledArchiveTest {

  /** The steps of a replacement's writing, in order (see {@link Steps}). */
  private static final List<String> STEPS =
      List.of(
          "objects",
          "staged 2025-h1",
          "committed",
          "aside 2025-h1",
          "moved 2025-h1",
          "cleaned",
          "recorded");

  @TempDir static Path shared;
  private static Path archive;
  private static Path newData;
  private static Path newPdf;

  @BeforeAll
  static void archiveTheSeed() throws IOException {
    archive = shared.resolve("archive");
    assertEquals(
        0, Cli.run("archive", Periods.SEED.toString(), "--to", archive.toString()).exitCode());
    newData = Replacement.data(shared);
    newPdf = shared.resolve("new.pdf");
    Files.write(newPdf, new PeriodBuilder(Periods.home()).build(Periods.check(newData)).pdf());
  }

  @Test
  void aReplacementKilledAtEachStepIsFinishedOrUndoneByTheNextRun(@TempDir Path tmp)
      throws Exception {
    for (String step : STEPS) {
      Path copy = Archives.copy(archive, tmp.resolve(step.replace(' ', '-')));
      killAt(copy, step);

      List<String> leftovers = leftovers(copy);
      Cli.Result verify = Cli.run("verify", copy.toString());
      if (leftovers.isEmpty()) {
        assertEquals(0, verify.exitCode(), step + ": " + verify.all());
      } else {
        assertEquals(1, verify.exitCode(), step + ": " + verify.all());
        for (String name : leftovers) {
          assertTrue(
              verify.err().contains(copy.resolve(name) + ": "),
              step + ": " + name + " not named: " + verify.err());
        }
      }
      if (!Files.exists(copy.resolve("2025-h1"))) {
        assertTrue(
            verify
                .err()
                .contains(copy.resolve("2025-h1") + ": アーカイブの記録（SHA256SUMS）にある期間のフォルダーがありません"),
            step + ": " + verify.err());
      }

      Cli.Result again = Cli.run("archive", newData.toString(), "--to", copy.toString());
      assertEquals(1, again.exitCode(), step + ": " + again.all());
      assertTrue(again.err().contains("既にアーカイブにあります"), step + ": " + again.err());
      if (!leftovers.isEmpty()) {
        assertTrue(
            again.err().contains("途中で止まっ"),
            step + ": the run said nothing of what it did: " + again.err());
      }
      if (STEPS.indexOf(step) < STEPS.indexOf("committed")) {
        Replacement.assertOriginal(archive, copy);
      } else {
        Replacement.assertReplaced(archive, copy);
      }
      assertEquals(List.of(), leftovers(copy), step);
    }
  }

  private void killAt(Path archive, String step) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "-Djava.awt.headless=true",
                "-Xshare:auto",
                StoppedArchive.class.getName(),
                archive.toString(),
                newData.toString(),
                newPdf.toString(),
                step));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      awaitLine(p, "at " + step);
    } finally {
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  private static void awaitLine(Process p, String line) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder said = new StringBuilder();
    for (String l; (l = in.readLine()) != null; ) {
      if (l.equals(line)) {
        return;
      }
      said.append(l).append('\n');
    }
    throw new AssertionError("the child process did not get to \"" + line + "\": " + said);
  }

  /** The hidden entries of the top level but the lock file. */
  private static List<String> leftovers(Path archive) throws IOException {
    try (Stream<Path> all = Files.list(archive)) {
      return all.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(".lock"))
          .sorted()
          .toList();
    }
  }
}
