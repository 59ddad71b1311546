package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kohyo.testing.Cli;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code archive} builds several periods at once and {@code verify --rebuild} rebuilds them at
 * once: the archive holds what one-by-one runs write, byte for byte, and both tell their progress
 * and results in the order of the periods.
 */
class ParallelArchiveTest {

  @TempDir Path dir;

  @Test
  void severalPeriodsAtOnceAreArchivedAndRebuiltAsOneByOne() throws Exception {
    // the first period is by far the largest, so that the others finish before it
    List<Path> periods = new ArrayList<>();
    periods.add(GeneratedPeriod.write(dir, "2025-g1", 1, 60));
    periods.add(Periods.copySeed(dir, "2025-h1"));
    periods.add(GeneratedPeriod.write(dir, "2025-g2", 2, 4));
    periods.add(GeneratedPeriod.write(dir, "2025-g3", 3, 6));
    Cli.Result together = archive("4", periods, dir.resolve("together"));
    Cli.Result alone = archive("1", periods, dir.resolve("alone"));
    assertEquals(0, together.exitCode(), together.all());
    assertEquals(0, alone.exitCode(), alone.all());
    // the progress lines name the periods in the order given, however the builds finished
    assertEquals(lines(alone.out()), lines(together.out()));
    assertTrue(lines(together.out()).get(0).startsWith("[1/4] 2025-g1 "), together.out());
    assertTrue(lines(together.out()).get(3).startsWith("[4/4] 2025-g3 "), together.out());
    Map<String, byte[]> a = Archives.relativeFiles(dir.resolve("alone"));
    Map<String, byte[]> t = Archives.relativeFiles(dir.resolve("together"));
    assertEquals(a.keySet(), t.keySet());
    a.forEach((path, bytes) -> assertArrayEquals(bytes, t.get(path), path));

    Cli.Result rebuilt =
        Cli.runWithThreads("4", "verify", "--rebuild", dir.resolve("together").toString());
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
    assertTrue(rebuilt.out().contains("再構築して照合: 4/4 期間"), rebuilt.out());
  }

  private Cli.Result archive(String threads, List<Path> periods, Path to) {
    List<String> args = new ArrayList<>(List.of("archive", "--to", to.toString()));
    periods.forEach(p -> args.add(p.toString()));
    return Cli.runWithThreads(threads, args.toArray(String[]::new));
  }

  private static List<String> lines(String out) {
    return out.lines().filter(l -> l.startsWith("[")).toList();
  }
}
