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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive keeps the HTML and CSV twins with the PDF/A: the same bytes as {@code build} writes,
 * recorded in the manifest and SHA256SUMS, checked by {@code verify} and rebuilt by {@code verify
 * --rebuild}; a version archived before kohyo made twins still verifies and rebuilds.
 */
class ArchivedTwinsTest {

  @TempDir static Path shared;

  private static Path archive;
  private static Path period;

  @BeforeAll
  static void archiveSeed() {
    archive = shared.resolve("archive");
    Cli.Result r = Cli.run("archive", Periods.SEED.toString(), "--to", archive.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.out().contains("2025-h1.html、2025-h1.csv"), r.out());
    period = archive.resolve("2025-h1");
  }

  @Test
  void theTwinsAreKeptAsBuildWritesThemUnderTheManifestAndSha256Sums() throws IOException {
    Path out = shared.resolve("out");
    Cli.Result build = Cli.run("build", Periods.SEED.toString(), "-o", out.toString());
    assertEquals(0, build.exitCode(), build.all());
    String manifest = Archives.read(period.resolve("manifest.txt"));
    String sums = Archives.read(period.resolve("SHA256SUMS"));
    for (String name : new String[] {"2025-h1.html", "2025-h1.csv"}) {
      byte[] kept = Files.readAllBytes(period.resolve(name));
      assertArrayEquals(Files.readAllBytes(out.resolve(name)), kept, name);
      String ext = name.substring(name.indexOf('.') + 1);
      assertTrue(
          manifest.contains(ext + ": sha256:" + Sha256.hex(kept) + " " + name + "\n"), manifest);
      assertTrue(sums.contains(Sha256.hex(kept) + "  " + name + "\n"), sums);
    }
    Cli.Result verify = Cli.run("verify", archive.toString());
    assertEquals(0, verify.exitCode(), verify.all());
  }

  @Test
  void aChangedTwinFailsVerifyEvenWithItsSumsLineUpdated(@TempDir Path tmp) throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path csv = copy.resolve("2025-h1/2025-h1.csv");
    Files.writeString(csv, Files.readString(csv).replace("本庁", "本部"));
    Archives.reseal(copy, "2025-h1");
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains(csv + ": SHA-256 が目録（manifest.txt）の記録と一致しません"), r.err());
  }

  @Test
  void aForgedTwinWithItsManifestAndSumsMadeToAgreeFailsTheRebuild(@TempDir Path tmp)
      throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path html = copy.resolve("2025-h1/2025-h1.html");
    String old = Archives.sha(html);
    Files.writeString(html, Files.readString(html).replace("本庁", "本部"));
    Path manifest = copy.resolve("2025-h1/manifest.txt");
    Files.writeString(manifest, Files.readString(manifest).replace(old, Archives.sha(html)));
    Archives.reseal(copy, "2025-h1");
    Cli.Result plain = Cli.run("verify", copy.toString());
    assertEquals(0, plain.exitCode(), "the records agree: " + plain.all());
    Cli.Result rebuild = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(1, rebuild.exitCode(), rebuild.all());
    assertTrue(rebuild.err().contains(html + ": 記録された入力から作り直した HTML とバイト単位で一致しません"), rebuild.err());
  }

  /**
   * A version archived by a kohyo that made no twins: no twin files, no twin lines in its manifest.
   * It verifies and rebuilds, and a replacement keeps it in history as it was.
   */
  @Test
  void aVersionArchivedBeforeTwinsVerifiesRebuildsAndIsReplaced(@TempDir Path tmp)
      throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path folder = copy.resolve("2025-h1");
    Files.delete(folder.resolve("2025-h1.html"));
    Files.delete(folder.resolve("2025-h1.csv"));
    Path manifest = folder.resolve("manifest.txt");
    Files.writeString(
        manifest, Files.readString(manifest).replaceAll("(?m)^(html|csv): sha256:.*\\n", ""));
    Archives.reseal(copy, "2025-h1");
    Cli.Result old = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(0, old.exitCode(), old.all());
    assertTrue(old.out().contains("再構築して照合: 1/1"), old.out());

    Cli.Result replaced =
        Cli.run(
            "archive",
            Periods.SEED.toString(),
            "--to",
            copy.toString(),
            "--replace",
            "HTML と CSV を追加");
    assertEquals(0, replaced.exitCode(), replaced.all());
    assertTrue(Files.exists(folder.resolve("2025-h1.csv")));
    assertFalse(Files.exists(folder.resolve("history/1/2025-h1.csv")));
    Cli.Result both = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(0, both.exitCode(), both.all());
    assertTrue(both.out().contains("再構築して照合: 1/1 期間、履歴 1/1 版"), both.out());
  }
}
