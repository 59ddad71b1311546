package kohyo.excel;

import java.text.Normalizer;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.model.FiscalHalf;
import kohyo.wording.Phrase;
import kohyo.wording.Wording;

/**
 * What the lines above a table say about it: the title 「○県の保有個人情報の漏えい事案概要【令和7年度上半期分】」 gives 公表主体,
 * 年度 and 区分; the count line 「1 事案件数 11件（うち、非公表基準該当1件）」 gives the total and how many are withheld.
 * Read leniently, as offices word them differently: full-width digits, 元年, R7年度 or 2025年度, 上期/下期.
 */
final class Preamble {

  /**
   * The title's reading; any part may be missing.
   *
   * @param cell where it was found, e.g. A1
   */
  record Title(String cell, String publisher, Integer fiscalYear, FiscalHalf half) {}

  /**
   * @param withheld 0 when the line has no うち clause
   */
  record Count(String cell, int total, int withheld) {}

  private static final Pattern ERA_YEAR =
      Pattern.compile("(令和|平成|R|H)\\s*(\\d{1,2}|元)\\s*年度", Pattern.CASE_INSENSITIVE);
  private static final Pattern WESTERN_YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年度");
  private static final Pattern HALF = Pattern.compile("(上半期|下半期|上期|下期)");
  private static final Pattern PUBLISHER_END = Pattern.compile("の?(保有個人情報|個人情報)");
  private static final Pattern COUNT = Pattern.compile("件数\\D{0,6}?(\\d+)\\s*件");
  private static final Pattern WITHHELD = Pattern.compile("うち[^\\d]{0,20}?(\\d+)\\s*件");
  private static final Pattern BRACKETS = Pattern.compile("[【】\\[\\]［］「」『』（）()〈〉＜＞<>]");

  private Preamble() {}

  /**
   * The first line that names a fiscal year and a half: read by the vocabulary's title phrase when
   * it matches (kohyo's own export), else by the words offices use.
   */
  static Optional<Title> title(List<Line> lines, Wording wording) {
    Pattern own = phrase(wording.titlePhrase(), Map.of(), t -> t);
    for (Line line : lines) {
      Matcher m = own.matcher(line.text());
      if (m.matches()) {
        Optional<Integer> year = fiscalYear(nfkc(m.group(place("年度"))));
        Matcher half = HALF.matcher(nfkc(m.group(place("区分"))));
        String publisher = CellText.strip(m.group(place("公表主体")));
        if (year.isPresent() && half.find() && !publisher.isEmpty()) {
          return Optional.of(new Title(line.cell(), publisher, year.get(), half(half.group(1))));
        }
      }
    }
    for (Line line : lines) {
      String n = nfkc(line.text());
      Optional<Integer> year = fiscalYear(n);
      Matcher half = HALF.matcher(n);
      if (year.isPresent() && half.find()) {
        return Optional.of(
            new Title(line.cell(), publisher(line.text()), year.get(), half(half.group(1))));
      }
    }
    return Optional.empty();
  }

  static Optional<Count> count(List<Line> lines, Wording wording) {
    List<Phrase.Piece> pieces = new java.util.ArrayList<>();
    pieces.add(new Phrase.Piece(wording.countHeading(), false));
    pieces.addAll(wording.countPhrase().pieces());
    Pattern own =
        phrase(
            new Phrase(pieces),
            Map.of(Wording.TOTAL, "\\d+", Wording.WITHHELD, "\\d+"),
            t -> nfkc(t).replaceAll("\\s+", ""));
    for (Line line : lines) {
      String n = nfkc(line.text()).replaceAll("\\s+", "");
      Matcher m = own.matcher(n);
      if (m.matches()) {
        return Optional.of(
            new Count(
                line.cell(),
                Integer.parseInt(m.group(place(Wording.TOTAL))),
                Integer.parseInt(m.group(place(Wording.WITHHELD)))));
      }
    }
    for (Line line : lines) {
      String n = nfkc(line.text()).replaceAll("\\s+", "");
      Matcher total = COUNT.matcher(n);
      if (total.find()) {
        Matcher withheld = WITHHELD.matcher(n.substring(total.end()));
        return Optional.of(
            new Count(
                line.cell(),
                Integer.parseInt(total.group(1)),
                withheld.find() ? Integer.parseInt(withheld.group(1)) : 0));
      }
    }
    return Optional.empty();
  }

  /** A line of text above the table, with the cell it is in. */
  record Line(String cell, String text) {}

  private static Optional<Integer> fiscalYear(String n) {
    Matcher era = ERA_YEAR.matcher(n);
    if (era.find()) {
      JapaneseEra e = era.group(1).matches("(?i)令和|R") ? JapaneseEra.REIWA : JapaneseEra.HEISEI;
      int y = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
      try {
        // the fiscal year is named by the era of the year it starts in: 令和元年度 = 2019
        return Optional.of(JapaneseDate.of(e, y, 12, 31).get(java.time.temporal.ChronoField.YEAR));
      } catch (java.time.DateTimeException ex) {
        return Optional.empty();
      }
    }
    Matcher western = WESTERN_YEAR.matcher(n);
    return western.find() ? Optional.of(Integer.parseInt(western.group(1))) : Optional.empty();
  }

  private static FiscalHalf half(String word) {
    return word.startsWith("上") ? FiscalHalf.FIRST : FiscalHalf.SECOND;
  }

  /**
   * The words before 「の保有個人情報」, without the year and half if a title puts them first, and without
   * brackets; null when the title does not say.
   */
  private static String publisher(String title) {
    Matcher end = PUBLISHER_END.matcher(title);
    if (!end.find()) {
      return null;
    }
    String before = title.substring(0, end.start());
    before = nfkcEraFree(before);
    before = BRACKETS.matcher(before).replaceAll(" ");
    before = CellText.strip(before.replaceAll("[\\s\\p{Z}]+", " "));
    // 「北野台市における保有個人情報の…」: the particle joins the name to the rest of the title
    before = CellText.strip(before.replaceFirst("(における|に於ける|での|で|の)$", ""));
    return before.isEmpty() ? null : before;
  }

  /** Removes a year and half written before the publisher (「令和7年度上半期 ○県の…」). */
  private static String nfkcEraFree(String s) {
    return s.replaceAll(
            "(令和|平成|[RHＲＨrh])\\s*([0-9０-９]{1,2}|元)\\s*年度|(19|20|１９|２０)[0-9０-９]{2}\\s*年度", "")
        .replaceAll("(上半期|下半期|上期|下期)分?", "");
  }

  /**
   * A phrase of the vocabulary as a pattern: its text literally, each place a named group (any
   * text, or the given pattern).
   */
  private static Pattern phrase(
      Phrase phrase, Map<String, String> places, java.util.function.UnaryOperator<String> literal) {
    StringBuilder regex = new StringBuilder();
    for (Phrase.Piece p : phrase.pieces()) {
      if (p.place()) {
        regex
            .append("(?<")
            .append(place(p.text()))
            .append(">")
            .append(places.getOrDefault(p.text(), ".+?"))
            .append(")");
      } else {
        regex.append(Pattern.quote(literal.apply(p.text())));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** A group name for a place (group names are ASCII letters and digits). */
  private static String place(String name) {
    StringBuilder g = new StringBuilder("p");
    name.codePoints().forEach(c -> g.append(Integer.toHexString(c)));
    return g.toString();
  }

  static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
