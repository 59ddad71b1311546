package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kohyo.model.Edition;
import kohyo.render.Publisher;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kohyo build} writes the PDF and its HTML and CSV twins beside it, all files of all periods
 * or none; {@code --format} chooses among them; a draft is a PDF only.
 */
class BuildFormatsTest {

  @TempDir Path tmp;

  @Test
  void buildWritesThePdfAndBothTwinsOfEveryPeriod() throws IOException {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Path b = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("build", a.toString(), b.toString(), "-o", out.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertEquals(
        List.of(
            "2025-h1.csv",
            "2025-h1.html",
            "2025-h1.pdf",
            "2025-h2.csv",
            "2025-h2.html",
            "2025-h2.pdf"),
        names(out));
    assertTrue(
        r.out()
            .contains(
                out.resolve("2025-h1.pdf")
                    + " を作りました（事案 11 件、うち非公表 1 件、掲載 10 件）。\n"
                    + "  同じ内容の HTML（読み上げ・スマートフォン向け）: "
                    + out.resolve("2025-h1.html")
                    + "\n  同じ内容の CSV（オープンデータ）: "
                    + out.resolve("2025-h1.csv")
                    + "\n"),
        r.out());
    // what the command wrote is what the edition renders to
    Edition seed = Periods.edition(a);
    Publisher publisher = new Publisher(Periods.home());
    assertArrayEquals(publisher.html(seed), Files.readAllBytes(out.resolve("2025-h1.html")));
    assertArrayEquals(publisher.csv(seed), Files.readAllBytes(out.resolve("2025-h1.csv")));
  }

  @Test
  void rebuildingGivesTheSameBytes() throws IOException {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Cli.Result first = Cli.run("build", a.toString(), "-o", tmp.resolve("one").toString());
    Cli.Result second = Cli.run("build", a.toString(), "-o", tmp.resolve("two").toString());
    assertEquals(0, first.exitCode(), first.all());
    assertEquals(0, second.exitCode(), second.all());
    for (String name : List.of("2025-h1.pdf", "2025-h1.html", "2025-h1.csv")) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("one").resolve(name)),
          Files.readAllBytes(tmp.resolve("two").resolve(name)),
          name);
    }
  }

  @Test
  void formatChoosesTheFilesInAnyCaseAndOrder() throws IOException {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Cli.Result pdf = Cli.run("build", a.toString(), "--format", "pdf", "-o", dir("pdf"));
    assertEquals(0, pdf.exitCode(), pdf.all());
    assertEquals(List.of("2025-h1.pdf"), names(tmp.resolve("pdf")));
    assertFalse(pdf.out().contains("同じ内容"), pdf.out());
    Cli.Result twins = Cli.run("build", a.toString(), "--format", " CSV,html ", "-o", dir("twins"));
    assertEquals(0, twins.exitCode(), twins.all());
    assertEquals(List.of("2025-h1.csv", "2025-h1.html"), names(tmp.resolve("twins")));
    assertTrue(twins.out().startsWith(tmp.resolve("twins").resolve("2025-h1.html") + " を作りました"));
  }

  @Test
  void anUnknownFormatIsAUsageMistakeAndNothingIsWritten() {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Cli.Result r = Cli.run("build", a.toString(), "--format", "pdf,xlsx", "-o", dir("out"));
    assertEquals(2, r.exitCode(), r.all());
    assertTrue(r.err().contains("--format の「xlsx」は使えません。pdf、html、csv をコンマで区切って書いてください"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aDraftIsAPdfOnlyAndAskingForItsTwinsIsAUsageMistake() throws IOException {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Cli.Result draft = Cli.run("build", "--draft", a.toString(), "-o", dir("draft"));
    assertEquals(0, draft.exitCode(), draft.all());
    assertEquals(List.of("2025-h1（案）.pdf"), names(tmp.resolve("draft")));
    Cli.Result twins =
        Cli.run("build", "--draft", "--format", "pdf,html", a.toString(), "-o", dir("twins"));
    assertEquals(2, twins.exitCode(), twins.all());
    assertTrue(twins.err().contains("校正刷り（--draft）は PDF だけを作ります。"), twins.err());
    assertFalse(Files.exists(tmp.resolve("twins")));
  }

  @Test
  void filesOfAFormatNotMadeThisTimeAreLeftAndNamed() throws IOException {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Path out = tmp.resolve("out");
    assertEquals(0, Cli.run("build", a.toString(), "-o", out.toString()).exitCode());
    byte[] csv = Files.readAllBytes(out.resolve("2025-h1.csv"));
    Cli.Result r = Cli.run("build", a.toString(), "--format", "pdf", "-o", out.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(
        r.out()
            .contains(
                "  注意: " + out.resolve("2025-h1.csv") + " は今回作っていません（前に作ったもので、内容が違うかもしれません）。"),
        r.out());
    assertTrue(r.out().contains("  注意: " + out.resolve("2025-h1.html") + " は今回作っていません"), r.out());
    assertArrayEquals(csv, Files.readAllBytes(out.resolve("2025-h1.csv")));
  }

  @Test
  void whenOneFileCannotBeWrittenNoneIs() throws IOException {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Path b = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("2025-h1.pdf"), "old pdf");
    Files.writeString(out.resolve("2025-h1.html"), "old html");
    // the last file of the run cannot take its place: a folder with something in it has its name
    Files.createDirectories(out.resolve("2025-h2.csv"));
    Files.writeString(out.resolve("2025-h2.csv").resolve("keep.txt"), "x");
    Cli.Result r = Cli.run("build", a.toString(), b.toString(), "-o", out.toString());
    assertEquals(3, r.exitCode(), r.all());
    assertTrue(r.err().contains("2025-h2.csv: 書き出せません"), r.err());
    assertTrue(r.err().contains("どのファイルも書き換えていません。"), r.err());
    assertEquals("old pdf", Files.readString(out.resolve("2025-h1.pdf"), StandardCharsets.UTF_8));
    assertEquals("old html", Files.readString(out.resolve("2025-h1.html"), StandardCharsets.UTF_8));
    assertEquals(
        List.of("2025-h1.html", "2025-h1.pdf", "2025-h2.csv"), names(out), "nothing else left");
  }

  private String dir(String name) {
    return tmp.resolve(name).toString();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
