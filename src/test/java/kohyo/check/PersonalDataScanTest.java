package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scan against the corpus in src/test/resources/personal-data: every line is one test. */
class PersonalDataScanTest {

  static Stream<Arguments> positives() {
    return lines("positives.txt")
        .map(
            line -> {
              // \n in a sample is a line break inside one cell
              String[] parts = line.replace("\\n", "\n").split("\t");
              return Arguments.of(parts[0], parts[1], parts.length > 2 ? parts[2] : null);
            });
  }

  static Stream<String> negatives() {
    return lines("negatives.txt");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("positives")
  void findsPersonalData(String kind, String sample, String expected) {
    List<PersonalDataScan.Match> found = PersonalDataScan.scan(sample);
    assertTrue(
        found.stream()
            .anyMatch(
                m ->
                    m.kind().label().equals(kind)
                        && (expected == null || m.text().equals(expected))),
        "expected "
            + kind
            + (expected == null ? "" : " 「" + expected + "」")
            + " in 「"
            + sample
            + "」, got "
            + describe(found));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void leavesOrdinaryTextAlone(String sample) {
    List<PersonalDataScan.Match> found = PersonalDataScan.scan(sample);
    assertTrue(found.isEmpty(), "false alarm in 「" + sample + "」: " + describe(found));
  }

  @Test
  void reportsTheOriginalCharactersAndTheirOffsets() {
    String sample = "連絡先：０３－１２３４－５６７８（担当）";
    PersonalDataScan.Match m = PersonalDataScan.scan(sample).get(0);
    assertEquals(PersonalDataKind.PHONE_NUMBER, m.kind());
    assertEquals("０３－１２３４－５６７８", m.text());
    assertEquals(sample.indexOf('０'), m.start());
    assertEquals(sample.substring(m.start(), m.end()), m.text());
  }

  @Test
  void anOverlapIsReportedOnceAsTheBroaderKind() {
    List<PersonalDataScan.Match> found =
        PersonalDataScan.scan("https://example.jp/?tel=0312345678");
    assertEquals(1, found.size(), describe(found));
    assertEquals(PersonalDataKind.URL, found.get(0).kind());
  }

  @Test
  void whatLineBreaksSplitDeepInsideALongCellIsFoundWholeAtItsPlace() {
    // the lines are read run together only around each break: far from the text's ends, with
    // breaks that need windows of their own, and a name whose label is on the line before
    String filler = "所属職員が、通知文書を別の事業者へ誤って郵送したもの。".repeat(6);
    String text =
        filler
            + "\n"
            + filler
            + "連絡先は０７６－４４４－\n１２３４であった。\n"
            + filler
            + "氏名：\n山田花子。\n"
            + filler
            + "また、090-1234-\n5678にも連絡した。";
    List<PersonalDataScan.Match> found = PersonalDataScan.scan(text);
    assertEquals(
        List.of("０７６－４４４－\n１２３４", "山田花子", "090-1234-\n5678"),
        found.stream().map(PersonalDataScan.Match::text).toList(),
        describe(found));
    for (PersonalDataScan.Match m : found) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
    }
  }

  @Test
  void aNumberSplitOverTwoLinesIsOneFindingOfItsOriginalCharacters() {
    String sample = "保護者連絡先：０７６－４９１\n－２２０５（自宅）";
    List<PersonalDataScan.Match> found = PersonalDataScan.scan(sample);
    assertEquals(1, found.size(), describe(found));
    assertEquals("０７６－４９１\n－２２０５", found.get(0).text());
    assertEquals(sample.indexOf('０'), found.get(0).start());
  }

  @Test
  void twelveDigitsAreAMyNumberByTheirCheckDigitOrByTheWordBeforeThem() {
    assertTrue(IndividualNumbers.checkDigitValid("123456789018"));
    assertFalse(IndividualNumbers.checkDigitValid("123456789012"));
    assertEquals(
        List.of(PersonalDataKind.INDIVIDUAL_NUMBER),
        kinds(PersonalDataScan.scan("写し（123456789018）を送付")));
    // a failing check digit: a number, unless the text says it is a My Number
    assertEquals(List.of(), kinds(PersonalDataScan.scan("写し（123456789012）を送付")));
    assertEquals(
        List.of(PersonalDataKind.INDIVIDUAL_NUMBER),
        kinds(PersonalDataScan.scan("個人番号（123456789012）を送付")));
    // an amount is not a person
    assertEquals(List.of(), kinds(PersonalDataScan.scan("総額123456789018円")));
  }

  @Test
  void aRoleWithAnHonorificIsNotANameButAFamilyNameIs() {
    assertEquals(List.of(), kinds(PersonalDataScan.scan("利用者様、主治医さん、ご遺族様、議長殿へ連絡した。")));
    assertEquals(
        List.of("佐藤", "鈴木"),
        PersonalDataScan.scan("佐藤様、主治医の鈴木さんへ連絡した。").stream()
            .map(PersonalDataScan.Match::text)
            .toList());
  }

  @Test
  void formerLabelsStillNameTheirKinds() {
    assertEquals(PersonalDataKind.NAME, PersonalDataKind.byLabel("敬称付きの氏名").orElseThrow());
    assertEquals(PersonalDataKind.URL, PersonalDataKind.byLabel("クエリ付きURL").orElseThrow());
    assertEquals(PersonalDataKind.NAME, PersonalDataKind.byLabel("氏名").orElseThrow());
  }

  private static List<PersonalDataKind> kinds(List<PersonalDataScan.Match> found) {
    return found.stream().map(PersonalDataScan.Match::kind).toList();
  }

  @Test
  void twoNumbersInARowAreTwoFindings() {
    List<PersonalDataScan.Match> found = PersonalDataScan.scan("03-1234-5678 090-1234-5678");
    assertEquals(
        List.of("03-1234-5678", "090-1234-5678"),
        found.stream().map(PersonalDataScan.Match::text).toList());
  }

  @Test
  void hostileTextIsScannedInBoundedTime() {
    // 200,000 characters: these once took minutes (backtracking expressions, quadratic overlap
    // checks); linear
    // work takes a fraction of a second, so the bound is generous and only catches quadratic
    // behaviour
    List<String> units =
        List.of(
            "x",
            "www.",
            "a@",
            "a@b.",
            "0-",
            "1",
            "1番",
            "様",
            "田様",
            "田中様 ",
            "03-1234-5678 ",
            "https://a.jp/?",
            "〒100-0001",
            "１",
            "ｱ",
            "丁目1",
            "山田花子\n",
            "相談者の水野から、",
            "ｽﾐｽ",
            "〇九〇－",
            "1-2-3 ",
            "被保険者番号 ",
            "tanaka (at) example (dot) ");
    for (String unit : units) {
      String text = unit.repeat(200_000 / unit.length());
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(10), () -> PersonalDataScan.scan(text), unit);
    }
  }

