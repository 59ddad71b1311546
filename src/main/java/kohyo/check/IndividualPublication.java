package kohyo.check;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.model.Wareki;
import kohyo.wording.Phrase;
import kohyo.wording.Wording;

/**
 * A case's 個別公表日 against what its 備考 says by hand. With 個別公表日 the template prints 「R7.5.20個別公表事案」
 * (the wording's 個別公表); a 備考 that already says so for the same day — typed before 個別公表日 existed, or
 * in another date form such as 令和7年5月20日 — is merged, not printed twice. One that says so for
 * another day is a contradiction only the clerk can settle.
 */
final class IndividualPublication {

  /**
   * Dates as a clerk types them in 備考, full-width digits included: the forms {@link DateParser}
   * reads. The wording's own short date is added to these, in case it is not one of them.
   */
  private static final String TYPED_DATES =
      "[MTSHRmtshrＭＴＳＨＲｍｔｓｈｒ](?:[0-9０-９]{1,2}|元)[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2}"
          + "|(?:明治|大正|昭和|平成|令和)(?:[0-9０-９]{1,2}|元)年[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
          + "|[0-9０-９]{4}[-/－／][0-9０-９]{1,2}[-/－／][0-9０-９]{1,2}";

  /** What may sit between the phrase and the rest of 備考, and goes with the phrase. */
  private static final String SEPARATORS = "[\\s\\u3000、，,・/／]*";

  private static final Pattern LEADING = Pattern.compile("^[\\s\\u3000、，,。．・/／]+");
  private static final Pattern TRAILING = Pattern.compile("[\\s\\u3000、，,・/／]+$");

  /** The outcome for one 備考. */
  sealed interface Outcome permits Merged, Contradiction {}

  /**
   * @param remarks 備考 without the phrase for 個別公表日 (empty when it said nothing else)
   */
  record Merged(String remarks) implements Outcome {}

  /**
   * @param typed the phrase as typed, for another day (or a day that does not exist)
   */
  record Contradiction(String typed) implements Outcome {}

  private final Wording wording;
  private final Pattern phrase;

  IndividualPublication(Wording wording) {
    this.wording = wording;
    this.phrase = pattern(wording.individualPhrase(), wording.datePhrase());
  }

  /** 「R7.5.20個別公表事案」, as the template prints it for this day. */
  String printed(LocalDate day) {
    return wording.individualPublication(Wareki.of(day));
  }

  /** 備考 merged with 個別公表日 {@code day}. */
  Outcome merge(String remarks, LocalDate day) {
    String expected = wording.date(Wareki.of(day));
    Matcher m = phrase.matcher(remarks);
    StringBuilder rest = new StringBuilder();
    int at = 0;
    while (m.find()) {
      String date = m.group("date");
      if (!date.equals(expected) && !sameDay(date, day)) {
        return new Contradiction(m.group("phrase"));
      }
      rest.append(remarks, at, m.start());
      at = m.end();
    }
    rest.append(remarks.substring(at));
    String merged = TRAILING.matcher(LEADING.matcher(rest).replaceFirst("")).replaceFirst("");
    return new Merged(merged);
  }

  private static boolean sameDay(String typed, LocalDate day) {
    return DateParser.parse(typed) instanceof DateParser.Valid v && v.date().equals(day);
  }

  /**
   * The wording's 個別公表 with any typed date in the place of {日付}, and the separators after it (so
   * that 「R7.5.20個別公表事案、報道発表あり」 leaves 「報道発表あり」).
   */
  private static Pattern pattern(Phrase individual, Phrase date) {
    String dates = TYPED_DATES + "|" + shape(date);
    StringBuilder regex = new StringBuilder("(?<phrase>");
    for (Phrase.Piece p : individual.pieces()) {
      regex.append(p.place() ? "(?<date>" + dates + ")" : Pattern.quote(p.text()));
    }
    return Pattern.compile(regex.append(")").append(SEPARATORS).toString());
  }

  /** The short date's shape: its literal text, a letter for the era, digits for the numbers. */
  private static String shape(Phrase date) {
    StringBuilder regex = new StringBuilder();
    for (Phrase.Piece p : date.pieces()) {
      if (!p.place()) {
        regex.append(Pattern.quote(p.text()));
      } else {
        regex.append(p.text().equals("略号") ? "[A-Za-z]" : "[0-9]{1,2}");
      }
    }
    return regex.toString();
  }
}
