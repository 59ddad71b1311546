package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates, 二次被害 and number formats as clerks type them, cell by cell. */
class CellReaderTest {

  private final CellReader reader = new CellReader(Wording.load(Periods.home()));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "R7.4.25 | 2025-04-25",
        "令和7年4月25日 | 2025-04-25",
        "令和元年5月1日 | 2019-05-01",
        "2025/4/25 | 2025-04-25",
        "２０２５年６月１３日 | 2025-06-13",
        "R07.08.08 | 2025-08-08",
        "令和 7年 4月 25日 | 2025-04-25",
        "R7.9.3（水） | 2025-09-03",
        "2025/4/25 (金) | 2025-04-25",
        "2025/4/25 9:30 | 2025-04-25",
        "令和7年4月25日10時30分 | 2025-04-25",
        "R7.4.25（金）午後3:00 | 2025-04-25",
        "20250425 | 2025-04-25",
      })
  void textDates(String text, LocalDate expected) {
    assertEquals(
        new CellReader.Read.Ok<>(expected),
        reader.date(new CellValue.Text(text), null, Optional.empty(), false));
  }

  @ParameterizedTest(name = "{0} in 年度 2024 → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024.10.8 | 2024-10-08",
        "2025.2.19 | 2025-02-19",
        "2024-10-8 | 2024-10-08",
        "R6/4/5 | 2024-04-05",
        "令和6.4.5 | 2024-04-05",
        "R6年4月5日 | 2024-04-05",
        "令和６年４月５日（金） | 2024-04-05",
        "令和元年5月7日(火) | 2019-05-07",
        "H31.4.10 | 2019-04-10",
        // no year: April to December are in the 年度's year, January to March in the next
        "10月3日 | 2024-10-03",
        "12月20日 | 2024-12-20",
        "1月15日 | 2025-01-15",
        "3月31日 | 2025-03-31",
        "4月1日 | 2024-04-01",
        "10/3 | 2024-10-03",
        "１月１５日（水） | 2025-01-15",
      })
  void textDatesOfOffices(String text, LocalDate expected) {
    assertEquals(
        new CellReader.Read.Ok<>(expected),
        reader.date(new CellValue.Text(text), null, Optional.of(2024), false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "令和6年4月5日（木） | 曜日（木）が日付と合いません（その日は金曜日",
        "5.11.2 | 令和なら R5.11.2",
        "5年11月2日 | 令和なら R5.11.2",
        "令和6年2月30日 | 存在しない日付",
      })
  void aDateThatIsWrongSaysHow(String text, String says) {
    CellReader.Read.Bad<?> bad =
        assertInstanceOf(
            CellReader.Read.Bad.class,
            reader.date(new CellValue.Text(text), null, Optional.of(2024), false));
    assertTrue(bad.message().contains(text), bad.message());
    assertTrue(bad.message().contains(says), bad.message());
  }

  /**
   * 「10/3」 typed into Excel is stored in the year it was typed and shown without one: the 年度 gives
   * the year, as for text; a format that shows the year is read as stored.
   */
  @ParameterizedTest(name = "{0} stored as {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m\"月\"d\"日\" | 2025-10-03 | 2024-10-03",
        "m/d | 2025-01-15 | 2025-01-15",
        "[$-411]m\\月d\\日 | 2024-02-10 | 2025-02-10",
        "yyyy/m/d | 2025-10-03 | 2025-10-03",
        "[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\" | 2025-10-03 | 2025-10-03",
      })
  void dateCellsShownWithoutAYear(String format, LocalDate stored, LocalDate expected) {
    CellValue cell = new CellValue.Number(0, format, stored.atStartOfDay());
    assertEquals(
        new CellReader.Read.Ok<>(expected), reader.date(cell, null, Optional.of(2024), false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10月3日", "1/15"})
  void aDateWithoutAYearNeedsTheFiscalYear(String text) {
    CellReader.Read.Bad<?> bad =
        assertInstanceOf(
            CellReader.Read.Bad.class,
            reader.date(new CellValue.Text(text), null, Optional.empty(), false));
    assertTrue(
        bad.message().contains(text) && bad.message().contains("--fiscal-year"), bad.message());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | 1",
        "１ | 1",
        "1. | 1",
        "(1) | 1",
        "（１） | 1",
        "① | 1",
        "⑫ | 12",
        "No.3 | 3",
        "№3 | 3",
        "第3号 | 3"
      })
  void numbers(String text, int expected) {
    assertEquals(
        new CellReader.Read.Ok<>(Optional.of(expected)), reader.number(new CellValue.Text(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-2", "一", "(1)公表することで…"})
  void notNumbers(String text) {
    assertInstanceOf(CellReader.Read.Bad.class, reader.number(new CellValue.Text(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"令和7年13月1日", "4月下旬", "不明", "未定"})
  void unreadableTextDatesQuoteTheCell(String text) {
    CellReader.Read.Bad<?> bad =
        assertInstanceOf(
            CellReader.Read.Bad.class,
            reader.date(new CellValue.Text(text), null, Optional.empty(), false));
    assertTrue(bad.message().contains(text), bad.message());
    CellReader.Read.Bad<?> redacted =
        assertInstanceOf(
            CellReader.Read.Bad.class,
            reader.date(new CellValue.Text(text), null, Optional.empty(), true));
    assertTrue(!redacted.message().contains(text), redacted.message());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "有,有", "あり,有", "有り,有", "○,有", "〇,有", "◯,有", "無,無", "なし,無", "×,無", "' 無 ',無", "無し,無", "―,無",
    "ー,無", "－,無", "-,無", "特になし,無"
  })
  void damage(String text, String expected) {
    assertEquals(
        new CellReader.Read.Ok<>(expected), reader.damage(new CellValue.Text(text), false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"確認されていない", "調査中", "不明"})
  void damageNeitherYesNorNo(String text) {
    CellReader.Read.Bad<?> bad =
        assertInstanceOf(CellReader.Read.Bad.class, reader.damage(new CellValue.Text(text), false));
    assertTrue(bad.message().contains(text), bad.message());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\";@ | true",
        "[$-411]ge.m.d;@ | true",
        "[$-1030411]ggge\\年m\\月d\\日 | true",
        "[$-411]m\\月d\\日 | true",
        "yyyy/m/d | true",
        "General | false",
        "0 | false",
        "0.00E+00 | false",
        "#,##0\"件\" | false",
        "[h]:mm | false",
        "h:mm | false",
      })
  void dateFormats(String format, boolean date) {
    assertEquals(date, NumberFormats.isDate(format), format);
  }
}
