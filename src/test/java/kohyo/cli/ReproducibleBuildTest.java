package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes — even from separate processes in different time zones and locales. */
class ReproducibleBuildTest {

  @TempDir Path tmp;

  @Test
  void buildsInSeparateProcessesWithDifferentTimeZonesAndLocalesAreByteIdentical()
      throws Exception {
    Path tokyo = tmp.resolve("tokyo");
    Path losAngeles = tmp.resolve("los-angeles");
    // both at once: two cold JVMs take about as long as one on two cores
    Process a = start(tokyo, "Asia/Tokyo", "ja", "JP", tmp.resolve("a.log"));
    Process b = start(losAngeles, "America/Los_Angeles", "en", "US", tmp.resolve("b.log"));
    assertEquals(0, finish(a, tmp.resolve("a.log")));
    assertEquals(0, finish(b, tmp.resolve("b.log")));
    for (String name : List.of("2025-h1.pdf", "2025-h1.html", "2025-h1.csv")) {
      assertArrayEquals(
          Files.readAllBytes(tokyo.resolve(name)),
          Files.readAllBytes(losAngeles.resolve(name)),
          name);
    }
  }

  private static Process start(Path out, String zone, String language, String country, Path log)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-Djava.awt.headless=true",
                "-Duser.timezone=" + zone,
                "-Duser.language=" + language,
                "-Duser.country=" + country,
                "-cp",
                System.getProperty("java.class.path"),
                "kohyo.cli.Main",
                "build",
                "-o",
                out.toString(),
                Periods.SEED.toString()));
    pb.environment().put("TZ", zone);
    pb.environment().put("LANG", language + "_" + country + ".UTF-8");
    pb.environment().put("LC_ALL", language + "_" + country + ".UTF-8");
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.directory(new File(System.getProperty("user.dir")));
    return pb.start();
  }

  private static int finish(Process p, Path log) throws Exception {
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("build did not finish: " + Files.readString(log));
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("build failed: " + Files.readString(log));
    }
    return p.exitValue();
  }
}
