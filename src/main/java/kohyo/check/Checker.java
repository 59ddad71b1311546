package kohyo.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kohyo.base.Installation;
import kohyo.base.Parallel;
import kohyo.base.Problem;
import kohyo.base.Sha256;
import kohyo.load.LoadedPeriod;
import kohyo.load.PeriodReader;
import kohyo.load.YamlDocument;
import kohyo.model.Edition;
import kohyo.model.Period;
import kohyo.model.PublishedCase;
import kohyo.model.Wareki;
import kohyo.model.WithheldCase;
import kohyo.wording.InvalidWording;
import kohyo.wording.Wording;

/**
 * The one load-and-check path: every command (build, check, diff, archive, verify, the editor) gets
 * a period folder through {@link #check(Path)} and nothing else.
 */
public final class Checker {

  /** Longest line of a published cell, in characters (see README, 公表前の安全確認). */
  public static final int MAX_LINE = CharacterCheck.MAX_LINE;

  private final Installation installation;
  private final PeriodReader reader = new PeriodReader(Schema.FIELDS);
  private final PublisherChecker publishers;
  private final PeriodChecker periods;
  private final CaseChecker cases;

  /**
   * A checker over the installation; the bundled fonts start parsing on another thread (a font that
   * cannot be read is reported by {@link #check}).
   *
   * @throws InvalidWording when {@code templates/wording.yaml} is broken: it holds the criteria
   *     that apply without a publisher file and the 個別公表 phrase
   */
  public Checker(Installation installation) {
    // the personal-data scan's dictionaries take a few hundred ms to read: read them on another
    // core while the fonts and the files are read here
    Morphology.preload();
    this.installation = installation;
    installation.prepareFonts();
    CharacterCheck characters = new CharacterCheck(FontCoverage.of(installation::fonts));
    Wording wording = Wording.load(installation.home());
    this.publishers = new PublisherChecker(characters, wording.rules());
    this.periods = new PeriodChecker(characters);
    this.cases = new CaseChecker(characters, new IndividualPublication(wording));
  }

  /**
   * Starts reading what a check spends most of its start on (the personal-data scan's dictionaries)
   * on other threads and returns at once. The command line calls this before it parses its
   * arguments, which takes a fresh JVM about as long; constructing a checker does it too, so this
   * is only ever an earlier start.
   */
  public static void prepare() {
    Morphology.preload();
  }

  public Installation installation() {
    return installation;
  }

  /**
   * Reads and checks one period folder; every problem is in the result, none is thrown.
   *
   * @throws kohyo.base.Fonts.UnreadableFont when a bundled font cannot be read (a broken
   *     installation, not a problem of the data)
   */
  public CheckedPeriod check(Path folder) {
    LoadedPeriod loaded = reader.read(folder);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    Optional<PublisherChecker.Publisher> publisher = publishers.check(loaded.publisher(), problems);
    Optional<Period> period =
        loaded
            .period()
            .flatMap(
                doc -> periods.check(doc, publisher, loaded.publisher().isPresent(), problems));
    List<CaseChecker.Row> rows = new ArrayList<>();
    List<WithheldCase> withheld = new ArrayList<>();
    List<AcknowledgedFinding> acknowledged = new ArrayList<>();
    Set<String> confidential = new HashSet<>();
    // the cases are independent of one another (the personal-data scan is most of a large
    // period's check): checked on all cores, their results taken in file order
    List<CaseResult> results =
        Parallel.map(
            loaded.cases(),
            doc -> {
              List<Problem> found = new ArrayList<>();
              List<AcknowledgedFinding> acks = new ArrayList<>();
              return new CaseResult(
                  doc, cases.check(doc, period, publisher, found, acks), found, acks);
            },
            loaded.cases().size() < PARALLEL_FROM ? 1 : Parallel.threads());
    for (CaseResult r : results) {
      problems.addAll(r.problems());
      acknowledged.addAll(r.acknowledged());
      if (r.outcome().confidential()) {
        confidential.add(r.doc().source().fileName());
      }
      if (r.outcome() instanceof CaseChecker.Row row) {
        rows.add(row);
      } else if (r.outcome() instanceof CaseChecker.Withheld) {
        withheld.add(new WithheldCase(Sha256.hex(r.doc().source().bytes())));
      }
    }
    problems.sort(null);
    acknowledged.sort(
        Comparator.comparing(AcknowledgedFinding::path)
            .thenComparingInt(AcknowledgedFinding::line)
            .thenComparingInt(AcknowledgedFinding::column));
    boolean ok =
        period.isPresent()
            && publisher.isPresent()
            && problems.stream().noneMatch(Problem::isError);
    Optional<Edition> edition =
        ok
            ? Optional.of(
                new Edition(
                    loaded.name(), period.get(), publisher.get().rules(), number(rows), withheld))
            : Optional.empty();
    return new CheckedPeriod(
        loaded.folder(),
        loaded.name(),
        loaded.period().map(YamlDocument::source),
        loaded.publisher(),
        publisher.map(PublisherChecker.Publisher::rules),
        loaded.cases().stream().map(YamlDocument::source).toList(),
        confidential,
        edition,
        problems,
        acknowledged,
        installation);
  }

  /**
   * From how many case files a period's cases are checked on several threads: below it, starting
   * the threads costs more than it saves (the editor checks one period after every save).
   */
  private static final int PARALLEL_FROM = 16;

  private record CaseResult(
      YamlDocument doc,
      CaseChecker.Outcome outcome,
      List<Problem> problems,
      List<AcknowledgedFinding> acknowledged) {}

  /** Checks several folders, in the order given. */
  public List<CheckedPeriod> checkAll(List<Path> folders) {
    return folders.stream().map(this::check).toList();
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
              r.remarks(),
              r.individuallyPublished()));
    }
    return out;
  }
}
