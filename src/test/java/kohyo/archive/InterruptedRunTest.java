package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replacement that fails at each step of its writing (an I/O error there, in-process): before the
 * commit the archive is as it was; from the commit on, the next run completes it. {@link
 * KilledArchiveTest} does the same with a process killed at each step.
 */
class InterruptedRunTest {

  @TempDir static Path shared;
  private static Path archive;
  private static Path newData;
  private static List<String> steps;

  @BeforeAll
  static void archiveAndRecordTheSteps() throws IOException {
    archive = shared.resolve("archive");
    assertEquals(
        0, Cli.run("archive", Periods.SEED.toString(), "--to", archive.toString()).exitCode());
    newData = Replacement.data(shared);
    Path copy = Archives.copy(archive, shared.resolve("recorded"));
    List<String> reached = new ArrayList<>();
    Archiving.Outcome o = run(copy, reached::add);
    assertInstanceOf(Archiving.Written.class, o, o.toString());
    steps = List.copyOf(reached);
    assertEquals(
        List.of(
            "objects",
            "staged 2025-h1",
            "committed",
            "aside 2025-h1",
            "moved 2025-h1",
            "cleaned",
            "recorded"),
        steps);
  }

  @Test
  void aFailureBeforeTheCommitLeavesTheArchiveAsItWas(@TempDir Path tmp) throws IOException {
    for (String step : steps.subList(0, steps.indexOf("committed"))) {
      Path copy = Archives.copy(archive, tmp.resolve(step.replace(' ', '-')));
      Map<Path, byte[]> before = Archives.filesUnder(copy);
      Archiving.Failed failed =
          assertInstanceOf(Archiving.Failed.class, run(copy, failAt(step)), step);
      assertFalse(failed.completesLater(), step);
      assertTrue(failed.reason().contains("アーカイブは元のままです"), failed.reason());
      assertEquals(before.keySet(), Archives.filesUnder(copy).keySet(), step);
      before.forEach((p, b) -> assertArrayEquals(b, Archives.bytes(p), step + ": " + p));
      assertEquals(0, Cli.run("verify", copy.toString()).exitCode(), step);
    }
  }

  @Test
  void aFailureFromTheCommitOnIsCompletedByTheNextRun(@TempDir Path tmp) throws IOException {
    for (String step : steps.subList(steps.indexOf("committed"), steps.size() - 1)) {
      Path copy = Archives.copy(archive, tmp.resolve(step.replace(' ', '-')));
      Archiving.Failed failed =
          assertInstanceOf(Archiving.Failed.class, run(copy, failAt(step)), step);
      assertTrue(failed.completesLater(), step);
      assertTrue(failed.reason().contains("続きから完了します"), failed.reason());
      Cli.Result leftover = Cli.run("verify", copy.toString());
      assertEquals(1, leftover.exitCode(), step + ": " + leftover.all());
      assertTrue(
          leftover.err().contains(".SHA256SUMS.next: 途中で止まった archive の記録です"), leftover.err());

      Cli.Result next = Cli.run("archive", newData.toString(), "--to", copy.toString());
      assertEquals(1, next.exitCode(), step + ": " + next.all());
      assertTrue(next.err().contains("前回途中で止まった archive を完了しました"), next.err());
      assertTrue(next.err().contains("既にアーカイブにあります"), next.err());
      Replacement.assertReplaced(archive, copy);
    }
  }

  private static Archiving.Outcome run(Path to, Steps steps) {
    return new Archiving(Periods.home(), steps)
        .run(
            to,
            List.of(Periods.check(newData)),
            Optional.of("訂正"),
            Progress.forOutput(new PrintWriter(new StringWriter()), 1, false));
  }

  private static Steps failAt(String step) {
    return reached -> {
      if (reached.equals(step)) {
        throw new IOException("injected at " + step);
      }
    };
  }
}
