package kohyo.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.casefile.CaseFields;
import kohyo.casefile.FieldsReader;
import kohyo.check.AcknowledgedFinding;
import kohyo.check.Schema;
import kohyo.check.ValueChecks;
import kohyo.model.Period;

/**
 * Everything the case form shows: the values, the check's problems at their fields with an error
 * summary that links to each, personal-data findings marked inside the text, the 和暦 and NO the date
 * will print as, and what a save of a hand-written file would not keep.
 *
 * @param file the case file's name, empty for a case not saved yet
 * @param values every text field by schema key
 * @param items the 再発防止策 items when it is written as items
 * @param errors messages by the id of the input they belong to
 * @param summary the error summary in the order of the form: each message with the id of its
 *     field's container
 * @param general problems about the file as a whole
 * @param warnings problems that do not stop a build
 * @param marks the text of each field with findings, split into marked and unmarked runs
 * @param candidates findings not acknowledged yet, which a reason turns into {@code 確認済み}
 * @param acks the {@code 確認済み} entries of the form
 * @param dateHint how the date prints and the NO it gets, or why it cannot be read
 * @param notKept what a save drops from a hand-written file (comments, unknown keys)
 * @param conflict the version on disk, when a save was refused because the file changed
 * @param focus the input to put the focus on when the page opens (the field a link came for, the
 *     item just added or moved), empty for the error summary's or none
 */
