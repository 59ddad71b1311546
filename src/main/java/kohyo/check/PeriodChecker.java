package kohyo.check;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;

/**
 * Checks {@code period.yaml}: 公表主体, 年度 and 区分. 公表主体 may be left to the publisher file; when
 * period.yaml has it too, period.yaml's wins (as it did before there were publisher files).
 */
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

  /**
   * @param publisher the period's publisher, whose 公表主体 applies when period.yaml has none; empty
   *     when its file is broken
   * @param hasPublisherFile whether a publisher file applies, readable or not: only without one is
   *     公表主体 required here (a broken one is reported on its own, not again as a missing 公表主体)
   */
  Optional<Period> check(
      YamlDocument doc,
      Optional<PublisherChecker.Publisher> publisher,
      boolean hasPublisherFile,
      List<Problem> sink) {
    Problems problems = new Problems(doc, sink);
    Optional<Fields> read = Fields.read(problems, Schema.PERIOD_KEYS, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<String> issuer = f.string(ISSUER, !hasPublisherFile);
    issuer.ifPresent(v -> characters.check(problems, ISSUER, f.node(ISSUER).orElseThrow(), v));
    if (!f.present(ISSUER)) {
      issuer = publisher.flatMap(PublisherChecker.Publisher::issuer);
    }
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
