package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kohyo.base.KohyoVersion;
import kohyo.base.Sha256;
import kohyo.testing.Cli;
import kohyo.testing.PdfA;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kohyo archive} and {@code ./kohyo verify}, run in-process on the seed edition and small
 * periods.
 */
class ArchiveCommandTest {

  @TempDir static Path shared;
  private static Path archive;
  private static Path period;
  private static Cli.Result first;

  @BeforeAll
  static void archiveSeed() {
    archive = shared.resolve("archive");
    first = Cli.run("archive", Periods.SEED.toString(), "--to", archive.toString());
    period = archive.resolve("2025-h1");
  }

  @Test
  void archivedPdfIsPdfA1bForPreflightAndVeraPdf() throws IOException {
    assertEquals(0, first.exitCode(), first.all());
    byte[] pdf = Files.readAllBytes(period.resolve("2025-h1.pdf"));
    List<String> preflight = PdfA.preflightErrors(pdf);
    List<String> vera = PdfA.veraPdfFailures(pdf);
    assertTrue(preflight.isEmpty(), "preflight: " + preflight);
    assertTrue(vera.isEmpty(), "veraPDF: " + vera);
    assertTrue(Pdfs.squeeze(Pdfs.text(pdf)).contains("1事案件数11件（うち、非公表基準該当1件）"));
  }

