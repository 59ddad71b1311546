package kohyo.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.base.Problem;
import kohyo.casefile.CaseFields;
import kohyo.casefile.FieldsReader;
import kohyo.casefile.PeriodFields;
import kohyo.check.CheckedPeriod;
import kohyo.check.Schema;
import kohyo.check.ValueChecks;
import kohyo.load.PeriodReader;
import kohyo.load.SourceFile;
import kohyo.load.YamlReader;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;
import kohyo.model.PublishedCase;
import kohyo.model.PublisherRules;

/**
 * A checked period as the editor lists it: its cases in the order of the PDF (NO by 発生日, then file
 * name; withheld cases after them by date; files that cannot be read last), each with its status
 * from the check.
 */
public final class Overview {

  private final CheckedPeriod checked;
  private final DocumentWords words;
  private final List<CaseRow> rows;
  private final Map<String, LocalDate> publishedDates = new LinkedHashMap<>();

  private Overview(CheckedPeriod checked, List<String> filesOnDisk, DocumentWords words) {
    this.checked = checked;
    this.words = words;
    this.rows = rows(filesOnDisk);
  }

  public static Overview of(CheckedPeriod checked, List<String> filesOnDisk, DocumentWords words) {
    return new Overview(checked, filesOnDisk, words);
  }

  public DocumentWords words() {
    return words;
  }

  /**
   * The 非公表基準 of this period as its PDF prints them: the publisher file's, else the installation's.
   */
  public List<DocumentWords.Criterion> criteria() {
    return DocumentWords.numbered(
        checked.rules().map(PublisherRules::criteria).orElse(words.defaultCriteria()));
  }

  public CheckedPeriod checked() {
    return checked;
  }

  public List<CaseRow> rows() {
    return rows;
  }

  /** Whether NO and order are final (the period has no errors) rather than provisional. */
  public boolean numbered() {
    return checked.ok();
  }

  /** The problems of one file, by its name under {@code cases/}. */
  public List<Problem> problemsOf(String fileName) {
    String path = casePath(fileName);
    return checked.problems().stream().filter(p -> p.path().equals(path)).toList();
  }

  /** The problems of {@code period.yaml} and of the folder itself. */
  public List<Problem> periodProblems() {
    String periodPath = checked.folder().resolve(PeriodReader.PERIOD_FILE).toString();
    String casesPath = checked.folder().resolve(PeriodReader.CASES_DIR).toString();
    return checked.problems().stream()
        .filter(
            p ->
                p.path().equals(periodPath)
                    || p.path().equals(casesPath)
                    || p.path().equals(checked.folder().toString()))
        .toList();
  }

  String casePath(String fileName) {
    return checked.folder().resolve(PeriodReader.CASES_DIR).resolve(fileName).toString();
  }

  /** The period's fields as written, when period.yaml could be read. */
  public Optional<PeriodFields> periodFields() {
    return checked
        .period()
        .flatMap(Overview::compose)
        .map(doc -> FieldsReader.periodFile(doc).fields());
  }

  /** The period as period.yaml defines it, when its 年度 and 区分 can be read. */
  public Optional<Period> period() {
    if (checked.edition().isPresent()) {
      return Optional.of(checked.edition().get().period());
    }
    return periodFields()
        .flatMap(
            f -> {
              try {
                int year = Integer.parseInt(f.fiscalYear().strip());
                for (FiscalHalf h : FiscalHalf.values()) {
                  if (h.label().equals(f.half().strip())) {
                    return Optional.of(Period.of(f.issuer().strip(), year, h));
                  }
                }
              } catch (NumberFormatException e) {
                // not a year: the check says so
              }
              return Optional.empty();
            });
  }

  /**
   * The NO a published case dated {@code date} in file {@code fileName} gets, among the other
   * published cases with readable dates (as the checker numbers them).
   */
  public int numberFor(String fileName, LocalDate date) {
    int before = 0;
    for (Map.Entry<String, LocalDate> e : publishedDates.entrySet()) {
      if (e.getKey().equals(fileName)) {
        continue;
      }
      int c = e.getValue().compareTo(date);
      if (c < 0 || c == 0 && e.getKey().compareTo(fileName) < 0) {
        before++;
      }
    }
    return before + 1;
  }

