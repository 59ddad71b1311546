package kohyo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kohyo.base.Problem;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period with more case files than one PDF can hold is refused at once, with the limit and the
 * reason, before any file is read (README: 性能).
 */
class CaseLimitTest {

  @TempDir Path dir;

  /** Files that could not be read (each its own): any attempt to read them would report them. */
  private Path periodWith(String name, int files) {
    Path folder = Periods.empty(dir, name, 2025, "上半期");
    for (int i = 1; i <= files; i++) {
      Periods.write(
          folder.resolve("cases").resolve(String.format("%04d.yaml", i)), "# " + i + "\n所属: [\n");
    }
    return folder;
  }

  @Test
  void overTheLimitIsRefusedBeforeReading() {
    Path folder = periodWith("too-many", PeriodReader.MAX_CASE_FILES + 1);
    LoadedPeriod loaded = new PeriodReader().read(folder);
    assertEquals(1, loaded.problems().size(), loaded.problems().toString());
    Problem p = loaded.problems().get(0);
    assertEquals(folder.resolve("cases").toString(), p.path());
    assertTrue(p.message().contains("3,001 件"), p.message());
    assertTrue(p.message().contains("3,000 件まで"), p.message());
    assertTrue(p.message().contains("期間を分けて"), p.message());
    assertEquals(0, loaded.cases().size());

    Cli.Result r = Cli.run("build", "-o", dir.resolve("out").toString(), folder.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains("1 つの期間で扱えるのは 3,000 件までです"), r.err());
  }

  @Test
  void atTheLimitEveryFileIsRead() {
    Path folder = periodWith("at-limit", PeriodReader.MAX_CASE_FILES);
    LoadedPeriod loaded = new PeriodReader().read(folder);
    assertEquals(PeriodReader.MAX_CASE_FILES, loaded.problems().size(), "each file's own problem");
    assertFalse(loaded.problems().stream().anyMatch(p -> p.message().contains("件までです")));
  }
}
