package kohyo.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kohyo.base.Problem;

/**
 * A period's errors as the build, archive, review and preview pages list them: by the case they
 * belong to (NO or 「NO 未定」, 和暦 date and the first words of the summary; for a withheld case only
 * 「非公表（基準n）」 and its date), each with a link to the case's form at the field, in the order of the
 * PDF and, within a case, of the form. The command line names files instead; a clerk knows cases.
 *
 * @param groups one per case (or period.yaml, or another file) with errors
 * @param count the number of errors
 */
public record ProblemList(List<Group> groups, int count) {

  /**
   * The errors of one case or file.
   *
   * @param row the case as the list shows it; null for period.yaml and for a file that is no case
   * @param name what to call a file that is no case (period.yaml, a folder)
   * @param url its form, empty when it has none
   */
  public record Group(CaseRow row, String name, String url, List<Entry> entries) {}

  /** One error, and the link to the field it is about. */
  public record Entry(Message message, String url) {}

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  static ProblemList of(Overview o, String period) {
    List<Group> groups = new ArrayList<>();
    String periodUrl = "/p/" + Urls.segment(period) + "/period";
    List<Entry> periodEntries = new ArrayList<>();
    for (Problem p : o.periodProblems()) {
      if (p.isError()) {
        periodEntries.add(
            new Entry(Message.of(p), periodUrl + "#" + FormFields.container(p.field())));
      }
    }
    if (!periodEntries.isEmpty()) {
      groups.add(new Group(null, "期間の情報", periodUrl, periodEntries));
    }
    List<String> listed = new ArrayList<>();
    for (CaseRow row : o.rows()) {
      listed.add(o.casePath(row.file()));
      String url = Editor.caseUrl(period, row.file());
      List<Entry> entries =
          o.problemsOf(row.file()).stream()
              .filter(Problem::isError)
              .sorted(Comparator.comparingInt(p -> FormFields.rank(p.field())))
              .map(p -> new Entry(Message.of(p), at(url, p.field())))
              .toList();
      if (!entries.isEmpty()) {
        groups.add(new Group(row, "", url, entries));
      }
    }
    // files that are no case (a copy, a lock file) and the folder itself, by name
    Map<String, List<Entry>> others = new LinkedHashMap<>();
    for (Problem p : o.checked().problems()) {
      if (p.isError() && !listed.contains(p.path()) && !o.periodProblems().contains(p)) {
        Path name = Path.of(p.path()).getFileName();
        others
            .computeIfAbsent(name == null ? p.path() : name.toString(), k -> new ArrayList<>())
            .add(new Entry(Message.of(p), ""));
      }
    }
    others.forEach((name, entries) -> groups.add(new Group(null, name, "", entries)));
    int count = groups.stream().mapToInt(g -> g.entries().size()).sum();
    return new ProblemList(List.copyOf(groups), count);
  }

  /**
   * The case's form, opened with the focus in the field's input (which scrolls it into view). No
   * fragment: a browser ignores autofocus on a page opened at one.
   */
  static String at(String caseUrl, String field) {
    String container = FormFields.container(field);
    return container.equals(FormFields.GENERAL)
        ? caseUrl + "#" + container
        : caseUrl + "?at=" + Urls.query(field);
  }
}
