package kohyo.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

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
    OptionalInt year = fiscalYear(f, problems);
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

  /** 年度 as clerks write it: 2025, ２０２５, 2025年度, 令和7, R7, 令和元, 令和7年度. */
  private static final Pattern WAREKI_YEAR =
      Pattern.compile("(令和|平成|昭和|[RHSrhs])(\\d{1,2}|元)(年度?)?");

  private static final Pattern WESTERN_YEAR = Pattern.compile("(\\d{4})(年度?)?");

  /** The western year in which each era's first year falls (so 令和元 = 2019). */
  private static final Map<String, Integer> ERA_ZERO =
      Map.of("令和", 2018, "R", 2018, "平成", 1988, "H", 1988, "昭和", 1925, "S", 1925);

  private static OptionalInt fiscalYear(Fields f, Problems problems) {
    Optional<Node> node = f.node(FISCAL_YEAR);
    if (node.isPresent()
        && node.get() instanceof ScalarNode s
        && s.getTag().equals(Tag.STR)
        && !s.getValue().isBlank()) {
      String v = Normalizer.normalize(s.getValue().strip(), Normalizer.Form.NFKC);
      Matcher western = WESTERN_YEAR.matcher(v);
      if (western.matches()) {
        return OptionalInt.of(Integer.parseInt(western.group(1)));
      }
      Matcher m = WAREKI_YEAR.matcher(v);
      if (m.matches()) {
        int zero = ERA_ZERO.get(m.group(1).toUpperCase(Locale.ROOT));
        return OptionalInt.of(zero + (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2))));
      }
      problems.at(s, Problem.Kind.VALUE, FISCAL_YEAR, Messages.fiscalYearForm());
      return OptionalInt.empty();
    }
    return f.integer(FISCAL_YEAR, true);
  }
}