  /**
   * Romanised names in every shape the Latin patterns read, each behind the quick test that decides
   * whether a pattern is tried at all (a capital before a small letter, two words with a space).
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiterString = " ¦ ",
      value = {
        "宛名「SATO, YUKI」の封筒を別の住所へ送付した。 ¦ SATO, YUKI",
        "宛名「SATO YUKI」の封筒を別の住所へ送付した。 ¦ SATO YUKI",
        "宛名「Yuki SATO」の封筒を別の住所へ送付した。 ¦ Yuki SATO",
        "宛名「SATO Yuki」の封筒を別の住所へ送付した。 ¦ SATO Yuki",
        "宛名「Yuko Hirano」の封筒を別の住所へ送付した。 ¦ Yuko Hirano",
        "件名「Dr. Hirano」のメールを別の相手に送信した。 ¦ Hirano",
        "件名「Sato-san 面談」のメールを別の相手に送信した。 ¦ Sato",
      })
  void findsRomanisedNames(String sample, String name) {
    List<PersonalDataScan.Match> found = PersonalDataScan.scan(sample);
    assertTrue(
        found.stream().anyMatch(m -> m.kind() == PersonalDataKind.NAME && m.text().equals(name)),
        describe(found));
  }

  @Test
  void corpusIsLargeEnoughToMeanSomething() {
    assertTrue(positives().count() >= 50, "positives");
    assertTrue(negatives().count() >= 50, "negatives");
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      assertTrue(
          positives().anyMatch(a -> a.get()[0].equals(kind.label())),
          "no positive for " + kind.label());
    }
  }

  private static String describe(List<PersonalDataScan.Match> found) {
    return found.stream().map(m -> m.kind().label() + ":「" + m.text() + "」").toList().toString();
  }

  private static Stream<String> lines(String name) {
    try (InputStream in =
        PersonalDataScanTest.class.getResourceAsStream("/personal-data/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
