package kohyo.check;

import static kohyo.check.Schema.ACKNOWLEDGED;
import static kohyo.check.Schema.CAUSE;
import static kohyo.check.Schema.CRITERION;
import static kohyo.check.Schema.DAMAGE;
import static kohyo.check.Schema.DATE;
import static kohyo.check.Schema.INDIVIDUAL_PUBLICATION;
import static kohyo.check.Schema.OFFICE;
import static kohyo.check.Schema.PREVENTION;
import static kohyo.check.Schema.PUBLICATION;
import static kohyo.check.Schema.REMARKS;
import static kohyo.check.Schema.RESPONSE;
import static kohyo.check.Schema.SUMMARY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.model.Period;
import kohyo.model.Text;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Checks one case file against the period and turns it into a published row draft or a withheld
 * count.
 */
final class CaseChecker {

  /**
   * The outcome for one file: a row to number, a withheld case to count, or nothing (problems
   * reported).
   */
  sealed interface Outcome permits Row, Withheld, Invalid {

    /** Whether the file is, or may be, withheld: its text must never be quoted or shown. */
    boolean confidential();
  }

  record Row(
      String source,
      LocalDate date,
      String office,
      Text summary,
      Text cause,
      Text response,
      String damage,
      Text prevention,
      String remarks,
      Optional<LocalDate> individuallyPublished)
      implements Outcome {
    @Override
    public boolean confidential() {
      return false;
    }
  }

  record Withheld() implements Outcome {
    @Override
    public boolean confidential() {
      return true;
    }
  }

  record Invalid(boolean confidential) implements Outcome {}

  private final CharacterCheck characters;
  private final IndividualPublication individual;

  CaseChecker(CharacterCheck characters, IndividualPublication individual) {
    this.characters = characters;
    this.individual = individual;
  }

  /**
   * A file read and its fields checked; its personal-data scan, most of the cost of a published
   * case, still to run ({@link #scan}). The two steps are apart so that a build can start laying
   * out the edition while the scan runs; the outcome holds only once the scan has passed.
   */
  static final class Read {
    private final Outcome outcome;
    private final Optional<Scan> scan;

    private Read(Outcome outcome, Optional<Scan> scan) {
      this.outcome = outcome;
      this.scan = scan;
    }

    private Read(Outcome outcome) {
      this(outcome, Optional.empty());
    }

    /** The outcome before the scan: a row here may still become invalid. */
    Outcome beforeScan() {
      return outcome;
    }

    /**
     * Runs the scan and gives the final outcome: the row, or invalid when the scan found personal
     * data that the file does not acknowledge.
     *
     * @param sink receives the scan's problems
     * @param acknowledgedSink receives the personal-data findings the file acknowledges ({@code
     *     確認済み})
     */
    Outcome scan(List<Problem> sink, List<AcknowledgedFinding> acknowledgedSink) {
      if (scan.isEmpty()) {
        return outcome;
      }
      Problems problems = new Problems(scan.get().doc(), sink);
      PersonalDataCheck personalData = new PersonalDataCheck(problems, scan.get().entries());
      for (String key : Schema.PUBLISHED_TEXT) {
        scan.get().fields().node(key).ifPresent(n -> personalData.scan(key, n));
      }
      acknowledgedSink.addAll(personalData.finish());
      return problems.count() == 0 ? outcome : new Invalid(false);
    }
  }

  /** What the scan of a published file reads: its fields and its acknowledgements. */
  private record Scan(YamlDocument doc, Fields fields, List<Acknowledgements.Entry> entries) {}