public record CaseView(
    String period,
    String periodTitle,
    String file,
    String version,
    boolean withheld,
    Map<String, String> values,
    boolean itemsMode,
    List<String> items,
    Map<String, List<Message>> errors,
    List<Link> summary,
    List<Message> general,
    List<String> warnings,
    Map<String, List<Mark>> marks,
    List<Candidate> candidates,
    List<CaseFields.Acknowledgement> acks,
    String dateHint,
    List<DocumentWords.Criterion> criteria,
    List<FieldsReader.NotKept> notKept,
    boolean canonical,
    boolean discardConfirmed,
    Optional<Conflict> conflict,
    String notice,
    String focus) {

  /** An entry of the error summary: the message and the id of its field's container. */
  public record Link(String target, Message message) {}

  /**
   * A run of a field's text.
   *
   * @param kind the finding's 種別, empty for plain text
   * @param acknowledged whether a {@code 確認済み} entry covers it
   */
  public record Mark(String text, String kind, boolean acknowledged) {}

  /** A finding offered for acknowledgement, with the reason typed so far. */
  public record Candidate(String field, String kind, String text, String reason) {}

  /**
   * The file as another save left it.
   *
   * @param values its fields by key, empty when the file is gone
   * @param changed the keys whose values differ from the form's
   */
  public record Conflict(boolean removed, Map<String, String> values, List<String> changed) {}

  /** The fields the personal-data scan reads, in form order. */
  static final List<String> SCANNED =
      List.of(
          Schema.OFFICE,
          Schema.SUMMARY,
          Schema.CAUSE,
          Schema.RESPONSE,
          Schema.PREVENTION,
          Schema.REMARKS);

  /** Builds the view of a form against the folder's last check. */
  static CaseView build(
      Overview overview,
      String periodName,
      String file,
      CaseForm form,
      List<FieldsReader.NotKept> notKept,
      boolean canonical,
      Optional<Conflict> conflict,
      String notice) {
    CaseFields f = form.fields();
    boolean withheld =
        f.publication().strip().equals(Schema.VALUE_WITHHELD)
            || overview.checked().cases().stream()
                .anyMatch(s -> s.fileName().equals(file) && overview.checked().isConfidential(s));
    boolean itemsMode = f.prevention().items();
    Map<String, String> values = new LinkedHashMap<>();
    values.put(Schema.OFFICE, f.office());
    values.put(Schema.DATE, f.date());
    values.put(Schema.SUMMARY, f.summary());
    values.put(Schema.CAUSE, f.cause());
    values.put(Schema.RESPONSE, f.response());
    values.put(Schema.DAMAGE, f.damage().strip());
    values.put(Schema.PREVENTION, f.prevention().joined());
    values.put(Schema.REMARKS, f.remarks());
    values.put(Schema.INDIVIDUAL_PUBLICATION, f.individuallyPublished());
    values.put(
        Schema.PUBLICATION,
        f.publication().isBlank() && f.criterion().isBlank()
            ? Schema.VALUE_PUBLISHED
            : f.publication().strip());
    values.put(Schema.CRITERION, f.criterion().strip());

    List<Problem> problems = file.isEmpty() ? List.of() : overview.problemsOf(file);
    Map<String, List<Message>> errors = new LinkedHashMap<>();
    List<Link> summary = new ArrayList<>();
    List<Message> general = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Problem p : problems) {
      if (!p.isError()) {
        warnings.add(p.message());
        continue;
      }
      String key = p.field();
      if (key.isEmpty() || !Schema.CASE_KEYS.contains(key)) {
        String where = p.line() > 0 ? p.line() + " 行目: " : "";
        Message m = new Message("", where + p.message(), false);
        general.add(m);
        summary.add(new Link(FormFields.GENERAL, m));
        continue;
      }
      Message m =
          p.kind() == Problem.Kind.PERSONAL_DATA
              ? new Message(key, "「" + key + "」に個人情報らしき文字列 — " + p.message(), false)
              : Message.of(p);
      errors.computeIfAbsent(FormFields.input(key, itemsMode), k -> new ArrayList<>()).add(m);
      summary.add(new Link(FormFields.container(key), m));
    }
    // the summary in the order of the form (a stable sort keeps each field's messages in order)
    summary.sort(Comparator.comparingInt(l -> FormFields.rank(l.message().field())));

    Map<String, List<Mark>> marks = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    if (!withheld) {
      Set<String> acknowledged = new HashSet<>();
      for (AcknowledgedFinding a : overview.checked().acknowledged()) {
        if (!file.isEmpty() && a.path().equals(overview.casePath(file))) {
          acknowledged.add(a.kind() + "\u0000" + a.text());
        }
      }
      Map<String, String> typed = new LinkedHashMap<>();
      form.candidates().forEach(c -> typed.put(c.kind() + "\u0000" + c.text(), c.reason()));
      Set<String> offered = new HashSet<>();
      for (String key : SCANNED) {
        String text = values.get(key);
        List<ValueChecks.Finding> found = ValueChecks.personalData(text);
        if (found.isEmpty()) {
          continue;
        }
        List<Mark> runs = new ArrayList<>();
        int at = 0;
        for (ValueChecks.Finding x : found) {
          if (x.start() > at) {
            runs.add(new Mark(text.substring(at, x.start()), "", false));
          }
          String id = x.kind() + "\u0000" + x.text();
          boolean ok = acknowledged.contains(id);
          runs.add(new Mark(x.text(), x.kind(), ok));
          if (!ok && offered.add(id)) {
            candidates.add(new Candidate(key, x.kind(), x.text(), typed.getOrDefault(id, "")));
          }
          at = x.end();
        }
        if (at < text.length()) {
          runs.add(new Mark(text.substring(at), "", false));
        }
        marks.put(key, runs);
      }
    }

    return new CaseView(
        periodName,
        overview.period().map(overview.words()::period).orElse(""),
        file,
        form.version(),
        withheld,
        values,
        itemsMode,
        itemsMode ? f.prevention().lines() : List.of(),
        errors,
        summary,
        general,
        warnings,
        marks,
        candidates,
        f.acknowledged(),
        errors.containsKey(FormFields.input(Schema.DATE, itemsMode))
            ? ""
            : dateHint(overview, file, f.date(), withheld),
        overview.criteria(),
        notKept,
        canonical,
        form.discardConfirmed(),
        conflict,
        notice,
        "");
  }

  /** The same view, opening with the focus on an input. */
  CaseView focusing(String input) {
    return new CaseView(
        period,
        periodTitle,
        file,
        version,
        withheld,
        values,
        itemsMode,
        items,
        errors,
        summary,
        general,
        warnings,
        marks,
        candidates,
        acks,
        dateHint,
        criteria,
        notKept,
        canonical,
        discardConfirmed,
        conflict,
        notice,
        input);
  }

  /**
   * 「表では R7.10.3（令和7年10月3日）と印字され、NO 4 になります。」, or what {@code check} will say about the date, in
   * its own words (the date in the wrong year and the date meant, the day that does not exist).
   */
  public static String dateHint(Overview overview, String file, String value, boolean withheld) {
    if (value == null || value.isBlank()) {
      return "";
    }
    Optional<Period> period = overview.period();
    Optional<String> problem = ValueChecks.dateProblem(value, period, withheld);
    if (problem.isPresent()) {
      return problem.get();
    }
    LocalDate d = ValueChecks.date(value).orElseThrow();
    String printed = overview.words().shortDate(d) + "（" + DocumentWords.longDate(d) + "）";
    if (withheld) {
      return printed + "。非公表の事案は表に載らず、件数にだけ数えられます。";
    }
    String name =
        file.isEmpty()
            ? CaseFiles.newName(overview.rows().stream().map(CaseRow::file).toList())
            : file;
    return "表では " + printed + " と印字され、NO " + overview.numberFor(name, d) + " になります。";
  }
}
