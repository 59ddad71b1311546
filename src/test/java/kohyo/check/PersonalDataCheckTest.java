package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kohyo.base.Problem;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.testing.Cli;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The personal-data scan as part of check and build: positions, acknowledgements, what is not
 * scanned.
 */
class PersonalDataCheckTest {

  @TempDir Path dir;

  @Test
  void shippedEditionScansClean() {
    CheckedPeriod result = check(Periods.SEED);
    assertTrue(result.ok(), result.problems().toString());
    assertTrue(result.acknowledged().isEmpty());
    // and every published string on its own, as printed
    Edition e = result.edition().orElseThrow();
    assertTrue(PersonalDataScan.scan(e.period().issuer()).isEmpty());
    for (PublishedCase c : e.published()) {
      for (Text t : List.of(c.summary(), c.cause(), c.response(), c.prevention())) {
        for (String line : t.lines()) {
          assertEquals(List.of(), PersonalDataScan.scan(line), line);
        }
      }
      assertEquals(List.of(), PersonalDataScan.scan(c.office() + "\n" + c.remarks()));
    }
  }

  @Test
  void eachFindingIsReportedAsKindAndTextAtItsOwnLineAndColumn() throws IOException {
    Path folder = Periods.empty(dir, "p", 2025, "上半期");
    Path file = folder.resolve("cases/01.yaml");
    Periods.write(
        file,
        "所属: 本庁\n発生日: 2025-05-01\n"
            + "事案の概要: 委託先の田中様あての書類を誤送付したもの。\n"
            + "発生原因: |-\n  確認不足。\n  連絡先 ０３－１２３４－５６７８ 及び tanaka@example.jp を記載。\n"
            + "対応: 〒100-0001 東京都千代田区千代田1丁目1番1号へ訪問した。\n二次被害: 無\n"
            + "再発防止策:\n  - 個人番号 1234 5678 9012 の記載をやめる。\n  - https://example.jp/f?name=tanaka を使わない。\n"
            + "備考: 090-1234-5678\n");
    List<Problem> problems = check(folder).problems();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> expected =
        List.of(
            "氏名: 田中",
            "電話番号: ０３－１２３４－５６７８",
            "メールアドレス: tanaka@example.jp",
            "郵便番号: 〒100-0001",
            "住所: 1丁目1番1号",
            "個人番号: 1234 5678 9012",
            "URL: https://example.jp/f?name=tanaka",
            "電話番号: 090-1234-5678");
    assertEquals(expected, problems.stream().map(Problem::message).toList(), problems.toString());
    for (Problem p : problems) {
      String found = p.message().substring(p.message().indexOf(": ") + 2);
      String line = lines.get(p.line() - 1);
      int offset = line.offsetByCodePoints(0, p.column() - 1);
      assertTrue(
          line.startsWith(found, offset), p.format() + " does not point at the text in: " + line);
      assertEquals(file.toString(), p.path());
    }
    assertTrue(problems.get(0).format().endsWith(":3:12: 氏名: 田中"), problems.get(0).format());
  }

  @Test
  void dataSplitOverLinesIsReportedAtItsFirstCharacterWithItsBreakShown() throws IOException {
    Path folder = Periods.empty(dir, "p", 2025, "上半期");
    Path file = folder.resolve("cases/01.yaml");
    Periods.write(
        file,
        "所属: 本庁\n発生日: 2025-05-01\n事案の概要: |-\n"
            + "  連絡先は０７６－４４４－\n  １２３４（自宅）と記載した。担当は山田\n  花子様であった。\n"
            + "発生原因: 確認不足。\n対応: 謝罪した。\n二次被害: 無\n"
            + "再発防止策:\n  - |-\n    送付先の tanaka@exam\n    ple.jp を確認する。\n");
    List<Problem> problems = check(folder).problems();
    assertEquals(
        List.of("電話番号: ０７６－４４４－⏎１２３４", "氏名: 山田⏎花子", "メールアドレス: tanaka@exam⏎ple.jp"),
        problems.stream().map(Problem::message).toList(),
        problems.toString());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (Problem p : problems) {
      String first = p.message().substring(p.message().indexOf(": ") + 2).split("⏎")[0];
      String line = lines.get(p.line() - 1);
      assertTrue(
          line.startsWith(first, line.offsetByCodePoints(0, p.column() - 1)),
          p.format() + " does not point at the text in: " + line);
    }
    assertEquals(List.of(4, 5, 12), problems.stream().map(Problem::line).toList());
  }

