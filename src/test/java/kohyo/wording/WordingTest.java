package kohyo.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;
import kohyo.model.Wareki;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * templates/wording.yaml: the shipped words, and a broken file refused with every problem named.
 */
class WordingTest {

  @TempDir Path tmp;

  private static final Wording SHIPPED = Wording.load(Periods.home());

  @Test
  void shippedWordingFillsTheTitleCountAndDatesAsTheSeedEditionPrintsThem() {
    Period period = Period.of("○県", 2025, FiscalHalf.FIRST);
    assertEquals("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】", SHIPPED.title(period));
    assertEquals("1 事案件数", SHIPPED.countHeading());
    assertEquals("11件（うち、非公表基準該当1件）", SHIPPED.count(11, 1));
    assertEquals("R7.4.25", SHIPPED.date(new Wareki("R", "令和", 7, 4, 25)));
    assertEquals(List.of("二次被害", "の有無"), SHIPPED.column("二次被害").lines());
    assertEquals("二次被害の有無", SHIPPED.column("二次被害").label());
    assertEquals(4, SHIPPED.criteria().size());
  }

  @Test
  void theFirstYearOfAnEraIsGannenInTheTitle() {
    assertEquals(
        "○市の保有個人情報の漏えい事案概要【令和元年度下半期分】", SHIPPED.title(Period.of("○市", 2019, FiscalHalf.SECOND)));
  }

  @Test
  void aMissingKeyIsAnInstallationFaultNamingTheFileTheKeyAndWhere() throws IOException {
    InvalidWording e =
        assertThrows(
            InvalidWording.class,
            () -> load(shipped().replace("  所属: \"所属\"\n", "").replace("注記:", "注意書き:")));
    String message = e.getMessage();
    assertTrue(message.startsWith("templates/wording.yaml に誤りがあるため"), message);
    // every problem at once, each at a place in the file
    assertTrue(
        Pattern.compile("templates/wording\\.yaml:\\d+:3: 「列」に「所属」がありません。").matcher(message).find(),
        message);
    assertTrue(message.contains(":1: 「注意書き」は kohyo の知らないキーです。"), message);
    assertTrue(message.contains(":1: 「注記」がありません。"), message);
  }

  @Test
  void phrasesMayUseOnlyTheirPlacesAndTheCountNeedsBothNumbersApart() throws IOException {
    String message =
        assertThrows(
                InvalidWording.class,
                () ->
                    load(
                        shipped()
                            .replace("{公表主体}の保有", "{公表者}の保有")
                            .replace("\"{総数}件（うち、非公表基準該当{非公表}件）\"", "\"{総数}{非公表}件\"")))
            .getMessage();
    assertTrue(message.contains("「表題」の {公表者} には何も差し込めません（使えるのは {公表主体} {年度} {区分}）。"), message);
    assertTrue(message.contains("「件数」の差し込みの間には文字を入れてください"), message);
    String missing =
        assertThrows(
                InvalidWording.class, () -> load(shipped().replace("非公表基準該当{非公表}件", "非公表基準該当件")))
            .getMessage();
    assertTrue(missing.contains("「件数」に {非公表} がありません"), missing);
  }

  @Test
  void twoColumnsWithOneHeadingAreRefusedSinceTheReaderTellsColumnsByHeading() throws IOException {
    String message =
        assertThrows(
                InvalidWording.class, () -> load(shipped().replace("  備考: \"備考\"", "  備考: \"対応\"")))
            .getMessage();
    assertTrue(message.contains("「列」の「備考」の見出しが「対応」と同じです"), message);
  }

  @Test
  void theCsvHeadingsAreOneLineEachAndNoneIsAnotherColumnsHeading() throws IOException {
    assertEquals("発生日（和暦）", SHIPPED.csvHeading("和暦の発生日"));
    assertEquals("公表主体", SHIPPED.csvHeading("公表主体"));
    String message =
        assertThrows(
                InvalidWording.class,
                () ->
                    load(
                        shipped()
                            .replace("  和暦の発生日: \"発生日（和暦）\"", "  和暦の発生日: \"発生日\"")
                            .replace("  区分: \"区分\"\n", "")))
            .getMessage();
    assertTrue(message.contains("「CSVの列」の「和暦の発生日」の見出しが「列」の「発生日」と同じです"), message);
    assertTrue(message.contains("「CSVの列」に「区分」がありません。"), message);
  }

  @Test
  void aMissingFileIsAnInstallationFaultToo() {
    InvalidWording e =
        assertThrows(InvalidWording.class, () -> Wording.load(new Home(tmp.resolve("nowhere"))));
    assertTrue(e.getMessage().contains("templates/wording.yaml:1:1: ファイルを読めません"), e.getMessage());
  }

  @Test
  void buildAndDiffStopWithExitCode3AndWriteNothingWhenAWordIsMissing() throws IOException {
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve("templates"));
    try (Stream<Path> templates = Files.list(Periods.home().templates())) {
      for (Path t : templates.toList()) {
        Files.copy(t, home.resolve("templates").resolve(t.getFileName()));
      }
    }
    Files.createSymbolicLink(home.resolve("fonts"), Periods.home().fonts());
    Files.writeString(
        home.resolve("templates").resolve(Wording.FILE),
        shipped().replace("  事案の概要: \"2 事案の概要及び再発防止策\"\n", ""));
    String before = System.getProperty(Home.PROPERTY);
    System.setProperty(Home.PROPERTY, home.toString());
    try {
      Path out = tmp.resolve("out");
      Cli.Result build = Cli.run("build", Periods.SEED.toString(), "-o", out.toString());
      assertEquals(3, build.exitCode(), build.all());
      assertTrue(
          build.err().startsWith("kohyo: templates/wording.yaml に誤りがあるため、文書を作れません"), build.err());
      assertTrue(build.err().contains(": 「見出し」に「事案の概要」がありません。"), build.err());
      assertFalse(Files.exists(out), "nothing written");
      Cli.Result diff = Cli.run("diff", Periods.SEED.toString(), Periods.SEED.toString());
      assertEquals(3, diff.exitCode(), diff.all());
      assertTrue(diff.err().contains("「見出し」に「事案の概要」がありません。"), diff.err());
    } finally {
      if (before == null) {
        System.clearProperty(Home.PROPERTY);
      } else {
        System.setProperty(Home.PROPERTY, before);
      }
    }
  }

  private static String shipped() throws IOException {
    return Files.readString(Periods.home().templates().resolve(Wording.FILE));
  }

  private Wording load(String text) throws IOException {
    Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(tmp.resolve("templates").resolve(Wording.FILE), text);
    return Wording.load(new Home(tmp));
  }
}
