package kohyo.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.casefile.CaseFields;
import kohyo.check.DateParser;
import kohyo.check.Schema;
import kohyo.model.Wareki;
import kohyo.wording.Phrase;
import kohyo.wording.Wording;

/**
 * Reads cells as clerks type them into the values of a case file. Every method either returns the
 * value or says, in a message for the cell, why it could not.
 */
final class CellReader {

  /** A value read, or why not. */
  sealed interface Read<T> {
    record Ok<T>(T value) implements Read<T> {}

    record Bad<T>(String message) implements Read<T> {}
  }

  /** The last serial Excel knows (9999-12-31). */
  private static final double MAX_SERIAL = 2958465;

  private static final Map<String, String> DAMAGE_WORDS =
      Map.ofEntries(
          Map.entry("有", Schema.DAMAGE_YES),
          Map.entry("有り", Schema.DAMAGE_YES),
          Map.entry("あり", Schema.DAMAGE_YES),
          Map.entry("アリ", Schema.DAMAGE_YES),
          Map.entry("○", Schema.DAMAGE_YES),
          Map.entry("〇", Schema.DAMAGE_YES),
          Map.entry("◯", Schema.DAMAGE_YES),
          Map.entry("●", Schema.DAMAGE_YES),
          Map.entry("有る", Schema.DAMAGE_YES),
          Map.entry("ある", Schema.DAMAGE_YES),
          Map.entry("無", Schema.DAMAGE_NO),
          Map.entry("無し", Schema.DAMAGE_NO),
          Map.entry("なし", Schema.DAMAGE_NO),
          Map.entry("ナシ", Schema.DAMAGE_NO),
          Map.entry("×", Schema.DAMAGE_NO),
          Map.entry("✕", Schema.DAMAGE_NO),
          Map.entry("✖", Schema.DAMAGE_NO),
          Map.entry("╳", Schema.DAMAGE_NO),
          Map.entry("無い", Schema.DAMAGE_NO),
          Map.entry("ない", Schema.DAMAGE_NO),
          Map.entry("特になし", Schema.DAMAGE_NO),
          Map.entry("特に無し", Schema.DAMAGE_NO),
          // a dash for "none", as a table marks an empty answer; ー is what the IME gives for -
          Map.entry("―", Schema.DAMAGE_NO),
          Map.entry("—", Schema.DAMAGE_NO),
          Map.entry("-", Schema.DAMAGE_NO),
          Map.entry("‐", Schema.DAMAGE_NO),
          Map.entry("−", Schema.DAMAGE_NO),
          Map.entry("ー", Schema.DAMAGE_NO));

  /** A time after the date (「2025/4/25 9:30」「令和7年4月25日10時」), which is not part of it. */
  private static final Pattern TIME =
      Pattern.compile("(?<=[日\\s)])\\s*(午前|午後)?\\d{1,2}[:時]\\d{2}(:\\d{2}|分)?(頃|ごろ)?$");

  private static final String WEEKDAYS = "月火水木金土日";
  private static final Pattern WEEKDAY = Pattern.compile("[(（]([月火水木金土日])(曜日?)?[)）]$");

  /** 西暦 with any of 年月日 . / -: 2024年10月8日, 2024.10.8, 2024-10-8. */
  private static final Pattern WESTERN =
      Pattern.compile("((?:19|20)\\d\\d)[年./-](\\d{1,2})[月./-](\\d{1,2})日?");

  /** 和暦 with any of 年月日 . / -: R6/4/5, 令和6.4.5, R6年4月5日 (令和6年4月5日 and R6.4.5 too). */
  private static final Pattern ERA =
      Pattern.compile(
          "(令和|平成|昭和|大正|明治|[RHSTMrhstm])(\\d{1,2}|元)[年./-](\\d{1,2})[月./-](\\d{1,2})日?");

  private static final Map<String, String> ERA_LETTERS =
      Map.of("令和", "R", "平成", "H", "昭和", "S", "大正", "T", "明治", "M");

  /** A month and day without a year: 10月3日, 10/3. */
  private static final Pattern MONTH_DAY =
      Pattern.compile("(\\d{1,2})月(\\d{1,2})日|(\\d{1,2})/(\\d{1,2})");

  /** Three small numbers, as R5.11.2 without its era. */
  private static final Pattern ERA_LESS =
      Pattern.compile("(\\d{1,2})[./年](\\d{1,2})[./月](\\d{1,2})日?");

  private static final Pattern YYYYMMDD = Pattern.compile("((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)");

  /** NO as offices number rows: 1, 1., (1), ①, １, No.1, №1, 第1号. */
  private static final Pattern NUMBER =
      Pattern.compile("(?:no\\.?|#|第)?[(\\[]?(\\d{1,6})[)\\]]?[.号]?");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final Wording wording;

  /**
   * @param wording how a date in a text column reads: as the table prints dates (R7.4.25)
   */
  CellReader(Wording wording) {
    this.wording = wording;
  }

