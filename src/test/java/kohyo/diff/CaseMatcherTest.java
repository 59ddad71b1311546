package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseMatcherTest {

  private static Row row(String source, String no, String date, String summary) {
    return new Row(
        source, Map.of(Field.NO, no, Field.DATE, date, Field.OFFICE, "本庁", Field.SUMMARY, summary));
  }

  @Test
  void sameFileNamePairsEvenWhenRewritten() {
    List<Row> before = List.of(row("01.yaml", "1", "R7.4.1", "書類を紛失したもの。"));
    List<Row> after = List.of(row("01.yaml", "1", "R7.4.2", "メールを誤送信したもの。まったく別の文面。"));
    assertEquals(List.of(new CaseMatcher.Pair(0, 0)), CaseMatcher.match(before, after));
  }

  @Test
  void withoutFileNamesAMovedCasePairsByLikenessNotByNo() {
    List<Row> before =
        List.of(
            row("", "1", "R7.4.1", "職員が個人情報を含む書類を庁舎内で紛失したもの。"),
            row("", "2", "R7.5.1", "委託事業者が参加者のメールアドレスを他の参加者へ誤送信したもの。"));
    List<Row> after =
        List.of(
            row("", "1", "R7.4.1", "職員が個人情報を含む書類を庁舎内で紛失したもの。"),
            row("", "2", "R7.4.20", "新しい事案で、窓口で申請書を取り違えて別人に交付したもの。"),
            row("", "3", "R7.5.1", "委託事業者が参加者のメールアドレスを他の参加者へ誤って送信したもの。"));
    assertEquals(
        List.of(new CaseMatcher.Pair(0, 0), new CaseMatcher.Pair(1, 2)),
        CaseMatcher.match(before, after).stream()
            .sorted(java.util.Comparator.comparingInt(CaseMatcher.Pair::before))
            .toList());
  }

  @Test
  void unrelatedCasesAreNotPaired() {
    List<Row> before = List.of(row("", "1", "R7.4.1", "書類を紛失したもの。"));
    List<Row> after = List.of(row("", "1", "R7.9.9", "メールアドレスを誤って公開したもの。"));
    assertEquals(List.of(), CaseMatcher.match(before, after));
  }
}
