package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kohyo.testing.Cli;
import kohyo.testing.Periods;

/** The replacement the interruption tests stop: the seed with one case corrected. */
final class Replacement {

  private Replacement() {}

  /** A copy of the seed under {@code parent/new/2025-h1} with the first case corrected. */
  static Path data(Path parent) throws IOException {
    Path data = Periods.copySeed(parent.resolve("new"), "2025-h1");
    Path c = data.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(c, Files.readString(c).replace("略歴書", "略歴書（訂正）"));
    return data;
  }

  /** The archive holds the original version only, as before the run, and verifies. */
  static void assertOriginal(Path original, Path archive) {
    assertEquals(
        Archives.relativeFiles(original).keySet(), Archives.relativeFiles(archive).keySet());
    Archives.relativeFiles(original)
        .forEach(
            (p, b) -> assertArrayEquals(b, Archives.bytes(archive.resolve(p)), "changed: " + p));
    assertVerifies(archive);
  }

  /**
   * The archive holds the corrected version, with the original whole in history/1, nothing else,
   * and verifies.
   */
  static void assertReplaced(Path original, Path archive) {
    Map<String, byte[]> before = Archives.relativeFiles(original.resolve("2025-h1"));
    before.forEach(
        (p, b) -> {
          if (!p.equals("SHA256SUMS")) {
            assertArrayEquals(
                b, Archives.bytes(archive.resolve("2025-h1/history/1").resolve(p)), p);
          }
        });
    assertFalse(Files.exists(archive.resolve("2025-h1/history/2")), "replaced once");
    assertTrue(
        Archives.read(archive.resolve("2025-h1/inputs/cases/01-ryakurekisho-funshitsu.yaml"))
            .contains("略歴書（訂正）"));
    assertVerifies(archive);
  }

  private static void assertVerifies(Path archive) {
    Cli.Result v = Cli.run("verify", archive.toString());
    assertEquals(0, v.exitCode(), v.all());
  }
}
