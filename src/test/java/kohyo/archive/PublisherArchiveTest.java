package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kohyo.base.Sha256;
import kohyo.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive records the publisher file among a period's inputs and rebuilds with it. */
class PublisherArchiveTest {

  private static final Path TOWN = Path.of("examples/minamihama-machi/2024-h2");

  @Test
  void theSharedPublisherFileIsAnInputTheRebuildUses(@TempDir Path tmp) throws IOException {
    Path to = tmp.resolve("archive");
    Cli.Result archived = Cli.run("archive", TOWN.toString(), "--to", to.toString());
    assertEquals(0, archived.exitCode(), archived.all());
    String manifest = Files.readString(to.resolve("2024-h2/manifest.txt"));
    String sha = Sha256.hex(Files.readAllBytes(TOWN.resolve("../publisher.yaml")));
    assertTrue(manifest.contains("input: sha256:" + sha + " ../publisher.yaml\n"), manifest);
    Cli.Result rebuilt = Cli.run("verify", to.toString(), "--rebuild");
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
  }
}