  /**
   * Checks everything but the personal-data scan; then {@link Read#scan} it.
   *
   * @param publisher whose criteria a withheld case's number must be one of; empty when the
   *     publisher file is broken (reported), and then the number is not checked against a list
   */
  Read read(
      YamlDocument doc,
      Optional<Period> period,
      Optional<PublisherChecker.Publisher> publisher,
      List<Problem> sink) {
    Problems problems = new Problems(doc, sink);
    int before = problems.count();
    Treatment treatment = treatmentOf(doc);
    boolean confidential = treatment != Treatment.PUBLISHED;
    Optional<Fields> read = Fields.read(problems, Schema.CASE_KEYS, confidential);
    if (read.isEmpty()) {
      return new Read(new Invalid(confidential));
    }
    Fields f = read.get();
    Optional<LocalDate> date = date(f, problems, period, confidential);
    switch (treatment) {
      case WITHHELD -> {
        checkWithheld(f, problems, publisher);
        return new Read(
            problems.count() == before && date.isPresent() ? new Withheld() : new Invalid(true));
      }
      case CRITERION_WITHOUT_WITHHOLDING -> {
        // most likely a case meant to be withheld: say so, and check nothing that would quote it
        problems.at(
            f.node(CRITERION).orElseThrow(),
            Problem.Kind.VALUE,
            PUBLICATION,
            Messages.criterionWithoutWithholding());
        return new Read(new Invalid(true));
      }
      case MISSPELT_WITHHOLDING -> {
        problems.at(f.mapping(), Problem.Kind.SCHEMA, "", Messages.misspeltWithholding());
        return new Read(new Invalid(true));
      }
      case UNREADABLE_PUBLICATION -> {
        problems.at(
            f.node(PUBLICATION).orElseThrow(),
            Problem.Kind.VALUE,
            PUBLICATION,
            Messages.publicationValue());
        return new Read(new Invalid(true));
      }
      default -> {
        return published(doc, f, problems, date, before);
      }
    }
  }

  /** A published file's fields; its scan runs later, even when they have problems. */
  private Read published(
      YamlDocument doc, Fields f, Problems problems, Optional<LocalDate> date, int before) {
    Optional<String> office = string(f, problems, OFFICE);
    Optional<Text> summary = text(f, problems, SUMMARY, false);
    Optional<Text> cause = text(f, problems, CAUSE, false);
    Optional<Text> response = text(f, problems, RESPONSE, false);
    Optional<String> damage = f.string(DAMAGE, true).flatMap(v -> damage(f, problems, v));
    Optional<Text> prevention = text(f, problems, PREVENTION, true);
    Optional<LocalDate> published = individualDate(f, problems, date);
    String typed = f.has(REMARKS) ? string(f, problems, REMARKS).orElse("") : "";
    String remarks = published.map(day -> merge(f, problems, typed, day)).orElse(typed);
    Optional<Scan> scan =
        Optional.of(new Scan(doc, f, Acknowledgements.read(f.node(ACKNOWLEDGED), problems)));
    if (problems.count() != before) {
      return new Read(new Invalid(false), scan);
    }
    return new Read(
        new Row(
            doc.source().fileName(),
            date.orElseThrow(),
            office.orElseThrow(),
            summary.orElseThrow(),
            cause.orElseThrow(),
            response.orElseThrow(),
            damage.orElseThrow(),
            prevention.orElseThrow(),
            remarks,
            published),
        scan);
  }