  @Test
  void sha256SumsCoverPdfAndManifestInSha256sumFormat() throws Exception {
    List<String> lines = Files.readAllLines(period.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            Sha256.hex(Files.readAllBytes(period.resolve("2025-h1.pdf"))) + "  2025-h1.pdf",
            Sha256.hex(Files.readAllBytes(period.resolve("manifest.txt"))) + "  manifest.txt"),
        lines);
    // the real tool, where there is one; the format check above does not depend on it
    if (Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "sha256sum")))) {
      Process p =
          new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS")
              .directory(period.toFile())
              .redirectErrorStream(true)
              .start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), said);
    }
  }

  @Test
  void manifestRecordsVersionBuildDateAndEveryInputWithWithheldOnlyAsHash() throws IOException {
    String manifest = Files.readString(period.resolve("manifest.txt"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("kohyo-version: " + KohyoVersion.get() + "\n"), manifest);
    assertFalse(KohyoVersion.get().contains("$"), "version not filtered into the resource");
    assertTrue(manifest.contains("build-date: 2025-09-30\n"), manifest);
    Path seed = Periods.SEED;
    assertTrue(
        manifest.contains("input: sha256:" + hash(seed.resolve("period.yaml")) + " period.yaml\n"));
    try (Stream<Path> cases = Files.list(seed.resolve("cases"))) {
      for (Path c : cases.toList()) {
        String name = c.getFileName().toString();
        String line =
            name.contains("withheld")
                ? "input: sha256:" + hash(c) + " 非公表\n"
                : "input: sha256:" + hash(c) + " cases/" + name + "\n";
        assertTrue(manifest.contains(line), "missing: " + line);
      }
    }
    for (String file :
        List.of(
            "templates/edition.ftlh",
            "templates/edition.css",
            "fonts/BIZUDGothic-Regular.ttf",
            "fonts/BIZUDGothic-Bold.ttf")) {
      assertTrue(
          manifest.contains("input: sha256:" + hash(Path.of(file)) + " " + file + "\n"), file);
    }
    assertFalse(manifest.contains("99-withheld"), "a withheld case's file name is in the manifest");
  }

  @Test
  void withheldMarkerAbsentFromEveryArchivedFile() throws IOException {
    Map<Path, byte[]> files = filesUnder(archive);
    assertEquals(3, files.size(), files.keySet().toString());
    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
      byte[] bytes =
          f.getKey().toString().endsWith(".pdf")
              ? Pdfs.everyDecodedByte(f.getValue())
              : f.getValue();
      for (var charset :
          List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16BE)) {
        String text = new String(bytes, charset);
        assertFalse(
            text.contains(Periods.WITHHELD_MARKER), "marker in " + f.getKey() + " as " + charset);
        assertFalse(text.contains("99-withheld"), "withheld file name in " + f.getKey());
      }
    }
    assertFalse(first.all().contains(Periods.WITHHELD_MARKER));
    assertFalse(
        Pdfs.text(files.get(period.resolve("2025-h1.pdf"))).contains(Periods.WITHHELD_MARKER));
  }

  @Test
  void archivingAnArchivedPeriodAgainIsRefusedAndTouchesNothing(@TempDir Path tmp)
      throws IOException {
    Path copy = copyOfArchive(tmp);
    Map<Path, byte[]> before = filesUnder(copy);
    Cli.Result again = Cli.run("archive", Periods.SEED.toString(), "--to", copy.toString());
    assertEquals(1, again.exitCode(), again.all());
    assertTrue(
        again.err().contains("既にアーカイブにあります") && again.err().contains("--replace"), again.err());
    assertFilesEqual(before, filesUnder(copy));
    try (Stream<Path> all = Files.list(copy)) {
      assertEquals(
          List.of(copy.resolve(".lock"), copy.resolve("2025-h1")),
          all.sorted().toList(),
          "nothing beside the period folder but the lock file");
    }
  }

  @Test
  void replaceKeepsThePreviousVersionAndTheReasonInHistory(@TempDir Path tmp) throws IOException {
    Path copy = copyOfArchive(tmp);
    Map<Path, byte[]> before = filesUnder(copy.resolve("2025-h1"));
    Path data = Periods.copySeed(tmp, "2025-h1");
    Path firstCase = data.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(firstCase, Files.readString(firstCase).replace("略歴書", "略歴書（訂正）"));

    Cli.Result replaced =
        Cli.run("archive", data.toString(), "--to", copy.toString(), "--replace", "所属名の誤記を訂正");
    assertEquals(0, replaced.exitCode(), replaced.all());

    Path history = copy.resolve("2025-h1/history/1");
    for (Map.Entry<Path, byte[]> old : before.entrySet()) {
      assertArrayEquals(
          old.getValue(),
          Files.readAllBytes(history.resolve(old.getKey().getFileName())),
          "previous " + old.getKey().getFileName() + " kept");
    }
    String record = Files.readString(history.resolve("replacement.txt"), StandardCharsets.UTF_8);
    assertTrue(record.contains("reason: 所属名の誤記を訂正\n"), record);
    assertTrue(
        record.contains(
            "replaced: sha256:"
                + Sha256.hex(before.get(copy.resolve("2025-h1/2025-h1.pdf")))
                + " 2025-h1.pdf"),
        record);
    byte[] newPdf = Files.readAllBytes(copy.resolve("2025-h1/2025-h1.pdf"));
    assertFalse(java.util.Arrays.equals(newPdf, before.get(copy.resolve("2025-h1/2025-h1.pdf"))));
    assertTrue(Pdfs.squeeze(Pdfs.text(newPdf)).contains("略歴書（訂正）"));
    String sums = Files.readString(copy.resolve("2025-h1/SHA256SUMS"));
    assertTrue(
        sums.contains("  history/1/replacement.txt\n")
            && sums.contains("  history/1/2025-h1.pdf\n"),
        sums);

    Cli.Result second =
        Cli.run("archive", data.toString(), "--to", copy.toString(), "--replace", "再発行");
    assertEquals(0, second.exitCode(), second.all());
    assertTrue(Files.isRegularFile(copy.resolve("2025-h1/history/1/replacement.txt")));
    assertTrue(
        Files.readString(copy.resolve("2025-h1/history/2/replacement.txt"))
            .contains("reason: 再発行\n"));
    Cli.Result verified = Cli.run("verify", copy.toString());
    assertEquals(0, verified.exitCode(), verified.all());
    // history files are listed in the period's SHA256SUMS and in their slot's own: each is counted
    // once
    long distinct;
    try (Stream<Path> all = Files.walk(copy.resolve("2025-h1"))) {
      distinct =
          all.filter(Files::isRegularFile)
              .filter(f -> !f.equals(copy.resolve("2025-h1/SHA256SUMS")))
              .count();
    }
    assertEquals(10, distinct);
    assertTrue(verified.out().contains("（" + distinct + " ファイル）"), verified.out());
  }

  @Test
  void verifyPassesThenFailsNamingThePdfAfterOneByteChanges(@TempDir Path tmp) throws IOException {
    Path copy = copyOfArchive(tmp);
    Cli.Result ok = Cli.run("verify", copy.toString());
    assertEquals(0, ok.exitCode(), ok.all());

    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(pdf, bytes);
    Cli.Result broken = Cli.run("verify", copy.toString());
    assertEquals(1, broken.exitCode(), broken.all());
    assertTrue(broken.err().contains(pdf + ": SHA-256 が"), broken.err());
    assertFalse(broken.err().contains("manifest.txt:"), "only the changed file is named");
  }

  @Test
  void verifyRebuildReproducesThePdfAndCatchesOneWhoseSumsWereForged(@TempDir Path tmp)
      throws IOException {
    Path copy = copyOfArchive(tmp);
    Cli.Result rebuilt = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
    assertTrue(rebuilt.out().contains("再構築して照合: 1/1 期間"), rebuilt.out());

    // a forger who also rewrites SHA256SUMS passes the sums, not the rebuild
    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 3] ^= 0x20;
    Files.write(pdf, bytes);
    Files.writeString(
        copy.resolve("2025-h1/SHA256SUMS"),
        Sha256.hex(bytes)
            + "  2025-h1.pdf\n"
            + hash(copy.resolve("2025-h1/manifest.txt"))
            + "  manifest.txt\n");
    assertEquals(0, Cli.run("verify", copy.toString()).exitCode());
    Cli.Result caught = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(1, caught.exitCode(), caught.all());
    assertTrue(caught.err().contains(pdf + ": 記録された入力から作り直した PDF とバイト単位で一致しません"), caught.err());
  }

  @Test
  void severalPeriodsAreArchivedTogetherWithPlainProgressLines(@TempDir Path tmp) {
    Path h1 = Periods.copySeed(tmp, "2025-h1");
    Path h2 = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Path to = tmp.resolve("archive");
    Cli.Result r = Cli.run("archive", h1.toString(), h2.toString(), "--to", to.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.out().contains("[1/2] ") && r.out().contains("[2/2] "), r.out());
    assertFalse(r.out().contains("\r"), "no bar when not on a terminal");
    assertTrue(Files.isRegularFile(to.resolve("2025-h1/2025-h1.pdf")));
    assertTrue(Files.isRegularFile(to.resolve("2025-h2/2025-h2.pdf")));
    assertEquals(0, Cli.run("verify", to.toString()).exitCode());
  }

  @Test
  void aFailureWhileWritingLeavesTheArchiveAsItWas(@TempDir Path tmp) throws IOException {
    Path copy = copyOfArchive(tmp);
    // 2025-h2's place holds a plain file: its history cannot be taken, after 2025-h1 was already
    // staged
    Files.writeString(copy.resolve("2025-h2"), "not a period folder");
    Map<Path, byte[]> before = filesUnder(copy);
    Path h2 = Periods.empty(tmp.resolve("data"), "2025-h2", 2025, "下半期");
    Cli.Result r =
        Cli.run(
            "archive",
            Periods.SEED.toString(),
            h2.toString(),
            "--to",
            copy.toString(),
            "--replace",
            "一括再発行");
    assertEquals(3, r.exitCode(), r.all());
    assertTrue(r.err().contains("アーカイブは元のままです"), r.err());
    assertFilesEqual(before, filesUnder(copy));
    try (Stream<Path> all = Files.list(copy)) {
      assertEquals(
          2,
          all.filter(p -> !p.getFileName().toString().equals(".lock")).count(),
          "no staging folder left behind");
    }
  }

  @Test
  void invalidDataArchivesNothing(@TempDir Path tmp) {
    Path bad = Periods.copySeed(tmp, "2025-h1");
    Periods.write(bad.resolve("period.yaml"), "公表主体: ○県\n年度: 二〇二五\n区分: 上半期\n");
    Path to = tmp.resolve("archive");
    Cli.Result r = Cli.run("archive", bad.toString(), "--to", to.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains("period.yaml:"), r.err());
    assertFalse(Files.exists(to));
  }

  @Test
  void missingDestinationOrEmptyReasonIsAUsageErrorInJapanese(@TempDir Path tmp) {
    Cli.Result noTo = Cli.run("archive", Periods.SEED.toString());
    assertEquals(2, noTo.exitCode(), noTo.all());
    assertTrue(noTo.err().contains("--to"), noTo.err());
    String help = Cli.run("archive", "--help").out();
    assertTrue(
        help.contains(" --to=ARCHIVE") && !help.contains("[--to=ARCHIVE]"),
        "required in the synopsis: " + help);
    Cli.Result blank =
        Cli.run(
            "archive",
            Periods.SEED.toString(),
            "--to",
            tmp.resolve("a").toString(),
            "--replace",
            " ");
    assertEquals(2, blank.exitCode(), blank.all());
    assertFalse(Files.exists(tmp.resolve("a")));
  }

  @Test
  void manifestRecordsDataFolderRelativeToKohyoHomeElseOnlyItsName(@TempDir Path tmp)
      throws IOException {
    String seedManifest = Files.readString(period.resolve("manifest.txt"), StandardCharsets.UTF_8);
    assertTrue(seedManifest.contains("data-folder: data/2025-h1\n"), seedManifest);

    Path outside = Periods.copySeed(tmp.resolve("somebody"), "2025-h1").toAbsolutePath();
    Path to = tmp.resolve("archive");
    Cli.Result r = Cli.run("archive", outside.toString(), "--to", to.toString());
    assertEquals(0, r.exitCode(), r.all());
    String manifest = Files.readString(to.resolve("2025-h1/manifest.txt"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("data-folder: 2025-h1\n"), manifest);
    for (Map.Entry<Path, byte[]> f : filesUnder(to).entrySet()) {
      String text = new String(f.getValue(), StandardCharsets.ISO_8859_1);
      assertFalse(
          text.contains("somebody") || text.contains(tmp.toString()),
          "machine path in " + f.getKey());
    }
  }

  @Test
  void verifyRebuildFailsNamingEachPeriodItCouldNotRebuildAndCountsThoseItDid(@TempDir Path tmp)
      throws IOException {
    Path data = tmp.resolve("elsewhere");
    Path h1 = Periods.copySeed(data, "2025-h1");
    Path to = tmp.resolve("archive");
    assertEquals(0, Cli.run("archive", h1.toString(), "--to", to.toString()).exitCode());

    // the recorded folder is only a name (it lies outside kohyo), so nothing can be rebuilt without
    // --data
    Cli.Result missing = Cli.run("verify", to.toString(), "--rebuild");
    assertEquals(1, missing.exitCode(), missing.all());
    assertTrue(missing.err().contains("2025-h1: 入力のフォルダー"), missing.err());
    assertTrue(missing.err().contains("再構築して照合: 0/1 期間"), missing.err());
    assertFalse(missing.all().contains("すべて一致しました"), missing.all());

    Cli.Result found = Cli.run("verify", to.toString(), "--rebuild", "--data", data.toString());
    assertEquals(0, found.exitCode(), found.all());
    assertTrue(found.out().contains("再構築して照合: 1/1 期間"), found.out());

    Path firstCase = h1.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(firstCase, Files.readString(firstCase).replace("略歴書", "略歴"));
    Cli.Result changed = Cli.run("verify", to.toString(), "--rebuild", "--data", data.toString());
    assertEquals(1, changed.exitCode(), changed.all());
    assertTrue(
        changed.err().contains("2025-h1: 記録された入力と")
            && changed.err().contains("cases/01-ryakurekisho-funshitsu.yaml"),
        changed.err());
    assertTrue(changed.err().contains("再構築して照合: 0/1 期間"), changed.err());
  }

  @Test
  void verifyRebuildFindsTheRecordedFolderUnderKohyoHomeNotTheWorkingFolder(@TempDir Path tmp)
      throws IOException {
    // a second installation whose data/2025-h1 differs from the one under the working folder
    Path root = tmp.resolve("kohyo").toAbsolutePath();
    for (String dir : List.of("templates", "fonts")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Periods.writeBytes(root.resolve(f.toString()), Files.readAllBytes(f));
        }
      }
    }
    kohyo.base.Home home = new kohyo.base.Home(root);
    Path data = Periods.copySeed(root.resolve("data"), "2025-h1");
    Path firstCase = data.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(firstCase, Files.readString(firstCase).replace("略歴書", "略歴書（別）"));
    kohyo.check.Checker checker = new kohyo.check.Checker(kohyo.base.Installation.of(home));
    Archiver archiver = new Archiver(home);
    PeriodBuild build = archiver.build(checker.check(data));
    assertEquals("data/2025-h1", build.manifest().dataFolder());
    Path to = tmp.resolve("archive");
    archiver.write(to, List.of(build), java.util.Optional.empty());

    Verifier.Report report =
        new Verifier(home, checker).verify(to, true, java.util.Optional.empty());
    assertTrue(report.ok(), report.toString());
    assertEquals(1, report.rebuilt());
  }

  @Test
  void aSecondArchiveRunWhileOneHoldsTheLockIsRefusedInJapanese(@TempDir Path tmp)
      throws IOException {
    Path to = tmp.resolve("archive");
    Files.createDirectories(to);
    try (java.nio.channels.FileChannel ch =
            java.nio.channels.FileChannel.open(
                to.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = ch.lock()) {
      Cli.Result r = Cli.run("archive", Periods.SEED.toString(), "--to", to.toString());
      assertEquals(3, r.exitCode(), r.all());
      assertTrue(r.err().contains("別の archive が実行中です"), r.err());
      assertFalse(Files.exists(to.resolve("2025-h1")));
    }
    Cli.Result after = Cli.run("archive", Periods.SEED.toString(), "--to", to.toString());
    assertEquals(0, after.exitCode(), after.all());
  }

  @Test
  void swapInRefusesAPeriodFolderThatAppearedAfterStaging(@TempDir Path tmp) throws IOException {
    Path to = tmp.resolve("archive");
    Files.createDirectories(to);
    byte[] pdf = "not really a pdf".getBytes(StandardCharsets.UTF_8);
    PeriodBuild build =
        new PeriodBuild(
            new Manifest(
                "0",
                "2025-h1",
                java.time.LocalDate.of(2025, 9, 30),
                "data/2025-h1",
                Sha256.hex(pdf),
                List.of()),
            pdf);
    List<Archiver.Staged> staged = new java.util.ArrayList<>();
    Archiver.stageAll(to, List.of(build), java.util.Optional.empty(), staged);
    // another run writes the same period meanwhile
    Path theirs = to.resolve("2025-h1/2025-h1.pdf");
    Periods.writeBytes(theirs, new byte[] {1, 2, 3});
    ArchiveConflictException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ArchiveConflictException.class, () -> Archiver.swapIn(to, staged));
    assertTrue(e.getMessage().contains("別の処理がこの期間を書き出しました"), e.getMessage());
    assertArrayEquals(
        new byte[] {1, 2, 3}, Files.readAllBytes(theirs), "the other run's period is kept");
    try (Stream<Path> all = Files.list(to)) {
      assertEquals(2, all.count(), "theirs and our staging folder, nothing moved aside");
    }
  }

  @Test
  void verifyNamesAMalformedSumsLineAndStillChecksTheOthers(@TempDir Path tmp) throws IOException {
    Path copy = copyOfArchive(tmp);
    Path sums = copy.resolve("2025-h1/SHA256SUMS");
    Files.writeString(sums, Files.readString(sums) + "not a checksum line\n");
    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(pdf, bytes);
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains(sums + ":3: SHA256SUMS の形式"), r.err());
    assertTrue(r.err().contains(pdf + ": SHA-256 が"), r.err());
    assertFalse(
        r.err().contains("manifest.txt:"), "the well-formed manifest line was checked and holds");
  }

  private static Path copyOfArchive(Path tmp) throws IOException {
    assertEquals(0, first.exitCode(), first.all());
    Path copy = tmp.resolve("archive");
    for (Map.Entry<Path, byte[]> f : filesUnder(archive).entrySet()) {
      Periods.writeBytes(copy.resolve(archive.relativize(f.getKey()).toString()), f.getValue());
    }
    return copy;
  }

  /** Every file but the lock file, which an archive run leaves (empty) on purpose. */
  private static Map<Path, byte[]> filesUnder(Path root) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f :
          all.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals(ArchiveLock.FILE_NAME))
              .toList()) {
        files.put(f, Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static void assertFilesEqual(Map<Path, byte[]> expected, Map<Path, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach(
        (path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " changed"));
  }

  private static String hash(Path file) throws IOException {
    return Sha256.hex(Files.readAllBytes(file));
  }
}
