package kohyo.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kohyo.model.Period;

/**
 * What a form may ask the check stage about one value before or after it is saved: how a 発生日 reads,
 * and where the personal-data scan finds something in a text. The answers come from the same code
 * as {@link Checker}, so the editor's hints and highlights agree with {@code check}. Whether a file
 * is valid is still decided by {@link Checker#check} alone.
 */
public final class ValueChecks {

  private ValueChecks() {}

  /**
   * One personal-data finding in a text.
   *
   * @param kind the 種別 label (電話番号…), as in messages and {@code 確認済み}
   * @param start offset of the first char in the text given
   * @param end offset after the last char
   * @param text the characters as written
   */
  public record Finding(String kind, int start, int end, String text) {}

  /** The date a 発生日 value stands for, in any form {@code check} accepts; empty when it is none. */
  public static Optional<LocalDate> date(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return DateParser.parse(value) instanceof DateParser.Valid v
        ? Optional.of(v.date())
        : Optional.empty();
  }

  /**
   * What {@code check} says about a 発生日 value in this period, in its own words (the day that does
   * not exist, the date in the wrong year and the date meant); empty when the value is a date of
   * the period, or blank.
   *
   * @param period the period, when its period.yaml can be read
   * @param withheld whether the case is withheld: the words then name no date
   */
  public static Optional<String> dateProblem(
      String value, Optional<Period> period, boolean withheld) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return OccurrenceDate.of(value, period, withheld) instanceof OccurrenceDate.Wrong w
        ? Optional.of(w.message())
        : Optional.empty();
  }

  /** Every finding of the personal-data scan in one published text, in text order. */
  public static List<Finding> personalData(String text) {
    return PersonalDataScan.scan(text).stream()
        .map(m -> new Finding(m.kind().label(), m.start(), m.end(), m.text()))
        .toList();
  }

  /** The 種別 labels a {@code 確認済み} entry may name. */
  public static List<String> personalDataKinds() {
    return PersonalDataKind.labels();
  }
}
