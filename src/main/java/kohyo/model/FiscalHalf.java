package kohyo.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The two halves of a Japanese fiscal year (April to March). The constants name the half; {@link
 * #label()} is the word for it.
 */
public enum FiscalHalf {
  FIRST("上半期", MonthDay.of(4, 1), MonthDay.of(9, 30), 0),
  SECOND("下半期", MonthDay.of(10, 1), MonthDay.of(3, 31), 1);

  private final String label;
  private final MonthDay start;
  private final MonthDay end;
  private final int endYearOffset;

  FiscalHalf(String label, MonthDay start, MonthDay end, int endYearOffset) {
    this.label = label;
    this.start = start;
    this.end = end;
    this.endYearOffset = endYearOffset;
  }

  public LocalDate start(int fiscalYear) {
    return start.atYear(fiscalYear);
  }

  /** 下半期 ends on 3/31 of the next calendar year. */
  public LocalDate end(int fiscalYear) {
    return end.atYear(fiscalYear + endYearOffset);
  }

  /**
   * The word for the half (上半期, 下半期): what period.yaml's 区分 says and what the title's {@code {区分}}
   * prints.
   */
  public String label() {
    return label;
  }
}
