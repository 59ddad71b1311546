package kohyo.casefile;

/**
 * {@code period.yaml}'s values as text; an empty string is a key that is absent.
 *
 * @param issuer 公表主体, e.g. ○県
 * @param fiscalYear 年度, e.g. {@code 2025}
 * @param half 区分: 上半期 or 下半期
 */
public record PeriodFields(String issuer, String fiscalYear, String half) {

  public PeriodFields {
    issuer = issuer == null ? "" : issuer;
    fiscalYear = fiscalYear == null ? "" : fiscalYear;
    half = half == null ? "" : half;
  }
}
