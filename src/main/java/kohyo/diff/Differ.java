package kohyo.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kohyo.diff.EditionDiff.CaseChange;
import kohyo.diff.EditionDiff.CountChange;
import kohyo.diff.EditionDiff.FieldChange;
import kohyo.diff.EditionDiff.HeadingChange;
import kohyo.diff.EditionDiff.WithheldChange;

/** Compares two snapshots. */
public final class Differ {

  /** A NO: at most nine digits, so that it always fits an int. */
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private Differ() {}

  public static EditionDiff compare(Snapshot before, Snapshot after) {
    return new EditionDiff(
        heading(before, after),
        count(before, after),
        withheld(before, after),
        cases(before.rows(), after.rows()));
  }

  private static List<HeadingChange> heading(Snapshot before, Snapshot after) {
    Set<String> labels = new LinkedHashSet<>(before.heading().keySet());
    labels.addAll(after.heading().keySet());
    List<HeadingChange> out = new ArrayList<>();
    for (String label : labels) {
      String a = before.heading().getOrDefault(label, "");
      String b = after.heading().getOrDefault(label, "");
      if (!a.equals(b)) {
        out.add(new HeadingChange(label, CharDiff.segments(a, b)));
      }
    }
    return out;
  }

  /**
   * A date changes as a whole: character by character, R7.9.30 → R7.10.14 would read
   * R7.[-9-][+10+].[-30-][+14+], a date that is neither, and would not fit its column.
   */
  private static List<Segment> segments(Field field, String before, String after) {
    if (field == Field.DATE) {
      return List.of(
          new Segment(Segment.Kind.DELETED, before), new Segment(Segment.Kind.INSERTED, after));
    }
    return CharDiff.segments(before, after);
  }

  private static Optional<CountChange> count(Snapshot before, Snapshot after) {
    if (before.total() == after.total() && before.withheldCount() == after.withheldCount()) {
      return Optional.empty();
    }
    return Optional.of(
        new CountChange(
            before.total(), before.withheldCount(), after.total(), after.withheldCount()));
  }

  /**
   * Digests that are on both sides are the same cases unchanged; of the rest, as many as pair up
   * count as changed (a withheld case edited), the remainder as added or removed. Without digests
   * (PDFs) only the count can differ.
   */
  static WithheldChange withheld(Snapshot before, Snapshot after) {
    if (before.withheldDigests().isEmpty() || after.withheldDigests().isEmpty()) {
      int d = after.withheldCount() - before.withheldCount();
      return new WithheldChange(Math.max(d, 0), Math.max(-d, 0), 0);
    }
    Map<String, Integer> remaining = new HashMap<>();
    before.withheldDigests().get().forEach(d -> remaining.merge(d, 1, Integer::sum));
    int onlyAfter = 0;
    for (String d : after.withheldDigests().get()) {
      if (remaining.getOrDefault(d, 0) > 0) {
        remaining.merge(d, -1, Integer::sum);
      } else {
        onlyAfter++;
      }
    }
    int onlyBefore = remaining.values().stream().mapToInt(Integer::intValue).sum();
    int changed = Math.min(onlyBefore, onlyAfter);
    return new WithheldChange(onlyAfter - changed, onlyBefore - changed, changed);
  }

  private static List<CaseChange> cases(List<Row> before, List<Row> after) {
    List<CaseChange> out = new ArrayList<>();
    boolean[] pairedBefore = new boolean[before.size()];
    boolean[] pairedAfter = new boolean[after.size()];
    for (CaseMatcher.Pair p : CaseMatcher.match(before, after)) {
      pairedBefore[p.before()] = true;
      pairedAfter[p.after()] = true;
      Row a = before.get(p.before());
      Row b = after.get(p.after());
      List<FieldChange> fields = new ArrayList<>();
      for (Field f : Field.values()) {
        if (f != Field.NO && !a.get(f).equals(b.get(f))) {
          fields.add(new FieldChange(f, segments(f, a.get(f), b.get(f))));
        }
      }
      out.add(
          new CaseChange(
              fields.isEmpty() ? CaseChange.Kind.UNCHANGED : CaseChange.Kind.CHANGED,
              Optional.of(a),
              Optional.of(b),
              fields));
    }
    for (int i = 0; i < before.size(); i++) {
      if (!pairedBefore[i]) {
        out.add(
            new CaseChange(
                CaseChange.Kind.REMOVED,
                Optional.of(before.get(i)),
                Optional.empty(),
                whole(before.get(i), Segment.Kind.DELETED)));
      }
    }
    for (int j = 0; j < after.size(); j++) {
      if (!pairedAfter[j]) {
        out.add(
            new CaseChange(
                CaseChange.Kind.ADDED,
                Optional.empty(),
                Optional.of(after.get(j)),
                whole(after.get(j), Segment.Kind.INSERTED)));
      }
    }
    // table order: by the NO a reader finds the case under; a removed case just before the one now
    // at its NO
    out.sort(
        Comparator.comparingInt((CaseChange c) -> number(c.shown().no()))
            .thenComparingInt(c -> c.after().isPresent() ? 1 : 0));
    return out;
  }

  private static List<FieldChange> whole(Row row, Segment.Kind kind) {
    List<FieldChange> out = new ArrayList<>();
    for (Field f : Field.values()) {
      if (f != Field.NO && !row.get(f).isEmpty()) {
        out.add(new FieldChange(f, List.of(new Segment(kind, row.get(f)))));
      }
    }
    return out;
  }

  /** A NO as a number; anything else (not a NO a table prints) sorts last. */
  private static int number(String no) {
    String digits = no.strip();
    return NUMBER.matcher(digits).matches() ? Integer.parseInt(digits) : Integer.MAX_VALUE;
  }
}
