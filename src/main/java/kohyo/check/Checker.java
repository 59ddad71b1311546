package kohyo.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
    return check(folder, early -> {});
  }

  /**
   * Like {@link #check(Path)}, and hands {@code beforeScan} the period as soon as its files are
   * read and their fields checked, before the personal-data scan, which is most of a large period's
   * check: only when no error has been found by then, and with the edition that this check returns
   * if the scan finds nothing (the same object, as are the sources and the installation; its
   * problems lack the scan's). A build starts laying out that edition on another core meanwhile;
   * nothing made from it may leave the process unless this method's result is {@link
   * CheckedPeriod#ok()}.
   */
  public CheckedPeriod check(Path folder, Consumer<CheckedPeriod> beforeScan) {
    LoadedPeriod loaded = reader.read(folder);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    Optional<PublisherChecker.Publisher> publisher = publishers.check(loaded.publisher(), problems);
    Optional<Period> period =
        loaded
            .period()
            .flatMap(
                doc -> periods.check(doc, publisher, loaded.publisher().isPresent(), problems));
    // the cases are independent of one another (the personal-data scan is most of a large
    // period's check): read, then scanned, on all cores, their results taken in file order
    int threads = loaded.cases().size() < PARALLEL_FROM ? 1 : Parallel.threads();
    List<ReadCase> read =
        Parallel.map(
            loaded.cases(),
            doc -> {
              List<Problem> found = new ArrayList<>();
              return new ReadCase(doc, cases.read(doc, period, publisher, found), found);
            },
            threads);
    read.forEach(r -> problems.addAll(r.problems()));
    List<CaseChecker.Outcome> unscanned = read.stream().map(r -> r.read().beforeScan()).toList();
    Optional<Edition> early = edition(loaded, period, publisher, problems, unscanned);
    if (early.isPresent()) {
      beforeScan.accept(result(loaded, publisher, unscanned, early, problems, List.of()));
    }
    List<ScannedCase> scanned =
        Parallel.map(
            read,
            r ->
                Parallel.onCore(
                    () -> {
                      List<Problem> found = new ArrayList<>();
                      List<AcknowledgedFinding> acks = new ArrayList<>();
                      return new ScannedCase(r.read().scan(found, acks), found, acks);
                    }),
            threads);
    List<AcknowledgedFinding> acknowledged = new ArrayList<>();
    for (ScannedCase s : scanned) {
      problems.addAll(s.problems());
      acknowledged.addAll(s.acknowledged());
    }
    List<CaseChecker.Outcome> outcomes = scanned.stream().map(ScannedCase::outcome).toList();
    // a scan that finds nothing changes no row: the edition handed out early is the one checked
    // (errors only accumulate, so no error now means none before the scan, and an early edition)
    Optional<Edition> edition =
        problems.stream().noneMatch(Problem::isError) ? early : Optional.empty();
    return result(loaded, publisher, outcomes, edition, problems, acknowledged);
  }

  /**
   * From how many case files a period's cases are checked on several threads: below it, starting
   * the threads costs more than it saves (the editor checks one period after every save).
   */
  private static final int PARALLEL_FROM = 16;

  /** A case file read and its fields checked, its scan to come. */
  private record ReadCase(YamlDocument doc, CaseChecker.Read read, List<Problem> problems) {}

  /** A case file after its scan. */
  private record ScannedCase(
      CaseChecker.Outcome outcome,
      List<Problem> problems,
      List<AcknowledgedFinding> acknowledged) {}

  /**
   * The edition of the outcomes (in file order) when there is a period and a publisher and nothing
   * found so far is an error.
   */
  private static Optional<Edition> edition(
      LoadedPeriod loaded,
      Optional<Period> period,
      Optional<PublisherChecker.Publisher> publisher,
      List<Problem> problems,
      List<CaseChecker.Outcome> outcomes) {
    if (period.isEmpty() || publisher.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
      return Optional.empty();
    }
    List<CaseChecker.Row> rows = new ArrayList<>();
    List<WithheldCase> withheld = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) instanceof CaseChecker.Row row) {
        rows.add(row);
      } else if (outcomes.get(i) instanceof CaseChecker.Withheld) {
        withheld.add(new WithheldCase(Sha256.hex(loaded.cases().get(i).source().bytes())));
      }
    }
    return Optional.of(
        new Edition(loaded.name(), period.get(), publisher.get().rules(), number(rows), withheld));
  }

  private CheckedPeriod result(
      LoadedPeriod loaded,
      Optional<PublisherChecker.Publisher> publisher,
      List<CaseChecker.Outcome> outcomes,
      Optional<Edition> edition,
      List<Problem> problems,
      List<AcknowledgedFinding> acknowledged) {
    Set<String> confidential = new HashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).confidential()) {
        confidential.add(loaded.cases().get(i).source().fileName());
      }
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    List<AcknowledgedFinding> acks = new ArrayList<>(acknowledged);
    acks.sort(
        Comparator.comparing(AcknowledgedFinding::path)
            .thenComparingInt(AcknowledgedFinding::line)
            .thenComparingInt(AcknowledgedFinding::column));
    return new CheckedPeriod(
        loaded.folder(),
        loaded.name(),
        loaded.period().map(YamlDocument::source),
        loaded.publisher(),
        publisher.map(PublisherChecker.Publisher::rules),
        loaded.cases().stream().map(YamlDocument::source).toList(),
        confidential,
        edition,
        sorted,
        acks,
        installation);
  }

  /** Checks several folders on all cores; the results are in the order given. */
  public List<CheckedPeriod> checkAll(List<Path> folders) {
    return Parallel.map(folders, this::check);
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
