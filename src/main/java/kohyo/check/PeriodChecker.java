package kohyo.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;

/** Checks {@code period.yaml}: 公表主体, 年度 and 区分. */
final class PeriodChecker {

  static final String ISSUER = "公表主体";
  static final String FISCAL_YEAR = "年度";
  static final String HALF = "区分";
  static final Set<String> KEYS = new LinkedHashSet<>(List.of(ISSUER, FISCAL_YEAR, HALF));

  /** Fiscal years the Japanese calendar and the tool can name; earlier ones are typing mistakes. */
  static final int FIRST_YEAR = 1989;

  static final int LAST_YEAR = 2200;

  private final CharacterCheck characters;

  PeriodChecker(CharacterCheck characters) {
    this.characters = characters;
  }

  Optional<Period> check(YamlDocument doc, List<Problem> sink) {
    Problems problems = new Problems(doc, sink);
    Optional<Fields> read = Fields.read(problems, KEYS, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<String> issuer = f.string(ISSUER, true);
    issuer.ifPresent(v -> characters.check(problems, ISSUER, f.node(ISSUER).orElseThrow(), v));
    PersonalDataCheck personalData = new PersonalDataCheck(problems, List.of());
    f.node(ISSUER).ifPresent(personalData::scan);
    personalData.finish();
    OptionalInt year = f.integer(FISCAL_YEAR, true);
    if (year.isPresent() && (year.getAsInt() < FIRST_YEAR || year.getAsInt() > LAST_YEAR)) {
      problems.at(
          f.node(FISCAL_YEAR).orElseThrow(),
          "「年度」は西暦の年（例: 2025 = 令和7年度）で、" + FIRST_YEAR + "〜" + LAST_YEAR + " の範囲で書いてください。");
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
                  problems.at(f.node(HALF).orElseThrow(), "「区分」は 上半期 または 下半期 と書いてください。");
                  return Optional.empty();
                });
    if (issuer.isEmpty() || year.isEmpty() || half.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Period.of(issuer.get(), year.getAsInt(), half.get()));
  }
}
