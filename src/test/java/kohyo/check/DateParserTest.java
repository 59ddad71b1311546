package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2025-04-25, 2025-04-25",
    "2025-4-5, 2025-04-05",
    "2025/04/25, 2025-04-25",
    "R7.4.25, 2025-04-25",
    "r7.4.25, 2025-04-25",
    "令和7年4月25日, 2025-04-25",
    "令和元年5月1日, 2019-05-01",
    "R1.5.1, 2019-05-01",
    "R元.5.1, 2019-05-01",
    "H31.4.30, 2019-04-30",
    "平成31年4月30日, 2019-04-30",
    "S64.1.7, 1989-01-07",
    "H1.1.8, 1989-01-08",
    "Ｒ７．４．２５, 2025-04-25",
    "令和７年４月２５日, 2025-04-25",
    "２０２５－０４－２５, 2025-04-25",
  })
  void readsIsoAndWarekiDates(String text, LocalDate expected) {
    assertEquals(new DateParser.Valid(expected), DateParser.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-06-31", "2025-02-29", "H31.5.1", "R1.4.30", "平成32年1月1日", "R7.13.1"})
  void refusesDatesThatDoNotExist(String text) {
    DateParser.Invalid invalid = assertInstanceOf(DateParser.Invalid.class, DateParser.parse(text));
    assertEquals(true, invalid.message().contains("存在しない日付"), invalid.message());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-11-31 | 発生日が存在しない日付です（2025年11月は30日までです）。",
        "2025-02-29 | 発生日が存在しない日付です（2025年2月は28日までです）。",
        "R8.2.30 | 発生日が存在しない日付です（令和8年2月は28日までです）。",
        "R元.6.31 | 発生日が存在しない日付です（令和元年6月は30日までです）。",
        "2025-13-01 | 発生日が存在しない日付です（月は 1〜12 で書きます）。",
        "2025-04-32 | 発生日が存在しない日付です（日は 1〜31 で書きます）。",
        "H31.5.1 | 発生日が存在しない日付です（平成は平成31年4月30日までです）。",
        "平成32年1月1日 | 発生日が存在しない日付です（平成は平成31年4月30日までです）。",
        "R1.4.30 | 発生日が存在しない日付です（令和は令和元年5月1日からです）。",
      })
  void saysWhyADateDoesNotExist(String text, String message) {
    DateParser.Invalid invalid = assertInstanceOf(DateParser.Invalid.class, DateParser.parse(text));
    assertEquals(message, invalid.message());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-11-31 | 発生日が存在しない日付です（日がその月の日数を超えています）。",
        "R7.2.29 | 発生日が存在しない日付です（日がその月の日数を超えています）。",
        "H31.5.1 | 発生日が存在しない日付です（元号の期間外の日付です）。",
      })
  void forAWithheldCaseTheReasonNamesNoMonthOrEra(String text, String discreet) {
    DateParser.Invalid invalid = assertInstanceOf(DateParser.Invalid.class, DateParser.parse(text));
    assertEquals(discreet, invalid.discreet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025.04.25", "4月25日", "R7", "yesterday", "20250425", "X7.4.25"})
  void refusesOtherFormatsWithTheAcceptedOnesNamed(String text) {
    DateParser.Invalid invalid = assertInstanceOf(DateParser.Invalid.class, DateParser.parse(text));
    assertEquals(true, invalid.message().contains("R7.4.25"), invalid.message());
  }

  @ParameterizedTest(name = "{0} → at {1}")
  @CsvSource({
    "2025-09-31, 8",
    "2025-13-01, 5",
    "R7.2.30, 5",
    "H31.5.1, 0",
    "2025/6/3（火）, 8",
    "R7.6.3 火曜, 7",
    "'2025,6,3', 4",
    "R7/6/3, 2",
    "R7, 0",
    "yesterday, 0",
    "11月26日, 0",
  })
  void pointsAtThePartThatIsWrong(String text, int index) {
    DateParser.Invalid invalid = assertInstanceOf(DateParser.Invalid.class, DateParser.parse(text));
    assertEquals(index, invalid.index(), invalid.message());
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @CsvSource({
    "R7.1.20, 2026-01-20, R8.1.20",
    "r7.1.20, 2026-01-20, r8.1.20",
    "2024-07-03, 2025-07-03, 2025-07-03",
    "2024/7/3, 2025-07-03, 2025/7/3",
    "令和７年１月１５日, 2026-01-15, 令和８年１月１５日",
    "Ｒ７．１．２０, 2026-01-20, Ｒ８．１．２０",
    "H31.1.20, 2020-01-20, R2.1.20",
    "令和6年5月1日, 2019-05-01, 令和元年5月1日",
  })
  void rewritesADateTheWayTheClerkWritesDates(String written, LocalDate date, String expected) {
    assertEquals(java.util.Optional.of(expected), DateParser.rewrite(written, date));
  }
}
