package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import kohyo.base.Sha256;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} against the ways an archive can be damaged or forged: every file must be accounted
 * for, and SHA256SUMS, the manifests and the files must agree; each failing file is named once.
 */
class VerifyTest {

  @TempDir static Path shared;

  /** The seed archived, then replaced once: a current version and one in history. */
  private static Path archive;

  @BeforeAll
  static void archiveTwoVersions() throws IOException {
    archive = shared.resolve("archive");
    Path data = Periods.copySeed(shared.resolve("data"), "2025-h1");
    assertEquals(0, Cli.run("archive", data.toString(), "--to", archive.toString()).exitCode());
    Path c = data.resolve("cases/03-hokokusho-data-gosoushin.yaml");
    Files.writeString(c, Files.readString(c).replace("報告書", "報告書等"));
    Cli.Result replaced =
        Cli.run("archive", data.toString(), "--to", archive.toString(), "--replace", "訂正");
    assertEquals(0, replaced.exitCode(), replaced.all());
    Cli.Result ok = Cli.run("verify", archive.toString());
    assertEquals(0, ok.exitCode(), ok.all());
  }

  @Test
  void aPdfWhoseSumsLineWasUpdatedStillFailsAgainstItsManifestAndTheRecord(@TempDir Path tmp)
      throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(pdf, bytes);
    Path sums = copy.resolve("2025-h1/SHA256SUMS");
    Files.writeString(
        sums,
        Files.readString(sums)
            .replaceFirst(
                "(?m)^[0-9a-f]{64}  2025-h1\\.pdf$", Sha256.hex(bytes) + "  2025-h1.pdf"));
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains(pdf + ": SHA-256 が目録（manifest.txt）の記録と一致しません"), r.err());
    assertTrue(r.err().contains(sums + ": SHA-256 が SHA256SUMS の記録と一致しません"), r.err());

    // the forger also updates the archive's record: the manifest still disagrees
    Archives.reseal(copy, "2025-h1");
    Cli.Result resealed = Cli.run("verify", copy.toString());
    assertEquals(1, resealed.exitCode(), resealed.all());
    assertTrue(
        resealed.err().contains(pdf + ": SHA-256 が目録（manifest.txt）の記録と一致しません"), resealed.err());
    assertTrue(resealed.err().contains("（1 件）"), resealed.err());
  }

  @Test
  void everyFileNothingAccountsForIsNamed(@TempDir Path tmp) throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path extraPdf = copy.resolve("2025-h1/extra.pdf");
    Path extraInput = copy.resolve("2025-h1/inputs/cases/11-extra.yaml");
    Path extraHistory = copy.resolve("2025-h1/history/1/notes.txt");
    Path extraTop = copy.resolve("notes.txt");
    Path extraObject = copy.resolve("objects").resolve(Sha256.hex(new byte[] {7}));
    for (Path p : List.of(extraPdf, extraInput, extraHistory, extraTop)) {
      Periods.write(p, "extra");
    }
    Periods.writeBytes(extraObject, new byte[] {7});
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    for (Path p : List.of(extraPdf, extraInput, extraHistory, extraTop, extraObject)) {
      assertTrue(r.err().contains(p + ": "), p + " not named: " + r.err());
    }
    assertTrue(r.err().contains("検証に失敗しました（5 件）"), r.err());

    // listed in SHA256SUMS by a forger, the period's extra files still belong to no manifest
    Archives.reseal(copy, "2025-h1");
    Cli.Result listed = Cli.run("verify", copy.toString());
    assertEquals(1, listed.exitCode(), listed.all());
    assertTrue(listed.err().contains(extraPdf + ": SHA256SUMS に記録されていますが、どの版の目録"), listed.err());
    assertTrue(listed.err().contains(extraInput + ": "), listed.err());
  }

  @Test
  void anEditedInputIsNamedOnce(@TempDir Path tmp) throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path input = copy.resolve("2025-h1/inputs/cases/03-hokokusho-data-gosoushin.yaml");
    Files.writeString(input, Files.readString(input).replace("報告書等", "報告"));
    Cli.Result r = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(1, r.exitCode(), r.all());
    assertEquals(
        1, r.err().split(java.util.regex.Pattern.quote(input.toString()), -1).length - 1, r.err());
    assertTrue(r.err().contains("検証に失敗しました（1 件"), r.err());
    assertTrue(r.err().contains("2025-h1: 再構築できませんでした"), r.err());
    assertTrue(r.err().contains("再構築して照合: 0/1 期間、履歴 1/1 版"), r.err());
  }

  @Test
  void aDeletedHistoryFileIsNamedAndCountedOnce(@TempDir Path tmp) throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path old = copy.resolve("2025-h1/history/1/2025-h1.pdf");
    Files.delete(old);
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertEquals(
        1, r.err().split(java.util.regex.Pattern.quote(old.toString()), -1).length - 1, r.err());
    assertTrue(r.err().contains("検証に失敗しました（1 件）"), r.err());
  }

  @Test
  void aDamagedObjectIsNamedOnce(@TempDir Path tmp) throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    String sha = Sha256.hex(Files.readAllBytes(Path.of("templates/edition.css")));
    Path object = copy.resolve("objects").resolve(sha);
    Files.writeString(object, Files.readString(object) + " ");
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains(object + ": "), r.err());
    assertTrue(r.err().contains("検証に失敗しました（1 件）"), r.err());
  }

  @Test
  void aReplacementStoppedBetweenItsRenamesIsNamedAndUndoneByTheNextRun(@TempDir Path tmp)
      throws IOException {
    // what an older kohyo left when stopped between moving the old folder aside and the new one in
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path aside = copy.resolve(".2025-h1.old-1234");
    Files.move(copy.resolve("2025-h1"), aside);
    Cli.Result v = Cli.run("verify", copy.toString());
    assertEquals(1, v.exitCode(), v.all());
    assertTrue(v.err().contains(aside + ": 期間 2025-h1 の差し替えが途中で止まった"), v.err());
    assertTrue(
        v.err().contains(copy.resolve("2025-h1") + ": アーカイブの記録（SHA256SUMS）にある期間のフォルダーがありません"),
        v.err());

    // archiving the period again without --replace must not slip past the replace rule
    Cli.Result again = Cli.run("archive", Periods.SEED.toString(), "--to", copy.toString());
    assertEquals(1, again.exitCode(), again.all());
    assertTrue(again.err().contains("前の版を元に戻しました"), again.err());
    assertTrue(again.err().contains("既にアーカイブにあります"), again.err());
    Cli.Result after = Cli.run("verify", copy.toString());
    assertEquals(0, after.exitCode(), after.all());
    assertTrue(Files.isRegularFile(copy.resolve("2025-h1/history/1/2025-h1.pdf")));
  }

  @Test
  void aStagingFolderLeftBehindIsNamedAndRemovedByTheNextRun(@TempDir Path tmp) {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path staging = copy.resolve(".2025-h2.new-99");
    Periods.write(staging.resolve("2025-h2.pdf"), "half written");
    Cli.Result v = Cli.run("verify", copy.toString());
    assertEquals(1, v.exitCode(), v.all());
    assertTrue(v.err().contains(staging + ": 期間 2025-h2 の書き出しが途中で止まった準備フォルダー"), v.err());
    Path h2 = Periods.empty(tmp.resolve("data"), "2025-h2", 2025, "下半期");
    Cli.Result run = Cli.run("archive", h2.toString(), "--to", copy.toString());
    assertEquals(0, run.exitCode(), run.all());
    assertTrue(run.err().contains(staging + ": 途中で止まった archive の準備フォルダーを削除しました"), run.err());
    assertFalse(Files.exists(staging));
    assertEquals(0, Cli.run("verify", copy.toString()).exitCode());
  }

  @Test
  void aRebuildOfAVersionMadeByAnotherKohyoSaysSo(@TempDir Path tmp) throws IOException {
    Path copy = Archives.copy(archive, tmp.resolve("a"));
    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 3] ^= 0x20;
    Archives.forgePdf(copy, "2025-h1", bytes);
    Path manifest = copy.resolve("2025-h1/manifest.txt");
    Files.writeString(
        manifest,
        Files.readString(manifest).replaceFirst("kohyo-version: .*", "kohyo-version: 0.0.1-old"));
    Archives.reseal(copy, "2025-h1");
    Cli.Result r = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains(pdf + ": 記録された入力から作り直した PDF とバイト単位で一致しません"), r.err());
    assertTrue(r.err().contains("この版は kohyo 0.0.1-old で作られ"), r.err());
  }

  @Test
  void aManifestIsReadBackOrRefusedWithReasonsButNeverThrows() throws IOException {
    String text = Files.readString(archive.resolve("2025-h1/manifest.txt"));
    Manifest.Reading whole = Manifest.parse(text);
    assertTrue(whole.manifest().isPresent(), whole.problems().toString());
    assertEquals(text, whole.manifest().get().format(), "format and parse agree");
    assertEquals(1, whole.manifest().get().withheldCount());
    Random random = new Random(12);
    for (int i = 0; i < 2000; i++) {
      char[] chars = text.toCharArray();
      int at = random.nextInt(chars.length);
      chars[at] = "x/.: \n0".charAt(random.nextInt(7));
      String broken = random.nextBoolean() ? new String(chars) : text.substring(0, at);
      Manifest.Reading reading = Manifest.parse(broken);
      assertTrue(
          reading.manifest().isPresent() != !reading.problems().isEmpty(), "one or the other");
    }
    for (String escape : List.of("../../evil.yaml", "/etc/passwd", "cases/../../x.yaml", "")) {
      String forged =
          text.replaceFirst(
              "(?m)^input: (sha256:[0-9a-f]{64}) period\\.yaml$", "input: $1 " + escape);
      Manifest.Reading reading = Manifest.parse(forged);
      assertTrue(reading.manifest().isEmpty(), "accepted a label leaving the folder: " + escape);
      assertTrue(
          reading.problems().get(0).contains("行目が目録の形式ではありません"), reading.problems().toString());
    }
  }
}