  @Test
  void aSplitFindingIsAcknowledgedWithOrWithoutItsBreak() {
    Path folder = Periods.empty(dir, "p", 2025, "上半期");
    Path file = folder.resolve("cases/01.yaml");
    Periods.write(
        file,
        "所属: 本庁\n発生日: 2025-05-01\n事案の概要: 書類を誤送付したもの。\n発生原因: 確認不足。\n"
            + "対応: |-\n  相談窓口 ０１２０－１２３－\n  ４５６、予備 0120-987-\n  654 を案内した。\n"
            + "二次被害: 無\n再発防止策: 確認を徹底する。\n"
            + "確認済み:\n  - 種別: 電話番号\n    文字列: 0120-123-456\n    理由: 県の相談窓口\n"
            + "  - 種別: 電話番号\n    文字列: 0120-987-⏎654\n    理由: 県の予備窓口\n");
    Cli.Result check = Cli.run("check", folder.toString());
    assertEquals(0, check.exitCode(), check.all());
    assertTrue(check.out().contains(file + ":6:8: 電話番号: ０１２０－１２３－⏎４５６（確認済み: 県の相談窓口）"), check.out());
    assertTrue(
        check.out().contains(file + ":7:10: 電話番号: 0120-987-⏎654（確認済み: 県の予備窓口）"), check.out());
  }

