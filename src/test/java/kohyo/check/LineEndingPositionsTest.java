package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file with a problem of every kind the check stage reports, written with LF, CRLF, a BOM and
 * BOM+CRLF: every problem is at the same line and column with the same words, since all of them
 * count lines through the one {@link kohyo.base.TextPositions}.
 */
class LineEndingPositionsTest {

  @TempDir Path dir;

  /** Each line is one problem: an unknown key, a bad value, a date, a character, personal data. */
  private static final String CASE =
      String.join(
          "\n",
          "所属: 本庁",
          "発生日: 2025-10-03",
          "事案の概要: |-",
          "  一行目は問題のない文。",
          "  二行目で山田太郎様の住所を誤って送付したもの。",
          "発生原因: 確認不足😀によるもの。",
          "対応: |-",
          "  謝罪した。連絡先 076-444-",
          "  1234 を削除した。",
          "二次被害: 不明",
          "再発防止策:",
          "  - 確認を徹底することとした。",
          "発生原困: 誤字のキー",
          "確認済み:",
          "  - 種別: 電話番号",
          "    文字列: 0120-000-000",
          "    理由: どこにもない番号",
          "");

  @Test
  void everyKindOfProblemIsAtTheSamePlaceWhateverTheLineEnds() {
    List<Problem> lf = problems("lf", CASE);
    Set<Problem.Kind> kinds = EnumSet.noneOf(Problem.Kind.class);
    lf.forEach(p -> kinds.add(p.kind()));
    assertTrue(
        kinds.containsAll(
            EnumSet.of(
                Problem.Kind.SCHEMA,
                Problem.Kind.VALUE,
                Problem.Kind.DATE,
                Problem.Kind.CHARACTER,
                Problem.Kind.PERSONAL_DATA,
                Problem.Kind.ACKNOWLEDGEMENT)),
        "the file has a problem of every kind: " + lf);
    String crlf = CASE.replace("\n", "\r\n");
    assertEquals(places(lf), places(problems("crlf", crlf)), "CRLF");
    assertEquals(places(lf), places(problems("bom", "\uFEFF" + CASE)), "BOM");
    assertEquals(places(lf), places(problems("bom-crlf", "\uFEFF" + crlf)), "BOM+CRLF");
  }

  /** The period is 上半期, so the October date is outside it. */
  private List<Problem> problems(String name, String text) {
    Path folder = Periods.empty(dir, name, 2025, "上半期");
    Periods.writeBytes(folder.resolve("cases/01.yaml"), text.getBytes(StandardCharsets.UTF_8));
    return Periods.check(folder).problems();
  }

  /** Line, column, kind, field and words, without the folder that differs per variant. */
  private static List<String> places(List<Problem> problems) {
    return problems.stream()
        .map(
            p -> p.line() + ":" + p.column() + " " + p.kind() + " " + p.field() + " " + p.message())
        .toList();
  }
}
