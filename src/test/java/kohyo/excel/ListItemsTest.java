package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 再発防止策 lines marked as items in the ways offices mark them. */
class ListItemsTest {

  private static final List<String> TWO = List.of("一つ目とした。", "二つ目とした。");

  private static Optional<List<String>> items(String cell) {
    return ListItems.of(CellText.lines(cell.replace("|", "\n")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "・一つ目とした。|・二つ目とした。",
        "･一つ目とした。|･ 二つ目とした。",
        "●一つ目とした。|●二つ目とした。",
        "○一つ目とした。|〇二つ目とした。",
        "■一つ目とした。|■二つ目とした。",
        "◆一つ目とした。|◆二つ目とした。",
        "－一つ目とした。|－二つ目とした。",
        "- 一つ目とした。|- 二つ目とした。",
        "①一つ目とした。|②二つ目とした。",
        "⑴一つ目とした。|⑵二つ目とした。",
        "(1)一つ目とした。|(2)二つ目とした。",
        "（１）一つ目とした。|（２）二つ目とした。",
        "1.一つ目とした。|2.二つ目とした。",
        "１．一つ目とした。|２．二つ目とした。",
        "1)一つ目とした。|2)二つ目とした。",
        "１　一つ目とした。|２　二つ目とした。",
        "1 一つ目とした。|2 二つ目とした。",
      })
  void everyLineMarkedOneWayIsAList(String cell) {
    assertEquals(Optional.of(TWO), items(cell), cell);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a continuation line without a marker: which item it belongs to is a guess
        "・一つ目とした。|なお、続きである。|・二つ目とした。",
        // two kinds of marker are not one list
        "・一つ目とした。|●二つ目とした。",
        "①一つ目とした。|(2)二つ目とした。",
        // numbers that do not count up from 1 are not item numbers
        "2.一つ目とした。|3.二つ目とした。",
        "①一つ目とした。|①二つ目とした。",
        // a number that is part of the text
        "1.5倍の人員で確認することとした。",
        "2名で確認することとした。",
        "封入作業は2名で行うこととした。",
      })
  void otherwiseTheLinesAreText(String cell) {
    assertEquals(Optional.empty(), items(cell), cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"・一つ目とした。", "①一つ目とした。", "(1)一つ目とした。"})
  void oneMarkedLineIsAListOfOne(String cell) {
    assertEquals(Optional.of(List.of("一つ目とした。")), items(cell), cell);
  }
}
