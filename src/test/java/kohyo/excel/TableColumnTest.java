package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Header labels as offices write them: the synonym lists, spelling, and labels read by words. */
class TableColumnTest {

  private static Optional<TableColumn.Match> match(String label) {
    return TableColumn.match(label.replace("\\n", "\n"), Map.of());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the synonym lists, spelt with spaces, line breaks, full width, symbols
        "ＮＯ | NO",
        "№ | NO",
        "No. | NO",
        "通し\\n番号 | NO",
        "所　属 | OFFICE",
        "担当課 | OFFICE",
        "発生\\n年月日 | DATE",
        "発生日（和暦） | DATE",
        "概要 | SUMMARY",
        "内容 | SUMMARY",
        "原因 | CAUSE",
        "対応状況 | RESPONSE",
        "二次被害\\nの有無 | DAMAGE",
        // labels in no list, read by their words
        "再発防止に向けた取組 | PREVENTION",
        "今後の再発防止策 | PREVENTION",
        "再発防止に向けた対応 | PREVENTION",
        "講じた措置 | RESPONSE",
        "事後の対処 | RESPONSE",
        "発生所属 | OFFICE",
        "事案発生年月日 | DATE",
        "発生要因 | CAUSE",
        "被害の有無 | DAMAGE",
        "事故の概要 | SUMMARY",
        "特記事項 | REMARKS",
        // a qualifier joined to a label says more about that column
        "二次被害の有無・内容 | DAMAGE",
      })
  void namesOneColumn(String label, TableColumn column) {
    Optional<TableColumn.Match> m = match(label);
    assertTrue(m.isPresent(), label);
    assertFalse(m.get().isCombined(), label);
    assertEquals(column, m.get().column(), label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "発覚日",
        "報告日",
        "確認欄",
        "連絡先",
        // a section heading, count line or title is never a column, even with a column's words
        "２　事案の概要",
        "1 事案件数 11件（うち、非公表基準該当1件）",
        "○県の保有個人情報の漏えい事案概要【令和7年度上半期分】",
      })
  void namesNoColumn(String label) {
    assertEquals(Optional.empty(), match(label), label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "原因及び再発防止策 | CAUSE PREVENTION",
        "原因・再発防止策 | CAUSE PREVENTION",
        "発生原因と対策 | CAUSE PREVENTION",
        "対応及び再発防止策 | RESPONSE PREVENTION",
        "事案の概要並びに発生原因 | SUMMARY CAUSE",
      })
  void aLabelJoiningTwoColumnsNamesBoth(String label, String columns) {
    Optional<TableColumn.Match> m = match(label);
    assertTrue(m.isPresent() && m.get().isCombined(), label + " → " + m);
    assertEquals(
        List.of(columns.split(" ")).stream().map(TableColumn::valueOf).toList(),
        m.get().combined());
  }
}