  /** Text as the data file keeps it: lines trimmed, line breaks kept. */
  String text(CellValue v) {
    if (v instanceof CellValue.Text t) {
      return CellText.tidy(t.text());
    }
    if (v instanceof CellValue.Number n) {
      return n.dateTime() != null ? wareki(n.dateTime()) : plain(n.value());
    }
    if (v instanceof CellValue.Bool b) {
      return b.value() ? "TRUE" : "FALSE";
    }
    return "";
  }

  /**
   * 再発防止策: a list when every line starts with a marker of one kind (・, ●, ①, (1), 「１　」…; see {@link
   * ListItems}), the markers and spaces after them removed; else the text as typed.
   */
  CaseFields.Prevention prevention(CellValue v) {
    List<String> lines = CellText.lines(text(v));
    List<String> nonBlank = lines.stream().filter(l -> !l.isEmpty()).toList();
    return ListItems.of(nonBlank)
        .map(CaseFields.Prevention::items)
        .orElseGet(() -> CaseFields.Prevention.text(String.join("\n", lines)));
  }

  /**
   * @param fiscalYear the sheet's 年度, which gives the year of a date typed without one (「10月3日」)
   */
  Read<LocalDate> date(CellValue v, SheetGrid grid, Optional<Integer> fiscalYear, boolean redact) {
    if (v instanceof CellValue.Text t) {
      return fromText(t.text(), fiscalYear, redact);
    }
    if (v instanceof CellValue.Number n) {
      if (n.dateTime() != null) {
        LocalDate d = n.dateTime().toLocalDate();
        if (fiscalYear.isEmpty() || NumberFormats.showsYear(n.format())) {
          return new Read.Ok<>(d);
        }
        // 「10/3」 typed into Excel is a date in the year it was typed, shown as 10月3日: the reader
        // of the sheet sees no year, and the 年度 gives it, as for a month and day typed as text
        int year = inFiscalYear(fiscalYear.get(), d.getMonthValue());
        return fromText(
            year + "/" + d.getMonthValue() + "/" + d.getDayOfMonth(), Optional.empty(), redact);
      }
      double x = n.value();
      if (x == Math.rint(x) && x >= 19000101 && x <= 29991231) {
        return fromText(plain(x), fiscalYear, redact);
      }
      if (x >= 1 && x <= MAX_SERIAL) {
        // a date whose format was lost (General shows the serial): still a serial in a date column
        return new Read.Ok<>(grid.serialDate(x).toLocalDate());
      }
    }
    return new Read.Bad<>(
        redact ? ImportMessages.unreadableDateRedacted() : ImportMessages.notADateNumber());
  }

