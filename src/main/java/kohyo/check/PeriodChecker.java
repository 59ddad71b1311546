package kohyo.check;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;

/** Checks {@code period.yaml}: 公表主体, 年度 and 区分. */
final class PeriodChecker {

  private static final String ISSUER = Schema.ISSUER;
  private static final String FISCAL_YEAR = Schema.FISCAL_YEAR;
  private static final String HALF = Schema.HALF;

  /** Fiscal years the Japanese calendar and the tool can name; earlier ones are typing mistakes. */
  static final int FIRST_YEAR = 1989;

  static final int LAST_YEAR = 2200;

  private final CharacterCheck characters;

  PeriodChecker(CharacterCheck characters) {
    this.characters = characters;
  }

  Optional<Period> check(YamlDocument doc, List<Problem> sink) {
    Problems problems = new Problems(doc, sink);
    Optional<Fields> read = Fields.read(problems, Schema.PERIOD_KEYS, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<String> issuer = f.string(ISSUER, true);
    issuer.ifPresent(v -> characters.check(problems, ISSUER, f.node(ISSUER).orElseThrow(), v));
    PersonalDataCheck personalData = new PersonalDataCheck(problems, List.of());
    f.node(ISSUER).ifPresent(n -> personalData.scan(ISSUER, n));
    personalData.finish();
    OptionalInt year = f.integer(FISCAL_YEAR, true);
    if (year.isPresent() && (year.getAsInt() < FIRST_YEAR || year.getAsInt() > LAST_YEAR)) {
      problems.at(
          f.node(FISCAL_YEAR).orElseThrow(),
          Problem.Kind.VALUE,
          FISCAL_YEAR,
          Messages.fiscalYearRange(FIRST_YEAR, LAST_YEAR));
      year = OptionalInt.empty();
    }
    Optional<FiscalHalf> half =
        f.string(HALF, true)
            .flatMap(
                v -> {
                  for (FiscalHalf h : FiscalHalf.values()) {
                    if (h.label().equals(v)) {
                      return Optional.of(h);
                    }
                  }
                  problems.at(
                      f.node(HALF).orElseThrow(), Problem.Kind.VALUE, HALF, Messages.half());
                  return Optional.empty();
                });
    if (issuer.isEmpty() || year.isEmpty() || half.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Period.of(issuer.get(), year.getAsInt(), half.get()));
  }
}
