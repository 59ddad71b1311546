package kohyo.model;

import java.time.LocalDate;

/**
 * The half-year a publication covers.
 *
 * @param issuer 公表主体, e.g. ○県
 * @param fiscalYear the western year in which the fiscal year starts (2025 = 令和7年度)
 * @param half the first (上半期) or second (下半期) half
 * @param fiscalEra the era name and year of the fiscal year as it is customarily called: the era in
 *     force at the end of the calendar year it starts in, so that FY2019 is 令和元年度 (not 平成31年度)
 */
public record Period(String issuer, int fiscalYear, FiscalHalf half, Wareki fiscalEra) {

  public static Period of(String issuer, int fiscalYear, FiscalHalf half) {
    return new Period(issuer, fiscalYear, half, Wareki.of(LocalDate.of(fiscalYear, 12, 31)));
  }

  public LocalDate start() {
    return half.start(fiscalYear);
  }

  public LocalDate end() {
    return half.end(fiscalYear);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }
}
