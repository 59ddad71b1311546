package kohyo.check;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 発生日 written as ISO ({@code 2025-04-25}) or 和暦 ({@code R7.4.25}, {@code 令和7年4月25日}, {@code
 * 令和元年5月1日}).
 *
 * <p>Dates are read from the YAML text, never through SnakeYAML's timestamp type, whose
 * java.util.Date shifts the day with the time zone. 和暦 goes through {@link JapaneseDate}, which
 * also refuses dates outside their era such as H31.5.1.
 *
 * <p>A refused date says where in the value it goes wrong (the day that does not exist, the 曜日
 * written after the date), and {@link #rewrite} writes another date the way the clerk wrote this
 * one, so that a date in the wrong year can be answered with the date that was probably meant.
 */
public final class DateParser {

  /** A date read, or why not. */
  public sealed interface Result permits Valid, Invalid {}

  public record Valid(LocalDate date) implements Result {}

  /**
   * Why a date was refused.
   *
   * @param message what is wrong, naming the month or era it concerns when that says why (「2025年6月は
   *     30日までです」)
   * @param index where in the value (as written, stripped) the problem starts
   * @param withoutYear a month and day written without a year ({@code 11月26日}), if that is what it
   *     was
   * @param discreet the same in words that do not quote the value, for a withheld case
   */
  public record Invalid(String message, int index, Optional<MonthDay> withoutYear, String discreet)
      implements Result {
    Invalid(String message, int index, Optional<MonthDay> withoutYear) {
      this(message, index, withoutYear, message);
    }
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})([-/])(\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern SHORT =
      Pattern.compile("([MTSHRmtshr])(\\d{1,2}|元)\\.(\\d{1,2})\\.(\\d{1,2})");
  private static final Pattern LONG =
      Pattern.compile("(明治|大正|昭和|平成|令和)(\\d{1,2}|元)年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern NO_YEAR =
      Pattern.compile("(\\d{1,2})月(\\d{1,2})日|(\\d{1,2})[-/](\\d{1,2})");
  private static final List<Pattern> FORMS = List.of(ISO, SHORT, LONG);

  private static final Map<String, JapaneseEra> ERAS =
      Map.of(
          "M",
          JapaneseEra.MEIJI,
          "T",
          JapaneseEra.TAISHO,
          "S",
          JapaneseEra.SHOWA,
          "H",
          JapaneseEra.HEISEI,
          "R",
          JapaneseEra.REIWA,
          "明治",
          JapaneseEra.MEIJI,
          "大正",
          JapaneseEra.TAISHO,
          "昭和",
          JapaneseEra.SHOWA,
          "平成",
          JapaneseEra.HEISEI,
          "令和",
          JapaneseEra.REIWA);

  private static final Map<JapaneseEra, String> LETTERS =
      Map.of(
          JapaneseEra.MEIJI, "M",
          JapaneseEra.TAISHO, "T",
          JapaneseEra.SHOWA, "S",
          JapaneseEra.HEISEI, "H",
          JapaneseEra.REIWA, "R");

  private static final Map<JapaneseEra, String> NAMES =
      Map.of(
          JapaneseEra.MEIJI, "明治",
          JapaneseEra.TAISHO, "大正",
          JapaneseEra.SHOWA, "昭和",
          JapaneseEra.HEISEI, "平成",
          JapaneseEra.REIWA, "令和");

  private DateParser() {}

  /** Reads one 発生日 as written in a data file (Excel import reads text cells through here too). */
  public static Result parse(String raw) {
    return parse(raw, Schema.DATE);
  }

  /** Reads a date for the field {@code field} (発生日, 個別公表日), whose name the messages give. */
  public static Result parse(String raw, String field) {
    String written = raw.strip();
    String text = normalizeWidth(written);
    // positions into the value are only meaningful when normalizing kept every char in its place
    boolean aligned = text.length() == written.length();
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(text);
      if (m.matches()) {
        return date(m, form, aligned, field);
      }
    }
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(text);
      if (m.lookingAt() && !Character.isDigit(text.charAt(m.end()))) {
        Result prefix = date(m, form, aligned, field);
        if (prefix instanceof Valid) {
          int junk = m.end();
          while (junk < text.length() && Character.isWhitespace(text.charAt(junk))) {
            junk++;
          }
          return new Invalid(Messages.dateTrailing(field), aligned ? junk : 0, Optional.empty());
        }
        return prefix;
      }
    }
    Matcher m = NO_YEAR.matcher(text);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
      int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
      Optional<MonthDay> md = Optional.empty();
      try {
        md = Optional.of(MonthDay.of(month, day));
      } catch (DateTimeException e) {
        // no month and day to suggest a year for
      }
      return new Invalid(Messages.dateWithoutYear(field), 0, md);
    }
    return new Invalid(Messages.dateFormat(field), aligned ? readable(text) : 0, Optional.empty());
  }

  /**
   * How much of {@code text} could still be the start of a date in some form: the first character
   * after that is the one that makes it unreadable ({@code 2025,5,20} → the first ','). 0 when the
   * text is only a beginning (R7), so that the whole value is pointed at.
   */
  private static int readable(String text) {
    if (text.length() > 40) {
      return 0; // not a date that went wrong somewhere, but something else
    }
    for (Pattern form : FORMS) {
      Matcher whole = form.matcher(text);
      if (!whole.matches() && whole.hitEnd()) {
        return 0;
      }
    }
    int best = 0;
    for (Pattern form : FORMS) {
      for (int k = text.length() - 1; k > best; k--) {
        Matcher m = form.matcher(text.substring(0, k));
        if (m.matches() || m.hitEnd()) {
          best = k;
          break;
        }
      }
    }
    return best;
  }

  private static Result date(Matcher m, Pattern form, boolean aligned, String field) {
    int yearGroup = form == ISO ? 1 : 2;
    int monthGroup = 3;
    int dayGroup = 4;
    int month = Integer.parseInt(m.group(monthGroup));
    int day = Integer.parseInt(m.group(dayGroup));
    int wrongAt;
    if (month < 1 || month > 12) {
      wrongAt = m.start(monthGroup);
    } else if (day < 1 || day > 31) {
      wrongAt = m.start(dayGroup);
    } else {
      wrongAt = -1;
    }
    JapaneseEra era = form == ISO ? null : ERAS.get(m.group(1).toUpperCase(Locale.ROOT));
    int year =
        form == ISO
            ? Integer.parseInt(m.group(yearGroup))
            : m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
    try {
      LocalDate date =
          form == ISO
              ? LocalDate.of(year, month, day)
              : LocalDate.from(JapaneseDate.of(era, year, month, day));
      return new Valid(date);
    } catch (DateTimeException e) {
      // say why: the month, the day or the era is out of range (naming them only where allowed)
      String why;
      String discreet;
      if (month < 1 || month > 12) {
        why = discreet = Messages.monthRange();
      } else if (day < 1 || day > 31) {
        why = discreet = Messages.dayRange();
      } else {
        int western = form == ISO ? year : western(era, year);
        int length = YearMonth.of(western, month).lengthOfMonth();
        if (day > length || era == null) {
          wrongAt = m.start(dayGroup);
          String written =
              form == ISO ? year + "年" : NAMES.get(era) + (year == 1 ? "元" : year) + "年";
          why = Messages.monthLength(written, month, length);
          discreet = Messages.pastMonthEnd();
        } else {
          wrongAt = m.start(1);
          why = eraRange(era, LocalDate.of(western, month, day));
          discreet = Messages.outsideEra();
        }
      }
      return new Invalid(
          Messages.dateDoesNotExist(field, why),
          aligned ? Math.max(0, wrongAt) : 0,
          Optional.empty(),
          Messages.dateDoesNotExist(field, discreet));
    }
  }

  /**
   * The first day of each era the JDK knows (明治 from its 6th year, when the solar calendar began).
   */
  private static final Map<JapaneseEra, LocalDate> ERA_STARTS =
      Map.of(
          JapaneseEra.MEIJI, LocalDate.of(1873, 1, 1),
          JapaneseEra.TAISHO, LocalDate.of(1912, 7, 30),
          JapaneseEra.SHOWA, LocalDate.of(1926, 12, 25),
          JapaneseEra.HEISEI, LocalDate.of(1989, 1, 8),
          JapaneseEra.REIWA, LocalDate.of(2019, 5, 1));

  /** The western year of an era's year, as if the era went on (明治 counts from its 1st year). */
  private static int western(JapaneseEra era, int year) {
    int first = era == JapaneseEra.MEIJI ? 1868 : ERA_STARTS.get(era).getYear();
    return first + year - 1;
  }

  /**
   * Why a 和暦 date lies outside its era: 「令和は令和元年5月1日からです」 or 「平成は平成31年4月30日までです」.
   *
   * @param date the day as if the era went on (or began earlier)
   */
  private static String eraRange(JapaneseEra era, LocalDate date) {
    LocalDate start = ERA_STARTS.get(era);
    if (date.isBefore(start) || era == JapaneseEra.REIWA) {
      return Messages.eraFrom(NAMES.get(era), wareki(start));
    }
    JapaneseEra next = JapaneseEra.of(era.getValue() + 1);
    return Messages.eraUntil(NAMES.get(era), wareki(ERA_STARTS.get(next).minusDays(1)));
  }

  /** 令和元年5月1日. */
  private static String wareki(LocalDate date) {
    JapaneseDate j = JapaneseDate.from(date);
    int year = j.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
    return NAMES.get(j.getEra())
        + (year == 1 ? "元" : String.valueOf(year))
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日";
  }

  /**
   * {@code date} written the way {@code raw} writes a date: the same form (ISO, R7.4.25,
   * 令和7年4月25日), letters and digit widths; only the era and year change (a date meant for the same
   * month and day). Empty when {@code raw} is not a readable date.
   */
  static Optional<String> rewrite(String raw, LocalDate date) {
    String written = raw.strip();
    String text = normalizeWidth(written);
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(text);
      if (!m.lookingAt()) {
        continue;
      }
      String base = text.length() == written.length() ? written : text;
      boolean wide = base.codePoints().anyMatch(c -> c >= '０' && c <= '９');
      String replacement;
      int from;
      int to;
      if (form == ISO) {
        from = m.start(1);
        to = m.end(1);
        replacement = String.valueOf(date.getYear());
      } else {
        JapaneseDate j = JapaneseDate.from(date);
        JapaneseEra era = j.getEra();
        int year = j.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        from = m.start(1);
        to = m.end(2);
        if (form == SHORT) {
          String letter = LETTERS.get(era);
          boolean lower = Character.isLowerCase(m.group(1).charAt(0));
          String shown = lower ? letter.toLowerCase(Locale.ROOT) : letter;
          replacement = (base.charAt(from) >= 'Ａ' ? toWide(shown) : shown) + year;
        } else {
          replacement = NAMES.get(era) + (year == 1 ? "元" : String.valueOf(year));
        }
      }
      if (wide) {
        replacement = toWide(replacement);
      }
      return Optional.of(base.substring(0, from) + replacement + base.substring(to));
    }
    return Optional.empty();
  }

  /** Where two strings first differ (the length of the shorter when one starts the other). */
  static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  /** ASCII digits and letters as their full-width forms. */
  private static String toWide(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return b.toString();
  }

  /**
   * Full-width digits and letters (Ｒ７．４．２５), as typed with a Japanese input method, read as ASCII.
   */
  static String normalizeWidth(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