  /**
   * A date typed as text goes through the data files' own date reader, after what a clerk adds
   * around it is taken away and the forms offices type are written as one it reads: spaces, a time,
   * a weekday 「（金）」 (which must be the date's), 西暦 and 和暦 with any of 年月日 . / - (2024.10.8, R6/4/5,
   * 令和6.4.5), 8 digits, and a month and day without a year (「10月3日」), whose year the sheet's 年度
   * gives: April to December in that year, January to March in the next.
   */
  private Read<LocalDate> fromText(String raw, Optional<Integer> fiscalYear, boolean redact) {
    String value = CellText.oneLine(raw);
    String s = CellText.strip(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    s = TIME.matcher(s).replaceAll("");
    s = s.replaceAll("[\\s\\p{Z}]+", "");
    Optional<DayOfWeek> weekday = Optional.empty();
    Matcher w = WEEKDAY.matcher(s);
    if (w.find()) {
      weekday = Optional.of(DayOfWeek.of(WEEKDAYS.indexOf(w.group(1)) + 1));
      s = s.substring(0, w.start());
    }
    Matcher western = WESTERN.matcher(s);
    Matcher era = ERA.matcher(s);
    Matcher monthDay = MONTH_DAY.matcher(s);
    Matcher digits = YYYYMMDD.matcher(s);
    if (western.matches()) {
      s = western.group(1) + "/" + western.group(2) + "/" + western.group(3);
    } else if (era.matches()) {
      String letter = ERA_LETTERS.getOrDefault(era.group(1), era.group(1));
      s = letter + era.group(2) + "." + era.group(3) + "." + era.group(4);
    } else if (digits.matches()) {
      s = digits.group(1) + "/" + digits.group(2) + "/" + digits.group(3);
    } else if (monthDay.matches()) {
      if (fiscalYear.isEmpty()) {
        return new Read.Bad<>(
            redact
                ? ImportMessages.unreadableDateRedacted()
                : ImportMessages.dateWithoutYear(value));
      }
      int month =
          Integer.parseInt(monthDay.group(1) != null ? monthDay.group(1) : monthDay.group(3));
      int day = Integer.parseInt(monthDay.group(2) != null ? monthDay.group(2) : monthDay.group(4));
      s = inFiscalYear(fiscalYear.get(), month) + "/" + month + "/" + day;
    } else if (ERA_LESS.matcher(s).matches()) {
      Matcher n = ERA_LESS.matcher(s);
      n.matches();
      return new Read.Bad<>(
          redact
              ? ImportMessages.unreadableDateRedacted()
              : ImportMessages.dateWithoutEra(
                  value, "R" + n.group(1) + "." + n.group(2) + "." + n.group(3)));
    }
    DateParser.Result r = DateParser.parse(s);
    if (r instanceof DateParser.Valid valid) {
      if (weekday.isPresent() && valid.date().getDayOfWeek() != weekday.get()) {
        return new Read.Bad<>(
            redact
                ? ImportMessages.unreadableDateRedacted()
                : ImportMessages.wrongWeekday(
                    value,
                    WEEKDAYS.charAt(weekday.get().getValue() - 1),
                    WEEKDAYS.charAt(valid.date().getDayOfWeek().getValue() - 1)));
      }
      return new Read.Ok<>(valid.date());
    }
    return new Read.Bad<>(
        redact
            ? ImportMessages.unreadableDateRedacted()
            : ImportMessages.unreadableDate(value, ((DateParser.Invalid) r).message()));
  }

  /** A fiscal year runs from April: January to March are in the calendar year after it. */
  private static int inFiscalYear(int fiscalYear, int month) {
    return month >= 4 ? fiscalYear : fiscalYear + 1;
  }

  /** 二次被害: 有 or 無, from 有/無, あり/なし, ○/×. */
  Read<String> damage(CellValue v, boolean redact) {
    String word =
        Normalizer.normalize(text(v), Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
    String value = DAMAGE_WORDS.get(word);
    if (value != null) {
      return new Read.Ok<>(value);
    }
    return new Read.Bad<>(
        redact
            ? ImportMessages.damageRedacted()
            : ImportMessages.damage(CellText.oneLine(text(v))));
  }

  /** NO: a whole number, also typed as full-width text or 「No.3」. Empty when the cell is. */
  Read<Optional<Integer>> number(CellValue v) {
    if (v.isBlank()) {
      return new Read.Ok<>(Optional.empty());
    }
    if (v instanceof CellValue.Number n && n.value() == Math.rint(n.value()) && n.value() >= 0) {
      return n.value() < 1_000_000
          ? new Read.Ok<>(Optional.of((int) n.value()))
          : new Read.Bad<>(ImportMessages.number(plain(n.value())));
    }
    String s =
        Normalizer.normalize(text(v), Normalizer.Form.NFKC)
            .replaceAll("[\\s\\p{Z}]+", "")
            .toLowerCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(s);
    if (m.matches()) {
      return new Read.Ok<>(Optional.of(Integer.parseInt(m.group(1))));
    }
    return new Read.Bad<>(ImportMessages.number(CellText.oneLine(text(v))));
  }

  /** 公表: whether the row is withheld; empty means published. */
  Read<Boolean> withheld(CellValue v) {
    String s = Normalizer.normalize(text(v), Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
    return switch (s) {
      case "", "公表", "可" -> new Read.Ok<>(false);
      case "非公表", "否", "不可" -> new Read.Ok<>(true);
      default -> new Read.Bad<>(ImportMessages.publication(CellText.oneLine(text(v))));
    };
  }

  /** 非公表基準: its number, from 3, 「(3)」, 「基準3」, 「第3号」. */
  Read<Optional<Integer>> criterion(CellValue v) {
    if (v.isBlank()) {
      return new Read.Ok<>(Optional.empty());
    }
    String s = Normalizer.normalize(text(v), Normalizer.Form.NFKC);
    Matcher m = DIGITS.matcher(s);
    if (m.find()) {
      String first = m.group();
      if (!m.find() && first.length() <= 2) {
        int n = Integer.parseInt(first);
        if (n >= Schema.FIRST_CRITERION && n <= Schema.MAX_CRITERIA) {
          return new Read.Ok<>(Optional.of(n));
        }
      }
    }
    return new Read.Bad<>(ImportMessages.criterion());
  }

  /**
   * 備考 split as the data files hold it: a leading 「R7.5.20個別公表事案」 (the vocabulary's phrase for a
   * case published on its own, which the PDF prints from 個別公表日) becomes that date; the rest stays
   * the text typed.
   *
   * @param individuallyPublished the ISO date, or empty
   */
  record Remarks(String typed, String individuallyPublished) {}

  Remarks remarks(String oneLine) {
    StringBuilder regex = new StringBuilder("^");
    for (Phrase.Piece p : wording.individualPhrase().pieces()) {
      regex.append(
          p.place() && p.text().equals(Wording.INDIVIDUAL_DATE)
              ? "(?<date>[^\\s]+?)"
              : Pattern.quote(p.text()));
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(oneLine);
    if (m.find() && DateParser.parse(m.group("date")) instanceof DateParser.Valid day) {
      return new Remarks(CellText.strip(oneLine.substring(m.end())), day.date().toString());
    }
    return new Remarks(oneLine, "");
  }

  /** A number as a clerk would write it: no trailing .0, no exponent. */
  static String plain(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
  }

  /** A date in a text column reads as the table prints dates: R7.4.25. */
  private String wareki(LocalDateTime dateTime) {
    try {
      return wording.date(Wareki.of(dateTime.toLocalDate()));
    } catch (java.time.DateTimeException e) {
      return dateTime.toLocalDate().toString(); // before Meiji: no era to name
    }
  }
}
