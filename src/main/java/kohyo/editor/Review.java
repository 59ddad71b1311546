package kohyo.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kohyo.diff.EditionDiff;
import kohyo.diff.EditionDiff.CaseChange;
import kohyo.diff.EditionDiff.FieldChange;
import kohyo.diff.Segment;
import kohyo.wording.Wording;

/**
 * A {@code kohyo diff} report as the review page shows it: the same comparison ({@link
 * kohyo.diff.Differ} on the two PDFs, as {@code kohyo diff OLD.pdf NEW.pdf}), laid out for HTML
 * with each field's lines as runs of kept, inserted and deleted text. Withheld cases appear only as
 * counts.
 *
 * @param heading changed identifying fields
 * @param count the 事案件数 line before and after, when it changed
 * @param cases the cases that were added, removed, renumbered or changed, in table order
 */
public record Review(
    boolean identical,
    List<FieldView> heading,
    Optional<EditionDiff.CountChange> count,
    EditionDiff.WithheldChange withheld,
    List<CaseView> cases,
    int added,
    int removed,
    int changed,
    int renumbered) {

  /** A field's text as lines, each a list of runs. */
  public record FieldView(String label, List<List<Segment>> lines) {}

  /**
   * One changed case.
   *
   * @param no NO, or {@code old → new} when it moved
   * @param kind {@code added}, {@code removed}, {@code changed}, {@code renumbered}
   */
  public record CaseView(
      String no, String date, String kind, String what, List<FieldView> fields) {}

  public static Review of(EditionDiff diff, Wording wording) {
    List<CaseView> cases = new ArrayList<>();
    for (CaseChange c : diff.changes()) {
      String no =
          c.renumbered()
              ? c.before().orElseThrow().no() + " → " + c.after().orElseThrow().no()
              : c.shown().no();
      String kind =
          switch (c.kind()) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
            case UNCHANGED -> "renumbered";
          };
      cases.add(new CaseView(no, c.shown().date(), kind, c.what(), fields(c.fields(), wording)));
    }
    EditionDiff.Tally t = diff.tally();
    return new Review(
        diff.identical(),
        diff.heading().stream().map(h -> new FieldView(h.label(), lines(h.segments()))).toList(),
        diff.count(),
        diff.withheld(),
        cases,
        t.added(),
        t.removed(),
        t.changed(),
        t.renumbered());
  }

  private static List<FieldView> fields(List<FieldChange> changes, Wording wording) {
    return changes.stream()
        .map(f -> new FieldView(f.field().label(wording), lines(f.segments())))
        .toList();
  }

  /** Runs cut at line ends, so that each line of a cell is a line on the page. */
  static List<List<Segment>> lines(List<Segment> segments) {
    List<List<Segment>> lines = new ArrayList<>();
    List<Segment> line = new ArrayList<>();
    for (Segment s : segments) {
      String[] parts = s.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          if (s.kind() != Segment.Kind.SAME && parts[i - 1].isEmpty()) {
            // a bare line break inserted or deleted would otherwise be invisible
            line.add(new Segment(s.kind(), "⏎"));
          }
          lines.add(List.copyOf(line));
          line = new ArrayList<>();
        }
        if (!parts[i].isEmpty()) {
          line.add(new Segment(s.kind(), parts[i]));
        }
      }
    }
    lines.add(List.copyOf(line));
    return List.copyOf(lines);
  }
}
