package kohyo.model;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A date in the Japanese calendar, split into the parts a template needs to write R7.4.25 or
 * 令和7年4月25日.
 *
 * @param eraLetter {@code R}, {@code H}, {@code S}…
 * @param eraName {@code 令和}, {@code 平成}…
 * @param year year of era (1 for the first year; templates decide whether to write 元)
 */
public record Wareki(String eraLetter, String eraName, int year, int month, int day) {

  public static Wareki of(LocalDate date) {
    JapaneseDate jd = JapaneseDate.from(date);
    JapaneseEra era = jd.getEra();
    return new Wareki(
        era.getDisplayName(TextStyle.NARROW, Locale.ROOT),
        era.getDisplayName(TextStyle.FULL, Locale.JAPAN),
        jd.get(ChronoField.YEAR_OF_ERA),
        date.getMonthValue(),
        date.getDayOfMonth());
  }
}
