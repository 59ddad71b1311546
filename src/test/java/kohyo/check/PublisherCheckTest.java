package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kohyo.base.Problem;
import kohyo.model.Edition;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publisher files: where they are found, what they replace, and that a withheld case's 非公表基準 is
 * checked against the publisher's list with a message that names the valid numbers and nothing of
 * the case.
 */
class PublisherCheckTest {

  private static final Wording WORDING = Wording.load(Periods.home());

  private static final String FIVE =
      "公表主体: 南浜町\n非公表基準:\n"
          + "  - 生命等\n  - 捜査等\n  - 被害者の意思\n"
          + "  - 第三者に閲覧されることなく速やかに回収した場合など二次的被害のおそれがない場合\n  - その他\n";

  private static final String WITHHELD = "公表: 非公表\n発生日: 2025-07-15\n非公表基準: ";

  @TempDir Path tmp;

  /** {@code tmp/data/2025-h1} with period.yaml without 公表主体, and the given publisher file. */
  private Path period(String sharedPublisher) {
    Path data = tmp.resolve("data");
    Periods.write(data.resolve("publisher.yaml"), sharedPublisher);
    Path folder = data.resolve("2025-h1");
    Periods.write(folder.resolve("period.yaml"), "年度: 2025\n区分: 上半期\n");
    Periods.write(
        folder.resolve("cases/01.yaml"), Periods.publishedCase("2025-05-01", "書類を紛失したもの。"));
    return folder;
  }

  @Test
  void withoutAPublisherFileTheShippedWordsApply() {
    Edition seed = Periods.edition(Periods.SEED);
    assertEquals(WORDING.rules(), seed.rules());
    assertEquals(4, seed.rules().criteria().size());
  }

  @Test
  void theSharedFileGivesIssuerAndCriteriaToEveryPeriodBelowIt() {
    Edition e = Periods.edition(period(FIVE));
    assertEquals("南浜町", e.period().issuer());
    assertEquals(5, e.rules().criteria().size());
    assertEquals("その他", e.rules().criteria().get(4));
    // 表題 and 注記 left out: the installation's
    assertEquals(WORDING.rules().title(), e.rules().title());
    assertEquals(WORDING.rules().note(), e.rules().note());
  }

  @Test
  void periodYamlsIssuerWinsAndAPeriodsOwnFileReplacesTheSharedOneWhole() {
    Path folder = period(FIVE);
    Periods.write(folder.resolve("period.yaml"), "公表主体: ○県\n年度: 2025\n区分: 上半期\n");
    assertEquals("○県", Periods.edition(folder).period().issuer());
    Periods.write(
        folder.resolve("publisher.yaml"),
        "公表主体: 北野台市\n表題: \"{公表主体}の{年度}{区分}\"\n非公表基準:\n  - 一つだけ\n");
    Edition own = Periods.edition(folder);
    assertEquals(List.of("一つだけ"), own.rules().criteria());
    assertEquals("○県の令和7年度上半期", WORDING.forEdition(own).title(own.period()));
  }

  @Test
  void aWithheldCriterionOutsideThePublishersListNamesTheValidRangeOnly() {
    Path folder = period(FIVE);
    Periods.write(folder.resolve("cases/99.yaml"), WITHHELD + "5\n");
    assertTrue(Periods.check(folder).ok(), Periods.check(folder).problems().toString());
    Periods.write(folder.resolve("cases/99.yaml"), WITHHELD + "6\n");
    List<Problem> problems = Periods.check(folder).errors();
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals(
        "「非公表基準」は 1〜5 の番号で書いてください（" + tmp.resolve("data/publisher.yaml") + " の非公表基準は 5 項目です）。",
        p.message());
    assertEquals(Problem.Kind.VALUE, p.kind());
    assertEquals(3, p.line());
  }

