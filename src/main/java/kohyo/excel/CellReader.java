package kohyo.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
          Map.entry("無", Schema.DAMAGE_NO),
          Map.entry("無し", Schema.DAMAGE_NO),
          Map.entry("なし", Schema.DAMAGE_NO),
          Map.entry("ナシ", Schema.DAMAGE_NO),
          Map.entry("×", Schema.DAMAGE_NO),
          Map.entry("✕", Schema.DAMAGE_NO),
          Map.entry("✖", Schema.DAMAGE_NO),
          Map.entry("╳", Schema.DAMAGE_NO));

  /** A time after the date (「2025/4/25 9:30」「令和7年4月25日10時」), which is not part of it. */
  private static final Pattern TIME =
      Pattern.compile("(?<=[日\\s)])\\s*(午前|午後)?\\d{1,2}[:時]\\d{2}(:\\d{2}|分)?(頃|ごろ)?$");

  private static final Pattern WEEKDAY = Pattern.compile("[(（][月火水木金土日](曜日?)?[)）]$");
  private static final Pattern WESTERN_KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern YYYYMMDD = Pattern.compile("((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)");
  private static final Pattern NUMBER = Pattern.compile("(?:no\\.?|№)?(\\d{1,6})\\.?");
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

  /** 再発防止策: a list when every line starts with ・ (the ・ and spaces after it removed). */
  CaseFields.Prevention prevention(CellValue v) {
    List<String> lines = CellText.lines(text(v));
    List<String> nonBlank = lines.stream().filter(l -> !l.isEmpty()).toList();
    boolean items = !nonBlank.isEmpty() && nonBlank.stream().allMatch(CellReader::isItem);
    if (!items) {
      return CaseFields.Prevention.text(String.join("\n", lines));
    }
    List<String> out = new ArrayList<>();
    for (String line : nonBlank) {
      out.add(CellText.strip(line.substring(1)));
    }
    return CaseFields.Prevention.items(out);
  }

  private static boolean isItem(String line) {
    return line.startsWith("・") || line.startsWith("･");
  }

  Read<LocalDate> date(CellValue v, SheetGrid grid, boolean redact) {
    if (v instanceof CellValue.Text t) {
      return fromText(t.text(), redact);
    }
    if (v instanceof CellValue.Number n) {
      if (n.dateTime() != null) {
        return new Read.Ok<>(n.dateTime().toLocalDate());
      }
      double x = n.value();
      if (x == Math.rint(x) && x >= 19000101 && x <= 29991231) {
        return fromText(plain(x), redact);
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
   * around it is taken away: spaces, a weekday 「（金）」, 西暦の年月日, 8 digits.
   */
  private Read<LocalDate> fromText(String raw, boolean redact) {
    String s = CellText.strip(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    s = TIME.matcher(s).replaceAll("");
    s = s.replaceAll("[\\s\\p{Z}]+", "");
    s = WEEKDAY.matcher(s).replaceAll("");
    Matcher kanji = WESTERN_KANJI.matcher(s);
    if (kanji.matches()) {
      s = kanji.group(1) + "/" + kanji.group(2) + "/" + kanji.group(3);
    }
    Matcher digits = YYYYMMDD.matcher(s);
    if (digits.matches()) {
      s = digits.group(1) + "/" + digits.group(2) + "/" + digits.group(3);
    }
    DateParser.Result r = DateParser.parse(s);
    if (r instanceof DateParser.Valid valid) {
      return new Read.Ok<>(valid.date());
    }
    return new Read.Bad<>(
        redact
            ? ImportMessages.unreadableDateRedacted()
            : ImportMessages.unreadableDate(
                CellText.oneLine(raw), ((DateParser.Invalid) r).message()));
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
