package kohyo.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  void sha256SumsCoverEveryFileInSha256sumFormatAndTheRecordCoversObjectsAndPeriods()
      throws Exception {
    List<String> expected = new ArrayList<>();
    Archives.relativeFiles(period)
        .forEach(
            (path, bytes) -> {
              if (!path.equals("SHA256SUMS")) {
                expected.add(path);
              }
            });
    List<String> lines = Files.readAllLines(period.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertEquals(
        expected.stream().sorted().toList(),
        lines.stream().map(l -> l.substring(66)).sorted().toList());
    assertEquals(
        List.of("2025-h1.pdf", "2025-h1.html", "2025-h1.csv", "manifest.txt"),
        lines.subList(0, 4).stream().map(l -> l.substring(66)).toList());
    for (String line : lines) {
      assertEquals(
          Sha256.hex(Files.readAllBytes(period.resolve(line.substring(66)))),
          line.substring(0, 64));
    }
    List<String> record = Files.readAllLines(archive.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertTrue(
        record.contains(Archives.sha(period.resolve("SHA256SUMS")) + "  2025-h1/SHA256SUMS"));
    try (Stream<Path> objects = Files.list(archive.resolve("objects"))) {
      for (Path o : objects.toList()) {
        String name = o.getFileName().toString();
        assertEquals(name, Archives.sha(o), "an object is named by its SHA-256");
        assertTrue(record.contains(name + "  objects/" + name), name);
      }
    }
    // the real tool, where there is one; the format checks above do not depend on it
    if (Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "sha256sum")))) {
      for (Path folder : List.of(archive, period)) {
        Process p =
            new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
      }
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
                ? "withheld: sha256:" + hash(c) + "\n"
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
      String sha = hash(Path.of(file));
      assertTrue(manifest.contains("installed: sha256:" + sha + " " + file + "\n"), file);
      assertArrayEquals(
          Files.readAllBytes(Path.of(file)),
          Files.readAllBytes(archive.resolve("objects").resolve(sha)),
          file + " kept once, under its digest");
    }
    assertFalse(manifest.contains("99-withheld"), "a withheld case's file name is in the manifest");
  }

  @Test
  void inputsOfTheVersionAreKeptButNeverAWithheldCase() throws IOException {
    Path inputs = period.resolve("inputs");
    assertArrayEquals(
        Files.readAllBytes(Periods.SEED.resolve("period.yaml")),
        Files.readAllBytes(inputs.resolve("period.yaml")));
    try (Stream<Path> cases = Files.list(Periods.SEED.resolve("cases"))) {
      for (Path c : cases.toList()) {
        Path kept = inputs.resolve("cases").resolve(c.getFileName().toString());
        if (c.getFileName().toString().contains("withheld")) {
          assertFalse(Files.exists(kept), "a withheld case was copied");
        } else {
          assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(kept), kept.toString());
        }
      }
    }
    for (Map.Entry<Path, byte[]> f : Archives.filesUnder(archive).entrySet()) {
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
      assertFalse(f.getKey().toString().contains("withheld"), f.getKey().toString());
    }
    assertFalse(first.all().contains(Periods.WITHHELD_MARKER));
  }

  @Test
  void archivingAnArchivedPeriodAgainIsRefusedAndTouchesNothing(@TempDir Path tmp) {
    Path copy = copyOfArchive(tmp);
    Map<Path, byte[]> before = Archives.filesUnder(copy);
    Cli.Result again = Cli.run("archive", Periods.SEED.toString(), "--to", copy.toString());
    assertEquals(1, again.exitCode(), again.all());
    assertTrue(
        again.err().contains("既にアーカイブにあります") && again.err().contains("--replace"), again.err());
    assertFilesEqual(before, Archives.filesUnder(copy));
    assertEquals(
        List.of(".lock", "2025-h1", "SHA256SUMS", "objects"),
        topLevel(copy),
        "nothing beside the archive's own files but the lock file");
  }

  @Test
  void replaceKeepsThePreviousVersionWithItsInputsAndTheReasonInHistory(@TempDir Path tmp)
      throws IOException {
    Path copy = copyOfArchive(tmp);
    Map<String, byte[]> before = Archives.relativeFiles(copy.resolve("2025-h1"));
    Path data = Periods.copySeed(tmp, "2025-h1");
    Path firstCase = data.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(firstCase, Files.readString(firstCase).replace("略歴書", "略歴書（訂正）"));

    Cli.Result replaced =
        Cli.run("archive", data.toString(), "--to", copy.toString(), "--replace", "所属名の誤記を訂正");
    assertEquals(0, replaced.exitCode(), replaced.all());

    Path history = copy.resolve("2025-h1/history/1");
    for (Map.Entry<String, byte[]> old : before.entrySet()) {
      if (!old.getKey().equals("SHA256SUMS")) {
        assertArrayEquals(
            old.getValue(),
            Files.readAllBytes(history.resolve(old.getKey())),
            "previous " + old.getKey() + " kept");
      }
    }
    String record = Files.readString(history.resolve("replacement.txt"), StandardCharsets.UTF_8);
    assertTrue(record.contains("reason: 所属名の誤記を訂正\n"), record);
    assertTrue(
        record.contains(
            "replaced: sha256:" + Sha256.hex(before.get("2025-h1.pdf")) + " 2025-h1.pdf\n"),
        record);
    byte[] newPdf = Files.readAllBytes(copy.resolve("2025-h1/2025-h1.pdf"));
    assertFalse(java.util.Arrays.equals(newPdf, before.get("2025-h1.pdf")));
    assertTrue(Pdfs.squeeze(Pdfs.text(newPdf)).contains("略歴書（訂正）"));
    String sums = Files.readString(copy.resolve("2025-h1/SHA256SUMS"));
    assertTrue(
        sums.contains("  history/1/replacement.txt\n")
            && sums.contains("  history/1/2025-h1.pdf\n")
            && sums.contains("  history/1/inputs/cases/01-ryakurekisho-funshitsu.yaml\n"),
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
    // every file is listed somewhere (history files twice) and counted once; the record itself is
    // the one file nothing lists
    long distinct =
        Archives.filesUnder(copy).keySet().stream()
            .filter(f -> !f.equals(copy.resolve("SHA256SUMS")))
            .count();
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
    assertTrue(broken.err().contains("検証に失敗しました（1 件）"), broken.err());
  }

  @Test
  void verifyRebuildReproducesThePdfAndCatchesOneWhoseRecordsWereAllForged(@TempDir Path tmp)
      throws IOException {
    Path copy = copyOfArchive(tmp);
    Cli.Result rebuilt = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
    assertTrue(rebuilt.out().contains("再構築して照合: 1/1 期間"), rebuilt.out());

    // a forger who rewrites the manifest, SHA256SUMS and the record passes the sums, not the
    // rebuild
    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 3] ^= 0x20;
    Archives.forgePdf(copy, "2025-h1", bytes);
    Cli.Result sums = Cli.run("verify", copy.toString());
    assertEquals(0, sums.exitCode(), sums.all());
    Cli.Result caught = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(1, caught.exitCode(), caught.all());
    assertTrue(caught.err().contains(pdf + ": 記録された入力から作り直した PDF とバイト単位で一致しません"), caught.err());
    assertFalse(caught.err().contains("kohyo 0"), "same version: no note about versions");
  }

  @Test
  void severalPeriodsAreArchivedTogetherWithPlainProgressLinesAndShareTheObjects(
      @TempDir Path tmp) {
    Path h1 = Periods.copySeed(tmp, "2025-h1");
    Path h2 = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Path to = tmp.resolve("archive");
    Cli.Result r = Cli.run("archive", h1.toString(), h2.toString(), "--to", to.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.out().contains("[1/2] ") && r.out().contains("[2/2] "), r.out());
    assertFalse(r.out().contains("\r"), "no bar when not on a terminal");
    assertTrue(Files.isRegularFile(to.resolve("2025-h1/2025-h1.pdf")));
    assertTrue(Files.isRegularFile(to.resolve("2025-h2/2025-h2.pdf")));
    // the editor's pages (templates/editor/) are no input of any document and are not archived
    assertEquals(
        Archives.filesUnder(Path.of("templates")).keySet().stream()
                .filter(f -> !f.startsWith(Path.of("templates/editor")))
                .count()
            + 2,
        Archives.filesUnder(to.resolve("objects")).size(),
        "each template and the two fonts once");
    assertEquals(0, Cli.run("verify", to.toString()).exitCode());
  }

  @Test
  void aStrayFileRefusesTheRunAndTouchesNothing(@TempDir Path tmp) {
    Path copy = copyOfArchive(tmp);
    Periods.write(copy.resolve("2025-h2"), "not a period folder");
    Map<Path, byte[]> before = Archives.filesUnder(copy);
    Cli.Result r =
        Cli.run("archive", Periods.SEED.toString(), "--to", copy.toString(), "--replace", "再発行");
    assertEquals(3, r.exitCode(), r.all());
    assertTrue(r.err().contains(copy.resolve("2025-h2") + ": アーカイブの記録にないファイルです"), r.err());
    assertTrue(r.err().contains("何も書き出していません。./kohyo verify " + copy), r.err());
    assertFilesEqual(before, Archives.filesUnder(copy));
  }

  @Test
  void aFolderThatIsNoArchiveIsNotWrittenInto(@TempDir Path tmp) {
    Path notAnArchive = Periods.copySeed(tmp, "somewhere");
    Map<Path, byte[]> before = Archives.filesUnder(notAnArchive);
    Cli.Result r = Cli.run("archive", Periods.SEED.toString(), "--to", notAnArchive.toString());
    assertEquals(3, r.exitCode(), r.all());
    assertTrue(r.err().contains("kohyo のアーカイブではありません"), r.err());
    assertFilesEqual(before, Archives.filesUnder(notAnArchive));
    assertFalse(Files.exists(notAnArchive.resolve(".lock")), "not even the lock file");
    Cli.Result v = Cli.run("verify", notAnArchive.toString());
    assertEquals(1, v.exitCode(), v.all());
    assertTrue(v.err().contains("kohyo のアーカイブではありません"), v.err());
    assertEquals(2, v.err().lines().count(), "one finding and the summary: " + v.err());
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
  void missingDestinationOrReasonIsAUsageErrorInJapanese(@TempDir Path tmp) {
    Cli.Result noTo = Cli.run("archive", Periods.SEED.toString());
    assertEquals(2, noTo.exitCode(), noTo.all());
    assertTrue(noTo.err().contains("必須の指定がありません: --to"), noTo.err());
    String help = Cli.run("archive", "--help").out();
    assertTrue(
        help.contains(" --to=ARCHIVE") && !help.contains("[--to=ARCHIVE]"),
        "required in the synopsis: " + help);
    Path to = tmp.resolve("a");
    Cli.Result blank =
        Cli.run("archive", Periods.SEED.toString(), "--to", to.toString(), "--replace", " ");
    assertEquals(2, blank.exitCode(), blank.all());
    Cli.Result noReason =
        Cli.run("archive", Periods.SEED.toString(), "--to", to.toString(), "--replace");
    assertEquals(2, noReason.exitCode(), noReason.all());
    assertTrue(noReason.err().contains("--replace の後に「理由」を書いてください"), noReason.err());
    assertFalse(noReason.err().contains("必須の指定"), "the option was given: " + noReason.err());
    Cli.Result folderAsReason =
        Cli.run("archive", "--to", to.toString(), "--replace", Periods.SEED.toString());
    assertEquals(2, folderAsReason.exitCode(), folderAsReason.all());
    assertTrue(folderAsReason.err().contains("理由として読まれました"), folderAsReason.err());
    Cli.Result emptyTo = Cli.run("archive", Periods.SEED.toString(), "--to=");
    assertEquals(2, emptyTo.exitCode(), emptyTo.all());
    assertFalse(Files.exists(to));
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
    for (Map.Entry<Path, byte[]> f : Archives.filesUnder(to).entrySet()) {
      String text = new String(f.getValue(), StandardCharsets.ISO_8859_1);
      assertFalse(
          text.contains("somebody") || text.contains(tmp.toString()),
          "machine path in " + f.getKey());
    }
  }

  @Test
  void verifyRebuildNamesAVersionItCouldNotRebuildAndCountsThoseItDid(@TempDir Path tmp)
      throws IOException {
    Path copy = copyOfArchive(tmp);
    Path kept = copy.resolve("2025-h1/inputs/cases/01-ryakurekisho-funshitsu.yaml");
    Files.delete(kept);
    Cli.Result missing = Cli.run("verify", copy.toString(), "--rebuild");
    assertEquals(1, missing.exitCode(), missing.all());
    assertTrue(missing.err().contains(kept + ": "), missing.err());
    assertTrue(missing.err().contains("2025-h1: 再構築できませんでした。記録された入力"), missing.err());
    assertTrue(missing.err().contains("再構築して照合: 0/1 期間"), missing.err());
    assertFalse(missing.all().contains("すべて一致しました"), missing.all());
  }

  @Test
  void rebuildUsesTheArchivedTemplatesNotTheInstallationsOwn(@TempDir Path tmp) throws IOException {
    // a second installation whose edition.css differs from the one of the running kohyo
    Path root = tmp.resolve("kohyo").toAbsolutePath();
    for (String dir : List.of("templates", "fonts")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Periods.writeBytes(root.resolve(f.toString()), Files.readAllBytes(f));
        }
      }
    }
    Path css = root.resolve("templates/edition.css");
    Files.writeString(css, Files.readString(css) + "\nh1 { font-size: 19pt; }\n");
    kohyo.base.Home home = new kohyo.base.Home(root);
    kohyo.check.Checker checker = new kohyo.check.Checker(kohyo.base.Installation.of(home));
    Path to = tmp.resolve("archive");
    Archiving.Outcome outcome =
        new Archiving(home)
            .run(
                to,
                List.of(checker.check(Periods.SEED)),
                Optional.empty(),
                Progress.forOutput(new java.io.PrintWriter(new java.io.StringWriter()), 1, false));
    assertInstanceOf(Archiving.Written.class, outcome, outcome.toString());
    assertFalse(
        java.util.Arrays.equals(
            Files.readAllBytes(to.resolve("2025-h1/2025-h1.pdf")),
            Files.readAllBytes(period.resolve("2025-h1.pdf"))),
        "the other stylesheet made another PDF");

    Verifier.Report report = Verifier.verify(to, true);
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
  void aPeriodFolderThatAppearsWhileStagingIsKeptAndNothingIsWritten(@TempDir Path tmp)
      throws IOException {
    Path to = tmp.resolve("archive");
    Path theirs = to.resolve("2025-h1/2025-h1.pdf");
    Steps another =
        step -> {
          if (step.equals("staged 2025-h1")) {
            // another writer, not a kohyo run (that one would wait for the lock)
            Periods.writeBytes(theirs, new byte[] {1, 2, 3});
          }
        };
    Archiving.Outcome outcome =
        new Archiving(Periods.home(), another)
            .run(
                to,
                List.of(Periods.check(Periods.SEED)),
                Optional.empty(),
                Progress.forOutput(new java.io.PrintWriter(new java.io.StringWriter()), 1, false));
    Archiving.Failed failed = assertInstanceOf(Archiving.Failed.class, outcome);
    assertTrue(failed.reason().contains("別の処理がこの期間を書き出しました"), failed.reason());
    assertFalse(failed.completesLater());
    assertArrayEquals(
        new byte[] {1, 2, 3}, Files.readAllBytes(theirs), "the other writer's period is kept");
    assertEquals(List.of(".lock", "2025-h1"), topLevel(to), "no staging folder, no object left");
  }

  @Test
  void verifyNamesAMalformedSumsLineAndStillChecksTheOthers(@TempDir Path tmp) throws IOException {
    Path copy = copyOfArchive(tmp);
    Path sums = copy.resolve("2025-h1/SHA256SUMS");
    int line = Files.readAllLines(sums).size() + 1;
    Files.writeString(sums, Files.readString(sums) + "not a checksum line\n");
    Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(pdf, bytes);
    Cli.Result r = Cli.run("verify", copy.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains(sums + ":" + line + ": SHA256SUMS の形式"), r.err());
    assertTrue(r.err().contains(pdf + ": SHA-256 が"), r.err());
    assertFalse(
        r.err().contains("manifest.txt:"), "the well-formed manifest line was checked and holds");
  }

  private static Path copyOfArchive(Path tmp) {
    assertEquals(0, first.exitCode(), first.all());
    return Archives.copy(archive, tmp.resolve("archive"));
  }

  private static List<String> topLevel(Path folder) {
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
