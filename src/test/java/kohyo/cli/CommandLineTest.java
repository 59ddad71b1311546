package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path tmp;

  @Test
  void aFolderOfPeriodsStandsForThePeriodsInIt() {
    // ./kohyo check data, ./kohyo build examples/wakaba-ken: the folder holds periods, is not one
    Path data = tmp.resolve("data");
    Periods.copySeed(data, "2025-h1");
    Periods.copySeedAsSecondHalf(data, "2025-h2");
    Cli.Result checked = Cli.run("check", data.toString());
    assertEquals(0, checked.exitCode(), checked.err());
    assertTrue(checked.out().contains("2025-h1: 問題ありません"), checked.out());
    assertTrue(checked.out().contains("2025-h2: 問題ありません"), checked.out());
    Path out = tmp.resolve("out");
    Cli.Result built = Cli.run("build", data.toString(), "-o", out.toString());
    assertEquals(0, built.exitCode(), built.err());
    assertTrue(Files.isRegularFile(out.resolve("2025-h1.pdf")));
    assertTrue(Files.isRegularFile(out.resolve("2025-h2.pdf")));
    // a folder that is neither gets the period's own messages, not an expansion
    Path empty = tmp.resolve("empty");
    Periods.write(empty.resolve("memo.txt"), "x");
    Cli.Result none = Cli.run("check", empty.toString());
    assertEquals(1, none.exitCode());
    assertTrue(none.err().contains("period.yaml がありません"), none.err());
  }

  @Test
  void buildWritesOnePdfPerFolderNamedAfterIt() {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Path b = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Path out = tmp.resolve("pdf");
    Cli.Result r = Cli.run("build", a.toString(), b.toString(), "-o", out.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(Files.isRegularFile(out.resolve("2025-h1.pdf")));
    assertTrue(Files.isRegularFile(out.resolve("2025-h2.pdf")));
    assertTrue(r.out().contains("2025-h1.pdf を作りました（事案 11 件、うち非公表 1 件、掲載 10 件）"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void checkValidatesWithoutWriting() {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Cli.Result r = Cli.run("check", a.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.out().contains("2025-h1: 問題ありません（事案 11 件、うち非公表 1 件）"), r.out());
    assertFalse(Files.exists(Path.of("out").resolve("never")));
  }

  @Test
  void usageErrorsExitWithTwoInJapanese() {
    Cli.Result none = Cli.run();
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("サブコマンド"), none.err());
    Cli.Result unknown = Cli.run("publish");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("使い方の誤り"), unknown.err());
    Cli.Result option = Cli.run("build", "--bogus");
    assertEquals(2, option.exitCode());
    assertTrue(option.err().contains("./kohyo build --help"), option.err());
  }

  @Test
  void usageErrorsAreInJapaneseWithoutPicocliEnglish() {
    for (String[] args :
        new String[][] {
          {"build", "--bogus"},
          {"frob"},
          {"bench", "-n", "abc"},
          {"diff"},
          {"build", "-o", "a", "-o", "b"}
        }) {
      Cli.Result r = Cli.run(args);
      assertEquals(2, r.exitCode(), r.all());
      assertTrue(r.err().startsWith("使い方の誤り: "), r.err());
      for (String english :
          new String[] {"Unknown", "Unmatched", "Missing", "Invalid value", "should be"}) {
        assertFalse(r.err().contains(english), r.err());
      }
    }
  }

  @Test
  void brokenInstallationIsAFailureNamingTheFile() throws Exception {
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve("fonts"));
    // the templates as installed, so that the fonts are what is broken
    try (var templates = Files.walk(Periods.home().templates())) {
      for (Path t : templates.toList()) {
        Path copy =
            home.resolve("templates").resolve(Periods.home().templates().relativize(t).toString());
        if (Files.isDirectory(t)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(t, copy);
        }
      }
    }
    Files.writeString(
        home.resolve("fonts/BIZUDGothic-Regular.ttf"),
        "version https://git-lfs.github.com/spec/v1\n");
    Files.writeString(home.resolve("fonts/BIZUDGothic-Bold.ttf"), "not a font");
    String before = System.getProperty(kohyo.base.Home.PROPERTY);
    System.setProperty(kohyo.base.Home.PROPERTY, home.toString());
    try {
      Cli.Result r = Cli.run("check", Periods.SEED.toString());
      assertEquals(3, r.exitCode(), r.all());
      assertTrue(r.err().contains("BIZUDGothic-Regular.ttf を読めません"), r.err());
      Files.delete(home.resolve("fonts/BIZUDGothic-Bold.ttf"));
      Cli.Result missing =
          Cli.run("build", Periods.SEED.toString(), "-o", tmp.resolve("o").toString());
      assertEquals(3, missing.exitCode(), missing.all());
      assertTrue(missing.err().contains("templates/ または fonts/ が見つかりません"), missing.err());
    } finally {
      if (before == null) {
        System.clearProperty(kohyo.base.Home.PROPERTY);
      } else {
        System.setProperty(kohyo.base.Home.PROPERTY, before);
      }
    }
  }

  @Test
  void missingFolderIsReportedAsInvalidData() {
    Cli.Result r = Cli.run("check", tmp.resolve("nope").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("nope:1:1: 期間のフォルダーが見つかりません。"), r.err());
  }

  @Test
  void sameFolderNameTwiceIsAUsageError() {
    Path a = Periods.copySeed(tmp.resolve("x"), "2025-h1");
    Path b = Periods.copySeed(tmp.resolve("y"), "2025-h1");
    Cli.Result r =
        Cli.run("build", a.toString(), b.toString(), "-o", tmp.resolve("out").toString());
    assertEquals(2, r.exitCode());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void helpListsSubcommandsAndExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exitCode());
    assertTrue(
        r.out().contains("build") && r.out().contains("check") && r.out().contains("終了コード"),
        r.out());
  }

  @Test
  void benchPrintsAMedianPerStage() {
    Cli.Result r = Cli.run("bench", "-n", "1", "--warmup", "0", Periods.SEED.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.out().contains("中央値 ms"), r.out());
    // load+check (with the per-case line), template, PDF, HTML, CSV, and the editor's save+check
    // and draft
    assertEquals(8, r.out().lines().filter(l -> l.startsWith("2025-h1")).count(), r.out());
    // the check time per case file, which the personal-data scan is held to
    assertTrue(r.out().contains("うち 1 件あたり"), r.out());
  }

  @Test
  void severalPeriodsAreWrittenAllOrNothing() throws Exception {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Path b = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Path out = tmp.resolve("pdf");
    assertEquals(0, Cli.run("build", a.toString(), "-o", out.toString()).exitCode());
    byte[] before = Files.readAllBytes(out.resolve("2025-h1.pdf"));
    // the second output cannot be written: a non-empty folder stands where its file would go
    Files.createDirectories(out.resolve("2025-h2.pdf/x"));
    Periods.write(
        a.resolve("cases/01-ryakurekisho-funshitsu.yaml"),
        Files.readString(a.resolve("cases/01-ryakurekisho-funshitsu.yaml")).replace("略歴書", "履歴書"));
    Cli.Result r = Cli.run("build", a.toString(), b.toString(), "-o", out.toString());
    assertEquals(3, r.exitCode(), r.all());
    assertTrue(
        r.err().contains("2025-h2.pdf: 書き出せません") && r.err().contains("どのファイルも書き換えていません"), r.err());
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        before,
        Files.readAllBytes(out.resolve("2025-h1.pdf")),
        "the first period's PDF was put back");
    try (var files = Files.list(out)) {
      // the first period's PDF, HTML and CSV, and the folder in the way
      assertEquals(4, files.count(), "no temporary or backup files left");
    }
  }

  @Test
  void unwritableOutputIsAFailureWithoutStackTrace() throws Exception {
    Path a = Periods.copySeed(tmp, "2025-h1");
    Path blocker = tmp.resolve("file-not-dir");
    Files.writeString(blocker, "x");
    Cli.Result r = Cli.run("build", a.toString(), "-o", blocker.toString());
    assertEquals(3, r.exitCode(), r.all());
    assertTrue(r.err().contains("書き出せません"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