  @Test
  void acknowledgementsWrittenWithFormerLabelsStillAcknowledge() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    appendTo(
        folder.resolve("cases/03-hokokusho-data-gosoushin.yaml"),
        "備考: 講師 田中様、https://example.jp/f?name=tanaka\n確認済み:\n"
            + "  - 種別: 敬称付きの氏名\n    文字列: 田中様\n    理由: 講師本人の了承を得て公表\n"
            + "  - 種別: クエリ付きURL\n    文字列: https://example.jp/f?name=tanaka\n    理由: 公開の案内\n");
    CheckedPeriod result = check(folder);
    assertTrue(result.ok(), result.problems().toString());
    assertEquals(
        List.of("氏名", "URL"),
        result.acknowledged().stream().map(AcknowledgedFinding::kind).toList());
  }

  @Test
  void buildRefusesAnUnacknowledgedFindingAndWritesNothing() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    appendTo(folder.resolve("cases/03-hokokusho-data-gosoushin.yaml"), "備考: 担当 山田 太郎様\n");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("build", folder.toString(), "-o", out.toString());
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.err().contains("03-hokokusho-data-gosoushin.yaml:13:8: 氏名: 山田 太郎"), r.err());
    assertTrue(r.err().contains("確認済み"), "says how to acknowledge: " + r.err());
    assertFalse(Files.exists(out.resolve("2025-h1.pdf")));
  }

  @Test
  void anAcknowledgedFindingPassesAndCheckListsIt() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    Path file = folder.resolve("cases/03-hokokusho-data-gosoushin.yaml");
    appendTo(
        file,
        "備考: 相談窓口 ０１２０－１２３－４５６\n確認済み:\n  - 種別: 電話番号\n"
            + "    文字列: 0120-123-456\n    理由: 県の相談窓口の代表番号で、公開済み\n");
    Cli.Result check = Cli.run("check", folder.toString());
    assertEquals(0, check.exitCode(), check.all());
    assertTrue(
        check.out().contains(file + ":13:10: 電話番号: ０１２０－１２３－４５６（確認済み: 県の相談窓口の代表番号で、公開済み）"),
        check.out());
    Path out = dir.resolve("out");
    Cli.Result build = Cli.run("build", folder.toString(), "-o", out.toString());
    assertEquals(0, build.exitCode(), build.all());
    assertTrue(Files.exists(out.resolve("2025-h1.pdf")));
  }

  @Test
  void anAcknowledgementCoversOnlyItsOwnKindAndText() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    appendTo(
        folder.resolve("cases/03-hokokusho-data-gosoushin.yaml"),
        "備考: 03-1111-2222、03-3333-4444\n"
            + "確認済み:\n  - 種別: 電話番号\n    文字列: 03-1111-2222\n    理由: 代表番号\n");
    List<Problem> problems = check(folder).problems();
    assertEquals(List.of("電話番号: 03-3333-4444"), problems.stream().map(Problem::message).toList());
  }

  @Test
  void anAcknowledgementThatMatchesNothingIsAProblem() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    appendTo(
        folder.resolve("cases/03-hokokusho-data-gosoushin.yaml"),
        "確認済み:\n  - 種別: メールアドレス\n    文字列: old@example.jp\n    理由: 以前の記載\n");
    List<Problem> problems = check(folder).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(14, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("見つかりません"), problems.get(0).message());
  }

  @Test
  void acknowledgementKeysAreCheckedWithSuggestions() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    appendTo(folder.resolve("cases/03-hokokusho-data-gosoushin.yaml"), "確認済:\n  - 種別: 電話番号\n");
    appendTo(
        folder.resolve("cases/04-heimenzu-kojinmei-keisai.yaml"),
        "備考: 03-1111-2222\n確認済み:\n"
            + "  - 種別: 電話番\n    文字列: 03-1111-2222\n    理由: 代表番号\n"
            + "  - 種別: 電話番号\n    文字例: 03-1111-2222\n    理由: 代表番号\n"
            + "  - 電話番号\n");
    appendTo(folder.resolve("cases/05-volunteer-mail-tenso.yaml"), "確認済み: 電話番号\n");
    List<String> messages = check(folder).problems().stream().map(Problem::message).toList();
    assertTrue(messages.contains("「確認済」は使えないキーです。「確認済み」の誤りではありませんか。"), messages.toString());
    assertTrue(messages.contains("「電話番」は種別の名前ではありません。「電話番号」の誤りではありませんか。"), messages.toString());
    assertTrue(
        messages.contains("「文字例」は「確認済み」の項目に使えないキーです。「文字列」の誤りではありませんか。"), messages.toString());
    assertTrue(messages.contains("「確認済み」の項目に「文字列」がありません。"), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("「確認済み」の項目は")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("「確認済み」は「- 種別")), messages.toString());
    // the number itself is still a finding: neither malformed entry acknowledges it
    assertTrue(messages.contains("電話番号: 03-1111-2222"), messages.toString());
  }

  @Test
  void theIssuerIsScannedToo() {
    Path folder = Periods.empty(dir, "p", 2025, "上半期");
    Periods.write(folder.resolve("period.yaml"), "公表主体: 田中様\n年度: 2025\n区分: 上半期\n");
    List<Problem> problems = check(folder).problems();
    assertEquals(List.of("氏名: 田中"), problems.stream().map(Problem::message).toList());
    assertEquals(1, problems.get(0).line());
    assertEquals(7, problems.get(0).column());
  }

  @Test
  void aWithheldCaseIsNeitherScannedNorQuoted() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    appendTo(
        folder.resolve("cases/99-withheld.yaml"), "備考: 被害者 田中様 090-1234-5678 tanaka@example.jp\n");
    Cli.Result r = Cli.run("check", folder.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertFalse(
        r.all().contains("田中") || r.all().contains("090") || r.all().contains("tanaka"), r.all());
  }

  private static CheckedPeriod check(Path folder) {
    return Periods.check(folder);
  }

  private static void appendTo(Path file, String text) {
    try {
      Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
