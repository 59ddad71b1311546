package kohyo.diff;

import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between two editions; also carries the unchanged cases so that a redline
 * can show the whole table.
 *
 * @param heading changed lines of the heading (表題)
 * @param count the 事案件数 line, when it changed
 * @param withheld withheld cases added, removed and changed, as counts only
 * @param cases every case of either side, in the order of the table (new NO; a removed case where
 *     it stood)
 */
public record EditionDiff(
    List<HeadingChange> heading,
    Optional<CountChange> count,
    WithheldChange withheld,
    List<CaseChange> cases) {

  public EditionDiff {
    heading = List.copyOf(heading);
    cases = List.copyOf(cases);
  }

  public boolean identical() {
    return heading.isEmpty() && count.isEmpty() && withheld.none() && changes().isEmpty();
  }

  /** The cases that were added, removed, renumbered or changed. */
  public List<CaseChange> changes() {
    return cases.stream().filter(CaseChange::differs).toList();
  }

  /**
   * How many cases were added, removed, changed and renumbered (a case can be both of the last
   * two).
   */
  public Tally tally() {
    int added = 0;
    int removed = 0;
    int changed = 0;
    int renumbered = 0;
    for (CaseChange c : changes()) {
      switch (c.kind()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        case CHANGED -> changed++;
        case UNCHANGED -> {}
      }
      renumbered += c.renumbered() ? 1 : 0;
    }
    return new Tally(added, removed, changed, renumbered);
  }

  /** The counts the report and the review page end with. */
  public record Tally(int added, int removed, int changed, int renumbered) {}

  /**
   * A changed line of the heading, as runs of kept, inserted and deleted text.
   *
   * @param label what the line is ({@link Snapshot#TITLE})
   */
  public record HeadingChange(String label, List<Segment> segments) {
    public HeadingChange {
      segments = List.copyOf(segments);
    }
  }

  /** One field's text, as runs of kept, inserted and deleted text. */
  public record FieldChange(Field field, List<Segment> segments) {
    public FieldChange {
      segments = List.copyOf(segments);
    }
  }

  /** The 事案件数 line's two figures, before and after. */
  public record CountChange(int oldTotal, int oldWithheld, int newTotal, int newWithheld) {}

  /**
   * Withheld cases are known only by digest (folders) or by count (PDFs): a changed file is a
   * changed case; from PDFs only the change in number can be seen.
   */
  public record WithheldChange(int added, int removed, int changed) {
    public boolean none() {
      return added == 0 && removed == 0 && changed == 0;
    }
  }

  /**
   * One case across the two editions.
   *
   * @param before the old row, absent for an added case
   * @param after the new row, absent for a removed case
   * @param fields changed fields (NO excluded: see {@link #renumbered()}); for an added or removed
   *     case, every field as wholly inserted or deleted
   */
  public record CaseChange(
      Kind kind, Optional<Row> before, Optional<Row> after, List<FieldChange> fields) {

    public enum Kind {
      ADDED,
      REMOVED,
      CHANGED,
      UNCHANGED
    }

    public CaseChange {
      fields = List.copyOf(fields);
    }

    public boolean renumbered() {
      return before.isPresent() && after.isPresent() && !before.get().no().equals(after.get().no());
    }

    public boolean differs() {
      return kind != Kind.UNCHANGED || renumbered();
    }

    /** What happened, in the report's words (the text report and the review page say the same). */
    public String what() {
      return switch (kind) {
        case ADDED -> "追加";
        case REMOVED -> "削除";
        case CHANGED -> renumbered() ? "番号変更・変更" : "変更";
        case UNCHANGED -> "番号変更";
      };
    }

    /** The row a reader looks for: the new one, or the old one for a removed case. */
    public Row shown() {
      return after.or(() -> before).orElseThrow();
    }
  }
}
