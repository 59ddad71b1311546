package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kohyo diff} on two period folders, through the command line. */
class FolderDiffTest {

  @TempDir Path tmp;

  @Test
  void identicalFoldersExitZeroWithNoOutputLines() {
    Path copy = Periods.copySeed(tmp, "copy");
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), copy.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void changedFieldIsMarkedAtCharacterLevel() {
    Path next = Drafts.nextDraft(tmp);
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), next.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.out().contains("NO 1（R7.4.25）変更\n"), r.out());
    assertTrue(
        r.out()
            .contains("  事案の概要: 出先機関が所属へ持参した、個人情報が記載された略歴書（1件）が、所属内で" + "[-紛失し-][+所在不明となっ+]たもの。\n"),
        r.out());
    assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void addedRemovedAndRenumberedCasesAreNamedByNoAndDate() {
    Path next = Drafts.nextDraft(tmp);
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), next.toString());
    List<String> lines = r.out().lines().toList();
    assertAll(
        () -> assertTrue(lines.contains("NO 3（R7.6.9）削除"), r.out()),
        () -> assertTrue(lines.contains("  発生日: [-R7.6.9-]"), r.out()),
        () -> assertTrue(lines.contains("NO 10（R7.9.10）追加"), r.out()),
        () -> assertTrue(lines.contains("  事案の概要: [+追加された事案の概要です。+]"), r.out()),
        () -> assertTrue(lines.contains("NO 4 → NO 3（R7.6.13）番号変更"), r.out()),
        () -> assertTrue(lines.contains("NO 10 → NO 9（R7.8.29）番号変更"), r.out()),
        () -> assertEquals("計: 追加 1件、削除 1件、変更 1件、番号変更 7件", lines.get(lines.size() - 1)),
        () ->
            assertFalse(
                r.out().contains("事案件数"), "11 cases on both sides: the count line did not change"));
  }

  @Test
  void countLineChangeIsReported() {
    Path next = Periods.copySeed(tmp, "next");
    Periods.write(
        next.resolve("cases/12-more.yaml"), Periods.publishedCase("2025-09-11", "もう一件の事案。"));
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), next.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.out().contains("事案件数: 11件（うち、非公表基準該当1件） → 12件（うち、非公表基準該当1件）"), r.out());
  }

  @Test
  void changedWithheldCaseIsOnlyCounted() {
    Path next = Periods.copySeed(tmp, "next");
    Drafts.replace(
        Drafts.caseFile(next, "99-"), "WITHHELD-MARKER-概要-7f3a", "WITHHELD-MARKER-概要改-7f3a");
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), next.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertEquals(List.of("非公表 1件 変更", "計: 追加 0件、削除 0件、変更 0件、番号変更 0件"), r.out().lines().toList());
    assertFalse(r.all().contains(Periods.WITHHELD_MARKER));
    assertFalse(r.all().contains(Periods.WITHHELD_TAG));
  }

  @Test
  void addedAndRemovedWithheldCasesAreOnlyCounted() {
    Path more = Periods.copySeed(tmp, "more");
    Periods.write(
        more.resolve("cases/98-withheld.yaml"),
        "公表: 非公表\n非公表基準: 1\n発生日: 2025-05-01\n" + "所属: WITHHELD-MARKER-二件目-7f3a\n");
    Cli.Result added = Cli.run("diff", Periods.SEED.toString(), more.toString());
    Cli.Result removed = Cli.run("diff", more.toString(), Periods.SEED.toString());
    assertTrue(added.out().lines().toList().contains("非公表 1件 追加"), added.out());
    assertTrue(removed.out().lines().toList().contains("非公表 1件 削除"), removed.out());
    assertTrue(added.out().contains("事案件数: 11件（うち、非公表基準該当1件） → 12件（うち、非公表基準該当2件）"));
    assertFalse((added.all() + removed.all()).contains(Periods.WITHHELD_MARKER));
  }

  @Test
  void colourOnRequestUsesAnsiInsteadOfBrackets() {
    Path next = Drafts.nextDraft(tmp);
    Cli.Result r = Cli.run("diff", "--color=always", Periods.SEED.toString(), next.toString());
    assertTrue(r.out().contains("\u001b[31;9m紛失し\u001b[0m\u001b[32;4m所在不明となっ\u001b[0m"), r.out());
    assertFalse(r.out().contains("[-"));
  }

  @Test
  void invalidFolderIsTroubleWithItsProblemsPrinted() {
    Path broken = Periods.copySeed(tmp, "broken");
    Drafts.replace(Drafts.caseFile(broken, "02-"), "二次被害: 無", "二次被害: たぶん");
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), broken.toString());
    assertEquals(2, r.exitCode(), r.all());
    assertTrue(r.err().contains("02-jogen-bunsho-gosofu.yaml:"), r.err());
    assertTrue(r.err().contains("「二次被害」は 有 または 無 と書いてください。"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void missingInputAndMissingArgumentAreTrouble() {
    Cli.Result missing =
        Cli.run("diff", Periods.SEED.toString(), tmp.resolve("nowhere").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("見つかりません"), missing.err());
    assertEquals(2, Cli.run("diff", Periods.SEED.toString()).exitCode());
  }

  @Test
  void folderAgainstPdfIsAUsageError() {
    Path pdf = tmp.resolve("x.pdf");
    Periods.write(pdf, "%PDF-1.5\n");
    Cli.Result r = Cli.run("diff", Periods.SEED.toString(), pdf.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("使い方の誤り: フォルダーと PDF は比べられません"), r.err());
  }
}
