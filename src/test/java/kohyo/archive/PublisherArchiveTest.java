package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kohyo.base.Sha256;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive keeps the publisher file among a period's inputs — a shared one once for the archive,
 * a period's own with the period — and rebuilds with it from the archive alone.
 */
class PublisherArchiveTest {

  private static final Path TOWN = Path.of("examples/minamihama-machi/2024-h2");

  @Test
  void theSharedPublisherFileIsKeptOnceAndTheRebuildUsesIt(@TempDir Path tmp) throws IOException {
    Path to = tmp.resolve("archive");
    Cli.Result archived = Cli.run("archive", TOWN.toString(), "--to", to.toString());
    assertEquals(0, archived.exitCode(), archived.all());
    String manifest = Files.readString(to.resolve("2024-h2/manifest.txt"));
    byte[] publisher = Files.readAllBytes(TOWN.resolve("../publisher.yaml"));
    String sha = Sha256.hex(publisher);
    assertTrue(manifest.contains("shared: sha256:" + sha + " publisher.yaml\n"), manifest);
    assertArrayEquals(publisher, Files.readAllBytes(to.resolve("objects").resolve(sha)));
    assertFalse(Files.exists(to.resolve("2024-h2/inputs/publisher.yaml")));

    Cli.Result rebuilt = Cli.run("verify", to.toString(), "--rebuild");
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
    assertTrue(rebuilt.out().contains("再構築して照合: 1/1 期間"), rebuilt.out());
  }

  @Test
  void aPeriodsOwnPublisherFileIsKeptWithItsInputs(@TempDir Path tmp) throws IOException {
    Path own = tmp.resolve("data/2024-h2");
    try (var files = Files.walk(TOWN)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Periods.writeBytes(own.resolve(TOWN.relativize(f).toString()), Files.readAllBytes(f));
      }
    }
    Files.copy(TOWN.resolve("../publisher.yaml"), own.resolve("publisher.yaml"));
    Path to = tmp.resolve("archive");
    Cli.Result archived = Cli.run("archive", own.toString(), "--to", to.toString());
    assertEquals(0, archived.exitCode(), archived.all());
    String manifest = Files.readString(to.resolve("2024-h2/manifest.txt"));
    String sha = Sha256.hex(Files.readAllBytes(own.resolve("publisher.yaml")));
    assertTrue(manifest.contains("input: sha256:" + sha + " publisher.yaml\n"), manifest);
    assertTrue(Files.isRegularFile(to.resolve("2024-h2/inputs/publisher.yaml")));
    Cli.Result rebuilt = Cli.run("verify", to.toString(), "--rebuild");
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
  }
}
