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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kohyo.testing.Cli;
import kohyo.testing.PdfA;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;

/** {@code ./kohyo archive} and {@code ./kohyo verify}, run in-process on the seed edition and small periods. */
class ArchiveCommandTest {

    @TempDir
    static Path shared;
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
        assertEquals(List.of(
                Sha256.hex(Files.readAllBytes(period.resolve("2025-h1.pdf"))) + "  2025-h1.pdf",
                Sha256.hex(Files.readAllBytes(period.resolve("manifest.txt"))) + "  manifest.txt"), lines);
        // the real tool, where there is one; the format check above does not depend on it
        if (Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "sha256sum")))) {
            Process p = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS").directory(period.toFile())
                    .redirectErrorStream(true).start();
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
        assertTrue(manifest.contains("input: sha256:" + hash(seed.resolve("period.yaml")) + " period.yaml\n"));
        try (Stream<Path> cases = Files.list(seed.resolve("cases"))) {
            for (Path c : cases.toList()) {
                String name = c.getFileName().toString();
                String line = name.contains("withheld") ? "input: sha256:" + hash(c) + " 非公表\n"
                        : "input: sha256:" + hash(c) + " cases/" + name + "\n";
                assertTrue(manifest.contains(line), "missing: " + line);
            }
        }
        for (String file : List.of("templates/edition.ftlh", "templates/edition.css", "fonts/BIZUDGothic-Regular.ttf",
                "fonts/BIZUDGothic-Bold.ttf")) {
            assertTrue(manifest.contains("input: sha256:" + hash(Path.of(file)) + " " + file + "\n"), file);
        }
        assertFalse(manifest.contains("99-withheld"), "a withheld case's file name is in the manifest");
    }

    @Test
    void withheldMarkerAbsentFromEveryArchivedFile() throws IOException {
        Map<Path, byte[]> files = filesUnder(archive);
        assertEquals(3, files.size(), files.keySet().toString());
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            byte[] bytes = f.getKey().toString().endsWith(".pdf") ? Pdfs.everyDecodedByte(f.getValue()) : f.getValue();
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16BE)) {
                String text = new String(bytes, charset);
                assertFalse(text.contains(Periods.WITHHELD_MARKER), "marker in " + f.getKey() + " as " + charset);
                assertFalse(text.contains("99-withheld"), "withheld file name in " + f.getKey());
            }
        }
        assertFalse(first.all().contains(Periods.WITHHELD_MARKER));
        assertFalse(Pdfs.text(files.get(period.resolve("2025-h1.pdf"))).contains(Periods.WITHHELD_MARKER));
    }

    @Test
    void archivingAnArchivedPeriodAgainIsRefusedAndTouchesNothing(@TempDir Path tmp) throws IOException {
        Path copy = copyOfArchive(tmp);
        Map<Path, byte[]> before = filesUnder(copy);
        Cli.Result again = Cli.run("archive", Periods.SEED.toString(), "--to", copy.toString());
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.err().contains("既にアーカイブにあります") && again.err().contains("--replace"), again.err());
        assertFilesEqual(before, filesUnder(copy));
        try (Stream<Path> all = Files.list(copy)) {
            assertEquals(List.of(copy.resolve("2025-h1")), all.toList(), "nothing beside the period folder");
        }
    }

    @Test
    void replaceKeepsThePreviousVersionAndTheReasonInHistory(@TempDir Path tmp) throws IOException {
        Path copy = copyOfArchive(tmp);
        Map<Path, byte[]> before = filesUnder(copy.resolve("2025-h1"));
        Path data = Periods.copySeed(tmp, "2025-h1");
        Path firstCase = data.resolve("cases/01-ryakurekisho-funshitsu.yaml");
        Files.writeString(firstCase, Files.readString(firstCase).replace("略歴書", "略歴書（訂正）"));

        Cli.Result replaced = Cli.run("archive", data.toString(), "--to", copy.toString(), "--replace", "所属名の誤記を訂正");
        assertEquals(0, replaced.exitCode(), replaced.all());

        Path history = copy.resolve("2025-h1/history/1");
        for (Map.Entry<Path, byte[]> old : before.entrySet()) {
            assertArrayEquals(old.getValue(), Files.readAllBytes(history.resolve(old.getKey().getFileName())),
                    "previous " + old.getKey().getFileName() + " kept");
        }
        String record = Files.readString(history.resolve("replacement.txt"), StandardCharsets.UTF_8);
        assertTrue(record.contains("reason: 所属名の誤記を訂正\n"), record);
        assertTrue(record.contains("replaced: sha256:" + Sha256.hex(before.get(copy.resolve("2025-h1/2025-h1.pdf")))
                + " 2025-h1.pdf"), record);
        byte[] newPdf = Files.readAllBytes(copy.resolve("2025-h1/2025-h1.pdf"));
        assertFalse(java.util.Arrays.equals(newPdf, before.get(copy.resolve("2025-h1/2025-h1.pdf"))));
        assertTrue(Pdfs.squeeze(Pdfs.text(newPdf)).contains("略歴書（訂正）"));
        String sums = Files.readString(copy.resolve("2025-h1/SHA256SUMS"));
        assertTrue(sums.contains("  history/1/replacement.txt\n") && sums.contains("  history/1/2025-h1.pdf\n"), sums);

        Cli.Result second = Cli.run("archive", data.toString(), "--to", copy.toString(), "--replace", "再発行");
        assertEquals(0, second.exitCode(), second.all());
        assertTrue(Files.isRegularFile(copy.resolve("2025-h1/history/1/replacement.txt")));
        assertTrue(Files.readString(copy.resolve("2025-h1/history/2/replacement.txt")).contains("reason: 再発行\n"));
        Cli.Result verified = Cli.run("verify", copy.toString());
        assertEquals(0, verified.exitCode(), verified.all());
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
    void verifyRebuildReproducesThePdfAndCatchesOneWhoseSumsWereForged(@TempDir Path tmp) throws IOException {
        Path copy = copyOfArchive(tmp);
        Cli.Result rebuilt = Cli.run("verify", copy.toString(), "--rebuild");
        assertEquals(0, rebuilt.exitCode(), rebuilt.all());
        assertTrue(rebuilt.out().contains("再構築を含む"), rebuilt.out());

        // a forger who also rewrites SHA256SUMS passes the sums, not the rebuild
        Path pdf = copy.resolve("2025-h1/2025-h1.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 0x20;
        Files.write(pdf, bytes);
        Files.writeString(copy.resolve("2025-h1/SHA256SUMS"), Sha256.hex(bytes) + "  2025-h1.pdf\n"
                + hash(copy.resolve("2025-h1/manifest.txt")) + "  manifest.txt\n");
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
        // 2025-h2's place holds a plain file: its history cannot be taken, after 2025-h1 was already staged
        Files.writeString(copy.resolve("2025-h2"), "not a period folder");
        Map<Path, byte[]> before = filesUnder(copy);
        Path h2 = Periods.empty(tmp.resolve("data"), "2025-h2", 2025, "下半期");
        Cli.Result r = Cli.run("archive", Periods.SEED.toString(), h2.toString(), "--to", copy.toString(),
                "--replace", "一括再発行");
        assertEquals(3, r.exitCode(), r.all());
        assertTrue(r.err().contains("アーカイブは元のままです"), r.err());
        assertFilesEqual(before, filesUnder(copy));
        try (Stream<Path> all = Files.list(copy)) {
            assertEquals(2, all.count(), "no staging folder left behind");
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
        assertTrue(noTo.err().contains("--to ARCHIVE"), noTo.err());
        Cli.Result blank = Cli.run("archive", Periods.SEED.toString(), "--to", tmp.resolve("a").toString(),
                "--replace", " ");
        assertEquals(2, blank.exitCode(), blank.all());
        assertFalse(Files.exists(tmp.resolve("a")));
    }

    private static Path copyOfArchive(Path tmp) throws IOException {
        assertEquals(0, first.exitCode(), first.all());
        Path copy = tmp.resolve("archive");
        for (Map.Entry<Path, byte[]> f : filesUnder(archive).entrySet()) {
            Periods.writeBytes(copy.resolve(archive.relativize(f.getKey()).toString()), f.getValue());
        }
        return copy;
    }

    private static Map<Path, byte[]> filesUnder(Path root) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(f, Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void assertFilesEqual(Map<Path, byte[]> expected, Map<Path, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " changed"));
    }

    private static String hash(Path file) throws IOException {
        return Sha256.hex(Files.readAllBytes(file));
    }
}
