package kohyo.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kohyo.base.Home;
import kohyo.model.Period;
import kohyo.model.Wareki;
import kohyo.wording.Wording;

/**
 * The document's own words where the editor shows them: the table's 和暦 (R7.4.25) and the period's
 * name (令和7年度上半期) from {@code templates/wording.yaml}. The 非公表基準 of a period come from its check
 * ({@link Overview#criteria()}: the publisher file's, else these), as its PDF prints them.
 */
public final class DocumentWords {

  /** A criterion as {@code 非公表基準: n} names it, with its text. */
  public record Criterion(int number, String text) {}

  private final Wording wording;

  DocumentWords(Wording wording) {
    this.wording = wording;
  }

  public static DocumentWords load(Home home) {
    return new DocumentWords(Wording.load(home));
  }

  Wording wording() {
    return wording;
  }

  /** The installation's criteria, for a period whose publisher file cannot be read. */
  List<String> defaultCriteria() {
    return wording.criteria();
  }

  /** Criteria numbered from 1 as the document numbers them. */
  static List<Criterion> numbered(List<String> criteria) {
    List<Criterion> out = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      out.add(new Criterion(i + 1, criteria.get(i)));
    }
    return out;
  }

  /** The table's date: R7.4.25. */
  public String shortDate(LocalDate date) {
    return wording.date(Wareki.of(date));
  }

  /** 令和7年度上半期. */
  public String period(Period p) {
    return wording.fiscalYear(p) + p.half().label();
  }

  /** 令和7年4月25日 (元年 for the first year), for a clerk reading a date back. */
  static String longDate(LocalDate date) {
    Wareki w = Wareki.of(date);
    return w.eraName()
        + (w.year() == 1 ? "元" : Integer.toString(w.year()))
        + "年"
        + w.month()
        + "月"
        + w.day()
        + "日";
  }
}
