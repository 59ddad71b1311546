package kohyo.editor;

import java.time.LocalDate;
import kohyo.model.Period;

/** The 和暦 the document prints, for the editor's lists and hints. */
final class JapaneseDates {

  private JapaneseDates() {}

  /** The table's short form: R7.4.25. */
  static String shortDate(LocalDate date) {
    kohyo.model.Wareki w = kohyo.model.Wareki.of(date);
    return w.eraLetter() + w.year() + "." + w.month() + "." + w.day();
  }

  /** 令和7年4月25日 (元年 for the first year), for a clerk reading a date back. */
  static String longDate(LocalDate date) {
    kohyo.model.Wareki w = kohyo.model.Wareki.of(date);
    return w.eraName()
        + (w.year() == 1 ? "元" : Integer.toString(w.year()))
        + "年"
        + w.month()
        + "月"
        + w.day()
        + "日";
  }

  /** 令和7年度上半期, as the title calls the period. */
  static String period(Period p) {
    kohyo.model.Wareki w = p.fiscalEra();
    return w.eraName()
        + (w.year() == 1 ? "元" : Integer.toString(w.year()))
        + "年度"
        + p.half().label();
  }
}
