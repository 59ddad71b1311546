package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kohyo.testing.Cli;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} of several periods renders them at once and writes what one-by-one builds write.
 */
class ParallelBuildTest {

  @TempDir Path dir;

  @Test
  void severalPeriodsAtOnceAreByteIdenticalToOneByOne() throws Exception {
    List<Path> periods = new ArrayList<>();
    periods.add(Periods.copySeed(dir, "2025-h1"));
    for (int i = 1; i <= 4; i++) {
      periods.add(GeneratedPeriod.write(dir, "g" + i, i, 6 + i));
    }
    List<String> args = new ArrayList<>(List.of("build", "-o", dir.resolve("together").toString()));
    periods.forEach(p -> args.add(p.toString()));
    Cli.Result together = Cli.runWithThreads("4", args.toArray(String[]::new));
    assertEquals(0, together.exitCode(), together.all());
    for (Path p : periods) {
      Path alone = dir.resolve("alone-" + p.getFileName());
      Cli.Result r = Cli.run("build", "-o", alone.toString(), p.toString());
      assertEquals(0, r.exitCode(), r.all());
      String pdf = p.getFileName() + ".pdf";
      assertArrayEquals(
          Files.readAllBytes(alone.resolve(pdf)),
          Files.readAllBytes(dir.resolve("together").resolve(pdf)),
          pdf);
    }
  }

  /**
   * A period renders while its personal-data scan runs: when the scan then finds a name, in one of
   * several periods, nothing at all is written, and the renders already made are dropped.
   */
  @Test
  void personalDataFoundWhileOthersRenderWritesNothing() throws Exception {
    List<Path> periods = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      periods.add(GeneratedPeriod.write(dir, "g" + i, i, 20));
    }
    Path leaky = periods.get(1).resolve("cases");
    try (var files = Files.list(leaky)) {
      Path first =
          files.sorted().filter(f -> read(f).contains("対応: |-\n  ")).findFirst().orElseThrow();
      Files.writeString(first, read(first).replace("対応: |-\n  ", "対応: |-\n  山田太郎様へ電話で謝罪した。"));
    }
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("build", "-o", out.toString()));
    periods.forEach(p -> args.add(p.toString()));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains("氏名: 山田太郎"), r.all());
    assertFalse(r.all().contains("Exception"), r.all());
    assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
