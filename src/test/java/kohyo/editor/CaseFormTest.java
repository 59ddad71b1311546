package kohyo.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kohyo.casefile.CaseFields;
import org.junit.jupiter.api.Test;

/** The case form's state: its inputs, the list actions, and what a save writes. */
class CaseFormTest {

  private static CaseForm form(Map<String, List<String>> values) {
    return CaseForm.from(new FormData(values));
  }

  @Test
  void itemsAreAddedMovedAndRemoved() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("再発防止策", List.of("一", "二", "三"));
    CaseForm f = form(v);
    assertEquals(List.of("一", "二", "三", ""), f.apply("item-add").fields().prevention().lines());
    assertEquals(List.of("二", "一", "三"), f.apply("item-up:1").fields().prevention().lines());
    assertEquals(List.of("一", "三", "二"), f.apply("item-down:1").fields().prevention().lines());
    assertEquals(List.of("一", "三"), f.apply("item-remove:1").fields().prevention().lines());
    assertEquals(List.of("一", "二", "三"), f.apply("item-up:0").fields().prevention().lines());
    CaseFields.Prevention text = f.apply("prevention-text").fields().prevention();
    assertFalse(text.items());
    assertEquals("一\n二\n三", text.joined());
  }

  @Test
  void textBecomesOneItemPerLine() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("_再発防止策の形", List.of("text"));
    v.put("再発防止策", List.of("一\r\n\r\n二"));
    CaseFields.Prevention p = form(v).apply("prevention-items").fields().prevention();
    assertTrue(p.items());
    assertEquals(List.of("一", "二"), p.lines());
  }

  @Test
  void bulletsTypedInTheTextAreDroppedWhenItBecomesItems() {
    // the check's advice for a text of "- " lines is this button; the PDF puts its own ・
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("_再発防止策の形", List.of("text"));
    v.put("再発防止策", List.of("- 宛名を確認する。\n・2名で照合する。\n　- 複数人で確認する。\n-5℃で保管する。"));
    CaseFields.Prevention p = form(v).apply("prevention-items").fields().prevention();
    assertEquals(List.of("宛名を確認する。", "2名で照合する。", "複数人で確認する。", "-5℃で保管する。"), p.lines());
  }

  @Test
  void aSaveDropsTheCriterionOfAPublishedCaseAndKeepsReasonedAcknowledgementsOnly() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("公表", List.of("公表"));
    v.put("非公表基準", List.of("3"));
    v.put("再発防止策", List.of("一", " "));
    v.put("_発見.種別", List.of("電話番号", "メールアドレス"));
    v.put("_発見.文字列", List.of("0120-123-456", "a@example.jp"));
    v.put("_発見.理由", List.of("代表番号", ""));
    CaseFields saved = form(v).toSave();
    assertEquals("", saved.publication(), "公表 is the default and is left out");
    assertEquals("", saved.criterion());
    assertEquals(List.of("一"), saved.prevention().lines());
    assertEquals(
        List.of(new CaseFields.Acknowledgement("電話番号", "0120-123-456", "代表番号")),
        saved.acknowledged());
    v.put("公表", List.of("非公表"));
    CaseFields withheld = form(v).toSave();
    assertEquals("非公表", withheld.publication());
    assertEquals("3", withheld.criterion());
  }

  @Test
  void fiscalYearsTypedInTheEraAreWrittenAsWesternYears() {
    assertEquals("2025", FiscalYears.western("令和7"));
    assertEquals("2025", FiscalYears.western("Ｒ７年度"));
    assertEquals("2019", FiscalYears.western("令和元年度"));
    assertEquals("2019", FiscalYears.western("平成31"));
    assertEquals("2025", FiscalYears.western("２０２５"));
    assertEquals("七", FiscalYears.western("七"));
  }
}
