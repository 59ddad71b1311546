package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.testing.Cli;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kohyo build --draft}: the 「案」 stamp and the input fingerprint; official builds carry
 * neither; a draft has its own file name, <period>（案）.pdf, and never replaces the official PDF.
 */
class DraftBuildTest {

  @TempDir static Path tmp;

  private static Cli.Result draftRun;
  private static String fingerprint;
  private static byte[] draft;
  private static byte[] official;

  @BeforeAll
  static void build() throws IOException {
    draftRun =
        Cli.run("build", "--draft", "-o", tmp.resolve("draft").toString(), Periods.SEED.toString());
    Matcher m = Pattern.compile("入力指紋 ([0-9a-f]+)").matcher(draftRun.out());
    fingerprint = m.find() ? m.group(1) : "";
    draft = Files.readAllBytes(tmp.resolve("draft/2025-h1（案）.pdf"));
    Cli.Result o =
        Cli.run("build", "-o", tmp.resolve("official").toString(), Periods.SEED.toString());
    assertEquals(0, o.exitCode(), o.all());
    official = Files.readAllBytes(tmp.resolve("official/2025-h1.pdf"));
  }

  @Test
  void draftCommandPrintsTwelveHexDigitFingerprint() {
    assertEquals(0, draftRun.exitCode(), draftRun.all());
    assertTrue(fingerprint.matches("[0-9a-f]{12}"), draftRun.out());
  }

  @Test
  void draftFingerprintIsOnEveryPage() {
    List<String> pages = Pdfs.pageTexts(draft);
    assertTrue(pages.size() >= 2);
    for (int i = 0; i < pages.size(); i++) {
      assertTrue(pages.get(i).contains("入力指紋 " + fingerprint), "fingerprint on page " + (i + 1));
    }
  }

  @Test
  void draftWatermarkIsOnEveryPage() {
    // 案 is also in the table header (事案の概要); the watermark is the one set far larger than any text
    List<Integer> pagesWithStamp = largeAn(draft);
    assertEquals(
        Pdfs.pageTexts(draft).size(),
        pagesWithStamp.size(),
        "pages with a large 案: " + pagesWithStamp);
  }

  @Test
  void officialBuildCarriesNoStamp() {
    assertFalse(Pdfs.text(official).contains("入力指紋"));
    assertFalse(Pdfs.text(official).contains(fingerprint));
    assertEquals(List.of(), largeAn(official));
  }

  @Test
  void draftAndOfficialTablesAreTheSame() {
    Path a = tmp.resolve("official/2025-h1.pdf");
    Path b = tmp.resolve("draft/2025-h1（案）.pdf");
    assertEquals(0, Cli.run("diff", a.toString(), b.toString()).exitCode());
  }

  @Test
  void draftHasItsOwnNameAndTheCommandSaysIt() throws IOException {
    assertEquals(List.of("2025-h1（案）.pdf"), names(tmp.resolve("draft")));
    assertTrue(
        draftRun.out().contains(tmp.resolve("draft/2025-h1（案）.pdf") + " を作りました"), draftRun.out());
  }

  @Test
  void draftNextToTheOfficialPdfLeavesItAsItWas(@TempDir Path out) throws IOException {
    Files.write(out.resolve("2025-h1.pdf"), official);
    Cli.Result r = Cli.run("build", "--draft", "-o", out.toString(), Periods.SEED.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertArrayEquals(official, Files.readAllBytes(out.resolve("2025-h1.pdf")));
    assertArrayEquals(
        draft, Files.readAllBytes(out.resolve("2025-h1（案）.pdf")), "same name, same bytes");
    assertEquals(List.of("2025-h1.pdf", "2025-h1（案）.pdf"), names(out));
  }

  /**
   * Without -o, as a clerk runs it: in out/ of the folder it runs in, next to the official PDF,
   * which stays; a cold process, so that the default folder is the real one.
   */
  @Test
  void draftWithoutOutputFolderGoesToOutUnderItsOwnName(@TempDir Path work) throws Exception {
    Files.createDirectories(work.resolve("out"));
    Files.write(work.resolve("out/2025-h1.pdf"), official);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Djava.awt.headless=true",
            "-D" + Home.PROPERTY + "=" + Path.of("").toAbsolutePath(),
            "-cp",
            System.getProperty("java.class.path"),
            "kohyo.cli.Main",
            "build",
            "--draft",
            Periods.SEED.toAbsolutePath().toString());
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.directory(work.toFile());
    pb.redirectErrorStream(true);
    Path log = work.resolve("build.log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("build did not finish: " + Files.readString(log));
    }
    assertEquals(0, p.exitValue(), Files.readString(log));
    assertArrayEquals(official, Files.readAllBytes(work.resolve("out/2025-h1.pdf")));
    assertArrayEquals(draft, Files.readAllBytes(work.resolve("out/2025-h1（案）.pdf")));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Pages (1-based) that draw 「案」 at more than 100 pt. */
  private static List<Integer> largeAn(byte[] pdf) {
    List<Integer> pages = new ArrayList<>();
    try (PDDocument doc = Pdfs.open(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        boolean[] found = {false};
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition t) {
                if (t.getUnicode().equals("案") && t.getFontSizeInPt() > 100) {
                  found[0] = true;
                }
              }
            };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        if (found[0]) {
          pages.add(p);
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return pages;
  }
}
