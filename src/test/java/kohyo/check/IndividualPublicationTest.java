package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kohyo.base.Problem;
import kohyo.model.PublishedCase;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 個別公表日: 備考 says 「R7.5.20個別公表事案」 in the wording's words; a hand-typed 備考 that says the same is
 * merged, one that says another day is an error naming both.
 */
class IndividualPublicationTest {

  private static final Wording WORDING = Wording.load(Periods.home());

  @TempDir Path tmp;

  private Path period(String extra) {
    Path folder = Periods.empty(tmp, "2025-h1", 2025, "上半期");
    Periods.write(
        folder.resolve("cases/01.yaml"),
        Periods.publishedCase("2025-05-16", "文書を誤って送付したもの。") + extra);
    return folder;
  }

  private PublishedCase only(String extra) {
    return Periods.edition(period(extra)).published().get(0);
  }

  private static List<String> printed(PublishedCase c) {
    return WORDING.remarks(c);
  }

  @Test
  void theDateAlonePrintsTheSeedsWordsInRemarks() {
    PublishedCase c = only("個別公表日: 2025-05-20\n");
    assertEquals(Optional.of(LocalDate.of(2025, 5, 20)), c.individuallyPublished());
    assertEquals("", c.remarks());
    assertEquals(List.of("R7.5.20個別公表事案"), printed(c));
  }

  @Test
  void aHandTypedRemarkAloneIsPrintedAsTyped() {
    PublishedCase c = only("備考: 令和7年5月20日個別公表事案\n");
    assertEquals(Optional.empty(), c.individuallyPublished());
    assertEquals(List.of("令和7年5月20日個別公表事案"), printed(c));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "R7.5.20個別公表事案|''",
        "Ｒ７．５．２０個別公表事案|''",
        "令和7年5月20日個別公表事案|''",
        "2025/5/20個別公表事案|''",
        "R7.5.20個別公表事案、報道発表あり|報道発表あり",
        "報道発表あり。R7.5.20個別公表事案|報道発表あり。",
        "報道発表あり|報道発表あり"
      })
  void bothTogetherAreMergedNotDoubled(String typed, String rest) {
    PublishedCase c = only("備考: " + typed + "\n個別公表日: R7.5.20\n");
    assertEquals(rest, c.remarks());
    assertEquals(
        rest.isEmpty() ? List.of("R7.5.20個別公表事案") : List.of("R7.5.20個別公表事案", rest), printed(c));
  }

  @Test
  void aHandTypedDayThatDisagreesIsAnErrorNamingBoth() {
    List<Problem> errors = Periods.check(period("備考: R7.5.21個別公表事案\n個別公表日: 2025-05-20\n")).errors();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(Problem.Kind.VALUE, errors.get(0).kind());
    assertEquals("備考", errors.get(0).field());
    assertEquals(
        "備考の「R7.5.21個別公表事案」と個別公表日（2025-05-20）が食い違っています。どちらかを直してください"
            + "（個別公表日があれば、備考の「R7.5.20個別公表事案」は kohyo が書くので、手で書かなくてかまいません）。",
        errors.get(0).message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-05-15|個別公表日（2025-05-15）が発生日（2025-05-16）より前です。",
        "2025-02-30|個別公表日が存在しない日付です（2025年2月は28日までです）。",
        "H31.5.1|個別公表日が存在しない日付です（平成は平成31年4月30日までです）。",
        "5月20日|個別公表日に年がありません。令和7年4月25日、R7.4.25、2025-04-25 のように年から書いてください。",
        "2025.5.20|個別公表日の形式が正しくありません。2025-04-25、R7.4.25、令和7年4月25日 のいずれかで書いてください。",
        "[2025-05-20]|「個別公表日」は 2025-04-25 のような日付で書いてください。"
      })
  void theDateIsCheckedLikeTheDateOfOccurrenceAndNotBeforeIt(String date, String message) {
    List<Problem> errors = Periods.check(period("個別公表日: " + date + "\n")).errors();
    assertEquals(List.of(message), errors.stream().map(Problem::message).toList());
    assertEquals(Problem.Kind.DATE, errors.get(0).kind());
    assertEquals(8, errors.get(0).line());
  }

  @Test
  void itMayFallAfterThePeriod() {
    assertEquals(List.of("R7.10.3個別公表事案"), printed(only("個別公表日: 2025-10-03\n")));
  }

  @Test
  void aMisspeltKeyGetsASuggestionNotTheWithheldReading() {
    assertEquals(
        List.of("「個別公表」は使えないキーです。「個別公表日」の誤りではありませんか。"),
        Periods.check(period("個別公表: 2025-05-20\n")).errors().stream()
            .map(Problem::message)
            .toList());
  }

  /** The shipped case 02 with 個別公表日 instead of its typed 備考 prints the very same PDF. */
  @Test
  void theShippedEditionWithTheDateInsteadOfTheTypedRemarkIsByteIdentical() throws IOException {
    Path copy = Periods.copySeed(tmp, "2025-h1");
    Path file = copy.resolve("cases/02-jogen-bunsho-gosofu.yaml");
    String typed = Files.readString(file);
    assertTrue(typed.contains("備考: R7.5.20個別公表事案\n"));
    Files.writeString(file, typed.replace("備考: R7.5.20個別公表事案\n", "個別公表日: 2025-05-20\n"));
    Publisher publisher = new Publisher(Periods.home());
    byte[] shipped = publisher.pdf(Periods.edition(Periods.SEED), RenderOptions.official());
    byte[] dated = publisher.pdf(Periods.edition(copy), RenderOptions.official());
    assertTrue(Pdfs.squeeze(Pdfs.text(dated)).contains("R7.5.20個別公表事案"));
    assertArrayEquals(shipped, dated);
  }

  @Test
  void typedAndDatedTogetherPrintTwoLinesInTheRemarksCell() {
    Path folder = period("備考: 報道発表あり\n個別公表日: 2025-05-20\n");
    byte[] pdf =
        new Publisher(Periods.home()).pdf(Periods.edition(folder), RenderOptions.official());
    String text = Pdfs.squeeze(Pdfs.text(pdf));
    assertTrue(text.contains("R7.5.20個別公表事案報道発表あり"), text);
    assertEquals(1, text.split("個別公表事案", -1).length - 1, text);
  }
}
