package kohyo.check;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date (発生日, 個別公表日) written as ISO ({@code 2025-04-25}) or 和暦 ({@code R7.4.25}, {@code
 * 令和7年4月25日}, {@code 令和元年5月1日}).
 *
 * <p>Dates are read from the YAML text, never through SnakeYAML's timestamp type, whose
 * java.util.Date shifts the day with the time zone. 和暦 goes through {@link JapaneseDate}, which
 * also refuses dates outside their era such as H31.5.1.
 */
final class DateParser {

  sealed interface Result permits Valid, Invalid {}

  record Valid(LocalDate date) implements Result {}

  /** Why a date was refused, in words that do not quote the value. */
  record Invalid(String message) implements Result {}

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern SHORT =
      Pattern.compile("([MTSHRmtshr])(\\d{1,2}|元)\\.(\\d{1,2})\\.(\\d{1,2})");
  private static final Pattern LONG =
      Pattern.compile("(明治|大正|昭和|平成|令和)(\\d{1,2}|元)年(\\d{1,2})月(\\d{1,2})日");
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

  private DateParser() {}

  static Result parse(String raw) {
    return parse(raw, Schema.DATE);
  }

  /** Reads a date for the field {@code field} (発生日, 個別公表日), whose name the messages give. */
  static Result parse(String raw, String field) {
    String text = normalizeWidth(raw.strip());
    Matcher m = ISO.matcher(text);
    if (m.matches()) {
      try {
        return new Valid(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        return new Invalid(field + "が存在しない日付です。");
      }
    }
    Optional<Result> wareki =
        wareki(SHORT.matcher(text), field).or(() -> wareki(LONG.matcher(text), field));
    return wareki.orElseGet(
        () -> new Invalid(field + "の形式が正しくありません。2025-04-25、R7.4.25、令和7年4月25日 のいずれかで書いてください。"));
  }

  private static Optional<Result> wareki(Matcher m, String field) {
    if (!m.matches()) {
      return Optional.empty();
    }
    JapaneseEra era = ERAS.get(m.group(1).toUpperCase(java.util.Locale.ROOT));
    int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
    try {
      JapaneseDate date =
          JapaneseDate.of(era, year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      return Optional.of(new Valid(LocalDate.from(date)));
    } catch (DateTimeException e) {
      return Optional.of(new Invalid(field + "が存在しない日付です（元号の期間外の日付を含みます）。"));
    }
  }

  /**
   * Full-width digits and letters (Ｒ７．４．２５), as typed with a Japanese input method, read as ASCII.
   */
  private static String normalizeWidth(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
