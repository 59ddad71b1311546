package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import kohyo.model.FiscalHalf;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles and count lines as offices word them. */
class PreambleTest {

  private static final Wording WORDING = Wording.load(Periods.home());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "○県の保有個人情報の漏えい事案概要【令和7年度上半期分】 | ○県 | 2025 | FIRST",
        "□□県の保有個人情報の漏えい事案概要【令和元年度下半期分】 | □□県 | 2019 | SECOND",
        "北野台市における保有個人情報の漏えい等事案の概要（令和7年度下半期） | 北野台市 | 2025 | SECOND",
        "△△市　令和7年度 上期　保有個人情報の漏えい事案一覧 | △△市 | 2025 | FIRST",
        "令和６年度下期 大分県 保有個人情報漏えい事案 | 大分県 | 2024 | SECOND",
        "平成30年度上半期 ○○町の個人情報漏えい事案 | ○○町 | 2018 | FIRST",
        "2025年度下半期　若葉県の保有個人情報の漏えい事案概要 | 若葉県 | 2025 | SECOND",
      })
  void titles(String title, String publisher, int year, FiscalHalf half) {
    assertEquals(
        Optional.of(new Preamble.Title("A1", publisher, year, half)),
        Preamble.title(List.of(new Preamble.Line("A1", title)), WORDING));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 事案件数 11件（うち、非公表基準該当1件） | 11 | 1",
        "１　事案件数　１１件（うち、非公表基準該当１件） | 11 | 1",
        "1 事案件数 1件 | 1 | 0",
        "事案件数：５件（うち非公表１件） | 5 | 1",
      })
  void countLines(String line, int total, int withheld) {
    assertEquals(
        Optional.of(new Preamble.Count("A3", total, withheld)),
        Preamble.count(List.of(new Preamble.Line("A3", line)), WORDING));
  }
}
