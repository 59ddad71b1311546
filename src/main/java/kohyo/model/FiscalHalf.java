package kohyo.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The two halves of a Japanese fiscal year (April to March).
 *
 * @param label the word used in the data files and the title
 */
public enum FiscalHalf {
  上半期(MonthDay.of(4, 1), MonthDay.of(9, 30), 0),
  下半期(MonthDay.of(10, 1), MonthDay.of(3, 31), 1);

  private final MonthDay start;
  private final MonthDay end;
  private final int endYearOffset;

  FiscalHalf(MonthDay start, MonthDay end, int endYearOffset) {
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

  public String label() {
    return name();
  }
}
