package kohyo.check;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import kohyo.model.Period;

/**
 * A 発生日 value read and placed in its period, with the check's own words when it is wrong: the one
 * place that decides what {@code check} says about a date, so that the editor's hint while a clerk
 * types says the same.
 *
 * <p>A date in the wrong year (R7.1.20 for January 2026) is answered with the date of the period
 * that has its month and day, written as the clerk writes dates; for a withheld case the messages
 * name neither the date nor the date meant.
 */
final class OccurrenceDate {

  private OccurrenceDate() {}

  sealed interface Result permits Read, Wrong {}

  record Read(LocalDate date) implements Result {}

  /**
   * @param index where in the value (stripped) the mistake is; -1 for the value as a whole
   */
  record Wrong(int index, String message) implements Result {}

  static Result of(String value, Optional<Period> period, boolean confidential) {
    String written = value.strip();
    DateParser.Result parsed = DateParser.parse(written);
    if (parsed instanceof DateParser.Invalid invalid) {
      String message = confidential ? invalid.discreet() : invalid.message();
      Optional<LocalDate> meant =
          invalid.withoutYear().flatMap(md -> period.flatMap(p -> sameDayIn(p, md)));
      if (meant.isPresent() && !confidential) {
        message = Messages.dateWithoutYearMeant(Schema.DATE, withYear(written, meant.get()));
      }
      return new Wrong(invalid.index(), message);
    }
    LocalDate date = ((DateParser.Valid) parsed).date();
    if (period.isEmpty() || period.get().contains(date)) {
      return new Read(date);
    }
    Period p = period.get();
    Optional<LocalDate> meant = sameDayIn(p, MonthDay.from(date));
    if (meant.isEmpty()) {
      return new Wrong(-1, Messages.dateOutside(p.start(), p.end()));
    }
    String rewritten = DateParser.rewrite(written, meant.get()).orElse(meant.get().toString());
    return new Wrong(
        DateParser.firstDifference(written, rewritten),
        confidential
            ? Messages.dateOutsideYear(p.start(), p.end())
            : Messages.dateOutsideMeant(p.start(), p.end(), rewritten));
  }

  /** The day of the period with this month and day: a half-year holds each at most once. */
  private static Optional<LocalDate> sameDayIn(Period period, MonthDay day) {
    for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
      if (day.isValidYear(year) && period.contains(day.atYear(year))) {
        return Optional.of(day.atYear(year));
      }
    }
    return Optional.empty();
  }

  /** A month and day written without a year ({@code 11月26日}, {@code 11/26}) with one. */
  private static String withYear(String written, LocalDate date) {
    if (written.contains("月")) {
      return DateParser.rewrite("令和1年1月1日", date)
          .map(w -> w.substring(0, w.indexOf('年') + 1) + written)
          .orElse(date.toString());
    }
    return date.getYear() + "/" + written;
  }
}
