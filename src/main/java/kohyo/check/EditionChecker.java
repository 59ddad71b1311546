package kohyo.check;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kohyo.base.Problem;
import kohyo.load.LoadResult;
import kohyo.load.LoadedPeriod;
import kohyo.model.Edition;
import kohyo.model.Period;
import kohyo.model.PublishedCase;
import kohyo.model.Wareki;
import kohyo.model.WithheldCase;

/**
 * The check stage's entry point: a loaded period folder in, an {@link Edition} or all its problems
 * out.
 */
public final class EditionChecker {

  private final PeriodChecker periods;
  private final CaseChecker cases;

  public EditionChecker(FontCoverage fonts) {
    CharacterCheck characters = new CharacterCheck(fonts);
    this.periods = new PeriodChecker(characters);
    this.cases = new CaseChecker(characters);
  }

  /** Both the load problems and the check problems, sorted by file and position. */
  public CheckResult check(LoadResult loaded) {
    List<Problem> problems = new ArrayList<>(loaded.problems());
    LoadedPeriod folder = loaded.period();
    Optional<Period> period =
        folder.period() == null ? Optional.empty() : periods.check(folder.period(), problems);
    List<CaseChecker.Row> rows = new ArrayList<>();
    List<WithheldCase> withheld = new ArrayList<>();
    List<AcknowledgedFinding> acknowledged = new ArrayList<>();
    for (var doc : folder.cases()) {
      CaseChecker.Checked checked = cases.check(doc, period, problems, acknowledged);
      if (checked instanceof CaseChecker.Row row) {
        rows.add(row);
      } else if (checked instanceof CaseChecker.Withheld w) {
        withheld.add(new WithheldCase(sha256(w.bytes())));
      }
    }
    problems.sort(null);
    acknowledged.sort(
        Comparator.comparing(AcknowledgedFinding::path)
            .thenComparingInt(AcknowledgedFinding::line)
            .thenComparingInt(AcknowledgedFinding::column));
    if (!problems.isEmpty() || period.isEmpty()) {
      return new CheckResult(
          folder.folder(), Optional.empty(), List.copyOf(problems), acknowledged);
    }
    return new CheckResult(
        folder.folder(),
        Optional.of(new Edition(folder.name(), period.get(), number(rows), withheld)),
        List.of(),
        acknowledged);
  }

  /** Longest line of a published cell, in characters (see README, 公表前の安全確認). */
  public static final int MAX_LINE = CharacterCheck.MAX_LINE;

  /** Whether a problem's message is a personal-data finding ({@code 種別: 文字列}). */
  public static boolean isPersonalDataFinding(String message) {
    return PersonalDataKind.labels().stream().anyMatch(l -> message.startsWith(l + ": "));
  }

  /** NO runs 1..n in 発生日 order; cases of the same day keep the order of their file names. */
  private static List<PublishedCase> number(List<CaseChecker.Row> rows) {
    List<CaseChecker.Row> sorted =
        rows.stream()
            .sorted(
                Comparator.comparing(CaseChecker.Row::date).thenComparing(CaseChecker.Row::source))
            .toList();
    List<PublishedCase> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      CaseChecker.Row r = sorted.get(i);
      out.add(
          new PublishedCase(
              i + 1,
              r.source(),
              r.office(),
              r.date(),
              Wareki.of(r.date()),
              r.summary(),
              r.cause(),
              r.response(),
              r.damage(),
              r.prevention(),
              r.remarks()));
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The outcome for one period folder.
   *
   * @param acknowledged personal-data findings that case files acknowledge ({@code 確認済み}); they do
   *     not make the result invalid, and {@code check} lists them
   */
  public record CheckResult(
      Path folder,
      Optional<Edition> edition,
      List<Problem> problems,
      List<AcknowledgedFinding> acknowledged) {

    public CheckResult {
      problems = List.copyOf(problems);
      acknowledged = List.copyOf(acknowledged);
    }

    public boolean ok() {
      return problems.isEmpty() && edition.isPresent();
    }
  }
}
