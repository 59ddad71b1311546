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

  @ParameterizedTest
  @ValueSource(strings = {"2025.04.25", "4月25日", "R7", "yesterday", "20250425", "X7.4.25"})
  void refusesOtherFormatsWithTheAcceptedOnesNamed(String text) {
    DateParser.Invalid invalid = assertInstanceOf(DateParser.Invalid.class, DateParser.parse(text));
    assertEquals(true, invalid.message().contains("R7.4.25"), invalid.message());
  }
}