  /**
   * 個別公表日, read like 発生日 and not before it; empty when absent (or wrong, reported). It may lie
   * after the period: a case of late September can be published on its own in October.
   */
  private static Optional<LocalDate> individualDate(
      Fields f, Problems problems, Optional<LocalDate> occurred) {
    if (!f.has(INDIVIDUAL_PUBLICATION)) {
      return Optional.empty();
    }
    Node node = f.node(INDIVIDUAL_PUBLICATION).orElseThrow();
    if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
      problems.at(
          node,
          Problem.Kind.DATE,
          INDIVIDUAL_PUBLICATION,
          Messages.dateShape(INDIVIDUAL_PUBLICATION));
      return Optional.empty();
    }
    DateParser.Result parsed = DateParser.parse(s.getValue(), INDIVIDUAL_PUBLICATION);
    if (parsed instanceof DateParser.Invalid invalid) {
      problems.atValue(
          s, invalid.index(), Problem.Kind.DATE, INDIVIDUAL_PUBLICATION, invalid.message());
      return Optional.empty();
    }
    LocalDate day = ((DateParser.Valid) parsed).date();
    if (occurred.isPresent() && day.isBefore(occurred.get())) {
      problems.at(
          node,
          Problem.Kind.DATE,
          INDIVIDUAL_PUBLICATION,
          Messages.individualBeforeOccurrence(day, occurred.get()));
      return Optional.empty();
    }
    return Optional.of(day);
  }

  /** 備考 as typed, less what 個別公表日 prints; a typed phrase for another day is a problem. */
  private String merge(Fields f, Problems problems, String typed, LocalDate day) {
    IndividualPublication.Outcome outcome = individual.merge(typed, day);
    if (outcome instanceof IndividualPublication.Contradiction c) {
      problems.at(
          f.node(REMARKS).orElseThrow(),
          Problem.Kind.VALUE,
          REMARKS,
          Messages.individualMismatch(c.typed(), day, individual.printed(day)));
      return typed;
    }
    return ((IndividualPublication.Merged) outcome).remarks();
  }

  private static Optional<String> damage(Fields f, Problems problems, String value) {
    if (value.equals(Schema.DAMAGE_YES) || value.equals(Schema.DAMAGE_NO)) {
      return Optional.of(value);
    }
    problems.at(f.node(DAMAGE).orElseThrow(), Problem.Kind.VALUE, DAMAGE, Messages.damage());
    return Optional.empty();
  }

  /** How a file is treated, decided from the raw nodes before anything is checked. */
  private enum Treatment {
    PUBLISHED,
    WITHHELD,
    CRITERION_WITHOUT_WITHHOLDING,
    UNREADABLE_PUBLICATION,
    MISSPELT_WITHHOLDING
  }

  /**
   * Anything that is not plainly a published case is treated as possibly withheld, so that its
   * messages never quote its text: a file that says 非公表, names a criterion, has an unreadable 公表
   * value, or is not even a mapping. Every 公表 key counts, not only the last: a file that says both
   * 公表 and something else gets the safe reading.
   */
  private static Treatment treatmentOf(YamlDocument doc) {
    if (!(doc.root() instanceof MappingNode map)) {
      return Treatment.WITHHELD;
    }
    Node publication = null;
    boolean criterion = false;
    boolean notPublished = false;
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k) {
        criterion |= k.getValue().equals(CRITERION);
        if (k.getValue().equals(PUBLICATION)) {
          publication = tuple.getValueNode();
          notPublished |=
              !(publication instanceof ScalarNode v
                  && v.getValue().strip().equals(Schema.VALUE_PUBLISHED));
        }
      }
    }
    String value = publication instanceof ScalarNode v ? v.getValue().strip() : null;
    if (Schema.VALUE_WITHHELD.equals(value)) {
      return Treatment.WITHHELD;
    }
    // 「公表: しない」 beside a criterion: the value is the mistake, not the criterion
    if (notPublished) {
      return Treatment.UNREADABLE_PUBLICATION;
    }
    if (criterion) {
      return Treatment.CRITERION_WITHOUT_WITHHOLDING;
    }
    if (publication == null && mentionsWithholding(map)) {
      return Treatment.MISSPELT_WITHHOLDING;
    }
    return Treatment.PUBLISHED;
  }

  /**
   * A file without a proper 公表 key that still says 非公表 somewhere at the top, or has a key that
   * looks like a misspelt 公表 or 非公表基準, was probably meant to be withheld: checking it as published
   * would quote its text.
   */
  private static boolean mentionsWithholding(MappingNode map) {
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getValueNode() instanceof ScalarNode v
          && v.getValue().strip().equals(Schema.VALUE_WITHHELD)) {
        return true;
      }
      if (tuple.getKeyNode() instanceof ScalarNode k && !Schema.CASE_KEYS.contains(k.getValue())) {
        String key = k.getValue();
        Optional<String> nearest = KeySuggester.nearest(key, Schema.CASE_KEYS);
        // 「個別公表」 for 個別公表日 says 公表 too, but nothing about withholding
        boolean individual =
            !key.contains(Schema.VALUE_WITHHELD)
                && nearest.filter(INDIVIDUAL_PUBLICATION::equals).isPresent();
        if ((key.contains(PUBLICATION) && !individual)
            || nearest.filter(s -> s.equals(PUBLICATION) || s.equals(CRITERION)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A withheld case names one of its publisher's criteria. The messages give the valid numbers and
   * never the number written.
   */
  private static void checkWithheld(
      Fields f, Problems problems, Optional<PublisherChecker.Publisher> publisher) {
    OptionalInt criterion = f.integer(CRITERION, false);
    // with a broken publisher file (reported) the list is unknown: the number is not checked
    OptionalInt criteria =
        publisher.map(p -> OptionalInt.of(p.rules().criteria().size())).orElse(OptionalInt.empty());
    if (!f.present(CRITERION)) {
      problems.at(
          f.mapping(), Problem.Kind.MISSING, CRITERION, Messages.criterionMissing(criteria));
    } else if (criterion.isPresent()
        && publisher.isPresent()
        && !publisher.get().rules().hasCriterion(criterion.getAsInt())) {
      problems.at(
          f.node(CRITERION).orElseThrow(),
          Problem.Kind.VALUE,
          CRITERION,
          Messages.criterionRange(criteria.getAsInt(), publisher.get().file()));
    }
  }

  /** 発生日, inside the period: read and worded by {@link OccurrenceDate}. */
  private static Optional<LocalDate> date(
      Fields f, Problems problems, Optional<Period> period, boolean confidential) {
    Optional<Node> node = f.node(DATE);
    if (node.isEmpty()) {
      f.reportMissing(DATE);
      return Optional.empty();
    }
    if (!(node.get() instanceof ScalarNode s) || s.getValue().isBlank()) {
      problems.at(node.get(), Problem.Kind.DATE, DATE, Messages.dateShape());
      return Optional.empty();
    }
    OccurrenceDate.Result read = OccurrenceDate.of(s.getValue(), period, confidential);
    if (read instanceof OccurrenceDate.Wrong w) {
      if (w.index() < 0) {
        problems.at(node.get(), Problem.Kind.DATE, DATE, w.message());
      } else {
        problems.atValue(s, w.index(), Problem.Kind.DATE, DATE, w.message());
      }
      return Optional.empty();
    }
    return Optional.of(((OccurrenceDate.Read) read).date());
  }

  private Optional<String> string(Fields f, Problems problems, String key) {
    Optional<String> value = f.string(key, true);
    value.ifPresent(v -> characters.check(problems, key, f.node(key).orElseThrow(), v));
    return value;
  }

  private Optional<Text> text(Fields f, Problems problems, String key, boolean listAllowed) {
    Optional<Text> value = f.text(key, true, listAllowed);
    value.ifPresent(v -> characters.check(problems, key, f.node(key).orElseThrow(), v.joined()));
    if (listAllowed
        && f.node(key).orElse(null) instanceof ScalarNode s
        && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
        && dashedLines(s.getValue())) {
      // 再発防止策: |- over lines that begin with "- ": a list was meant, a text is what prints
      problems.at(s, Problem.Kind.WARNING, key, Messages.listWrittenAsText(key));
    }
    return value;
  }

  /** Two lines or more, each starting with "- " (blank lines aside). */
  private static boolean dashedLines(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    return lines.size() >= 2 && lines.stream().allMatch(l -> l.startsWith("- "));
  }
}