  @Test
  void withTheShippedCriteriaFiveIsOutsideAndOneCriterionIsNamedAlone() {
    Path folder = Periods.copySeed(tmp, "2025-h1");
    Periods.write(folder.resolve("cases/99-withheld.yaml"), WITHHELD + "5\n");
    assertEquals(
        List.of("「非公表基準」は 1〜4 の番号で書いてください。"),
        Periods.check(folder).errors().stream().map(Problem::message).toList());
    Path one = period("公表主体: ○市\n非公表基準:\n  - その他\n");
    Periods.write(one.resolve("cases/99.yaml"), "公表: 非公表\n発生日: 2025-07-15\n");
    assertEquals(
        List.of("非公表の事案には「非公表基準」（1 の番号）が必要です。"),
        Periods.check(one).errors().stream().map(Problem::message).toList());
  }

  @Test
  void everyMistakeInAPublisherFileIsReportedAtOnceAtItsPlace() {
    Path folder =
        period(
            "公表主体: ○市\n"
                + "表題: \"{公表主体}の{年号}分\"\n"
                + "注記:\n"
                + "備考: x\n"
                + "非公表基準:\n"
                + "  - (1)公表することで\n"
                + "  - \n"
                + "  - ③被害者が\n");
    Periods.write(folder.resolve("cases/99.yaml"), WITHHELD + "9\n");
    String data = tmp.resolve("data/publisher.yaml").toString();
    assertEquals(
        List.of(
            data + ":2:5: 「表題」の {年号} には何も差し込めません（使えるのは {公表主体} {年度} {区分}）。",
            data + ":3:4: 「注記」の値が空です。",
            data + ":4:1: 「備考」は使えないキーです。使えるキー: 公表主体、表題、注記、非公表基準",
            data + ":6:5: 「非公表基準」の項目の先頭の「(1)」を消してください（番号 (1)(2)… は kohyo が上から順に付けます）。",
            data + ":7:4: 「非公表基準」の項目は空でない 1 行の文字列で書いてください。",
            data + ":8:5: 「非公表基準」の項目の先頭の「③」を消してください（番号 (1)(2)… は kohyo が上から順に付けます）。"),
        Periods.check(folder).errors().stream().map(Problem::format).toList());
  }

  @Test
  void tooManyCriteriaOrNoneOrAMissingIssuerAreRefused() {
    StringBuilder ten = new StringBuilder("公表主体: ○市\n非公表基準:\n");
    for (int i = 1; i <= 10; i++) {
      ten.append("  - 基準").append(i).append('\n');
    }
    assertMessages(period(ten.toString()), "「非公表基準」は 1〜9 項目で書いてください（10 項目あります）。");
    assertMessages(period("公表主体: ○市\n非公表基準: []\n"), "「非公表基準」は 1〜9 項目で書いてください（0 項目あります）。");
    assertMessages(
        period("公表主体: ○市\n非公表基準: その他\n"),
        "「非公表基準」は「- 」で始まる項目のリストで書いてください（上から順に (1)(2)… の番号が付きます）。");
    assertMessages(period("非公表基準:\n  - その他\n"), "必須の項目「公表主体」がありません。");
    assertMessages(period("公表主体: ○市\n"), "必須の項目「非公表基準」がありません。");
  }

  @Test
  void aBrokenPublisherFileStopsThePeriodWithoutOtherCriteriaOrASecondComplaint() {
    Path folder = period("公表主体: ○市\n非公表基準:\n  - \"閉じない\n");
    Periods.write(folder.resolve("cases/99.yaml"), WITHHELD + "7\n");
    CheckedPeriod checked = Periods.check(folder);
    assertFalse(checked.ok());
    // only the publisher file's own problem: period.yaml may leave 公表主体 to it, and a number
    // is not checked against a list that could not be read
    assertTrue(
        checked.errors().stream().allMatch(p -> p.path().endsWith("publisher.yaml")),
        checked.errors().toString());
  }

  private static void assertMessages(Path folder, String... messages) {
    assertEquals(
        List.of(messages), Periods.check(folder).errors().stream().map(Problem::message).toList());
  }
}
