package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kohyo.cli.Main;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive proves what was published from itself alone: copied to another folder, with the data
 * deleted, and checked by a kohyo process that has no templates/, fonts/ or data/ of its own,
 * {@code verify --rebuild} rebuilds every period and every history version byte for byte.
 */
class SelfContainedRebuildTest {

  @Test
  void everyPeriodAndHistoryVersionIsRebuiltFromACopiedArchiveWithTheDataDeleted(@TempDir Path tmp)
      throws Exception {
    Path data = tmp.resolve("data");
    Path h1 = Periods.copySeed(data, "2025-h1");
    Path h2 = Periods.empty(data, "2025-h2", 2025, "下半期");
    Periods.write(h2.resolve("cases/01.yaml"), Periods.publishedCase("2025-10-01", "書類を紛失したもの。"));
    Path archive = tmp.resolve("archive");
    assertEquals(
        0, Cli.run("archive", h1.toString(), h2.toString(), "--to", archive.toString()).exitCode());
    Path withheld = h1.resolve("cases/99-withheld.yaml");
    Files.writeString(withheld, Files.readString(withheld).replace("7f3a", "7f3b"));
    Path c = h1.resolve("cases/02-jogen-bunsho-gosofu.yaml");
    Files.writeString(c, Files.readString(c).replace("B市へ送付", "B市へ郵送"));
    Cli.Result replaced =
        Cli.run("archive", h1.toString(), "--to", archive.toString(), "--replace", "訂正");
    assertEquals(0, replaced.exitCode(), replaced.all());

    Path elsewhere = Archives.copy(archive, tmp.resolve("kept/elsewhere"));
    delete(data);
    delete(archive);
    Path empty = Files.createDirectories(tmp.resolve("no-kohyo-here"));

    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "-Djava.awt.headless=true",
                "-Dkohyo.home=" + empty,
                Main.class.getName(),
                "verify",
                elsewhere.toString(),
                "--rebuild")
            .directory(empty.toFile())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), said);
    assertTrue(said.contains("再構築して照合: 2/2 期間、履歴 1/1 版"), said);
    assertFalse(Files.exists(data) || Files.exists(archive));
    try (Stream<Path> left = Files.list(empty)) {
      assertEquals(List.of(), left.toList(), "the rebuild wrote nothing where it ran");
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