  private static Optional<kohyo.load.YamlDocument> compose(SourceFile s) {
    return new YamlReader().compose(s) instanceof YamlReader.Read r
        ? Optional.of(r.document())
        : Optional.empty();
  }

  private record Published(String file, Optional<LocalDate> date, CaseRow row) {}

  private List<CaseRow> rows(List<String> filesOnDisk) {
    Map<String, PublishedCase> numbered = new LinkedHashMap<>();
    checked.edition().ifPresent(e -> e.published().forEach(c -> numbered.put(c.source(), c)));
    List<Published> published = new ArrayList<>();
    List<Published> withheld = new ArrayList<>();
    List<String> readable = new ArrayList<>();
    for (SourceFile s : checked.cases()) {
      String file = s.fileName();
      readable.add(file);
      CaseFields f =
          compose(s).map(doc -> FieldsReader.caseFile(doc).fields()).orElse(CaseFields.blank());
      Optional<LocalDate> date = ValueChecks.date(f.date());
      String shownDate = date.map(words::shortDate).orElse(f.date().strip());
      String[] status = status(file);
      if (checked.isConfidential(s)) {
        String criterion = f.criterion().strip();
        String label =
            Schema.VALUE_WITHHELD + "（" + (criterion.isEmpty() ? "基準なし" : "基準" + criterion) + "）";
        withheld.add(
            new Published(
                file,
                date,
                new CaseRow(file, "", shownDate, "", label, true, status[0], status[1])));
      } else {
        date.ifPresent(d -> publishedDates.put(file, d));
        String summary = f.summary().strip().lines().findFirst().orElse("");
        published.add(
            new Published(
                file,
                date,
                new CaseRow(
                    file,
                    "",
                    shownDate,
                    f.office().strip(),
                    summary,
                    false,
                    status[0],
                    status[1])));
      }
    }
    Comparator<Published> byDate =
        Comparator.comparing(
                (Published p) -> p.date().orElse(LocalDate.MAX), Comparator.naturalOrder())
            .thenComparing(Published::file);
    published.sort(byDate);
    withheld.sort(byDate);
    List<CaseRow> out = new ArrayList<>();
    int no = 0;
    for (Published p : published) {
      CaseRow r = p.row();
      String number = "";
      if (numbered.containsKey(p.file())) {
        number = Integer.toString(numbered.get(p.file()).no());
      } else if (p.date().isPresent()) {
        number = Integer.toString(no + 1);
      }
      if (p.date().isPresent()) {
        no++;
      }
      out.add(
          new CaseRow(
              r.file(),
              number,
              r.date(),
              r.office(),
              r.summary(),
              false,
              r.status(),
              r.statusText()));
    }
    withheld.forEach(p -> out.add(p.row()));
    for (String file : filesOnDisk) {
      if (!readable.contains(file)) {
        String[] status = status(file);
        out.add(
            new CaseRow(file, "", "", "", "（ファイルを読めません: " + file + "）", false, "error", status[1]));
      }
    }
    return List.copyOf(out);
  }

  private String[] status(String file) {
    List<Problem> problems = problemsOf(file);
    long personal = problems.stream().filter(p -> p.kind() == Problem.Kind.PERSONAL_DATA).count();
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    if (personal > 0) {
      String rest = errors > personal ? "、ほかのエラー " + (errors - personal) + " 件" : "";
      return new String[] {"personal", "個人情報の疑い " + personal + " 件" + rest};
    }
    if (errors > 0) {
      return new String[] {"error", "エラー " + errors + " 件"};
    }
    if (warnings > 0) {
      return new String[] {"warning", "注意 " + warnings + " 件"};
    }
    return new String[] {"ok", "OK"};
  }
}
