package kohyo.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kohyo.base.Home;
import kohyo.diff.EditionDiff.CaseChange;
import kohyo.diff.EditionDiff.FieldChange;
import kohyo.diff.EditionDiff.HeadingChange;
import kohyo.diff.EditionDiff.WithheldChange;
import kohyo.render.PdfRenderer;
import kohyo.render.Publisher;
import kohyo.render.TemplateRenderer;
import kohyo.wording.Wording;

/**
 * The redline PDF: {@code templates/redline.ftlh} (the edition's table layout, with inserted and
 * deleted runs marked) filled with a {@link View} of the diff and rendered by the same pipeline as
 * the edition.
 */
public final class Redline {

  public static final String TEMPLATE = "redline.ftlh";

  /**
   * What the template gets. Names are the compared files' or folders' names only (never full
   * paths).
   *
   * @param heading changed lines of the heading (表題)
   * @param rows every case in table order
   */
  public record View(
      String before,
      String after,
      boolean identical,
      List<HeadingChange> heading,
      int oldTotal,
      int oldWithheld,
      int newTotal,
      int newWithheld,
      WithheldChange withheld,
      List<RowView> rows) {}

  /**
   * One table row.
   *
   * @param status {@code added}, {@code removed}, {@code changed}, {@code renumbered} or {@code
   *     unchanged}; the template words it
   * @param cells all nine cells, or for an unchanged row only NO, 所属 and 発生日 (shown compactly)
   */
  public record RowView(String status, List<CellView> cells) {}

  /** A cell as lines of runs. */
  public record CellView(List<List<Segment>> lines) {}

  private final TemplateRenderer templates;
  private final PdfRenderer pdf;

  public Redline(Home home, Wording wording) {
    this.templates = new TemplateRenderer(home, wording);
    this.pdf = new PdfRenderer(home);
  }

  public byte[] pdf(
      EditionDiff diff, Snapshot before, Snapshot after, String beforeName, String afterName) {
    View view = view(diff, before, after, beforeName, afterName);
    return pdf.render(
        templates.render(TEMPLATE, Map.of("redline", view)), after.dated(), Publisher.LANGUAGE);
  }

  static View view(
      EditionDiff diff, Snapshot before, Snapshot after, String beforeName, String afterName) {
    List<RowView> rows = new ArrayList<>();
    for (CaseChange c : diff.cases()) {
      rows.add(row(c));
    }
    return new View(
        beforeName,
        afterName,
        diff.identical(),
        diff.heading(),
        before.total(),
        before.withheldCount(),
        after.total(),
        after.withheldCount(),
        diff.withheld(),
        rows);
  }

  private static RowView row(CaseChange c) {
    Row shown = c.shown();
    List<CellView> cells = new ArrayList<>();
    switch (c.kind()) {
      case ADDED, REMOVED -> {
        Segment.Kind kind =
            c.kind() == CaseChange.Kind.ADDED ? Segment.Kind.INSERTED : Segment.Kind.DELETED;
        for (Field f : Field.values()) {
          cells.add(
              cell(shown.get(f).isEmpty() ? List.of() : List.of(new Segment(kind, shown.get(f)))));
        }
        return new RowView(c.kind() == CaseChange.Kind.ADDED ? "added" : "removed", cells);
      }
      case UNCHANGED -> {
        cells.add(noCell(c));
        cells.add(cell(List.of(Segment.same(shown.get(Field.OFFICE)))));
        cells.add(cell(List.of(Segment.same(shown.get(Field.DATE)))));
        return new RowView(c.renumbered() ? "renumbered" : "unchanged", cells);
      }
      default -> {
        cells.add(noCell(c));
        for (Field f : Field.values()) {
          if (f == Field.NO) {
            continue;
          }
          List<Segment> segments =
              c.fields().stream()
                  .filter(x -> x.field() == f)
                  .findFirst()
                  .map(FieldChange::segments)
                  .orElse(List.of(Segment.same(shown.get(f))));
          cells.add(cell(segments));
        }
        return new RowView("changed", cells);
      }
    }
  }

  private static CellView noCell(CaseChange c) {
    if (!c.renumbered()) {
      return cell(List.of(Segment.same(c.shown().no())));
    }
    return cell(
        List.of(
            new Segment(Segment.Kind.DELETED, c.before().orElseThrow().no()),
            new Segment(Segment.Kind.INSERTED, c.after().orElseThrow().no())));
  }

  /** Runs split at line ends, so the template can put each line of a cell in its own block. */
  static CellView cell(List<Segment> segments) {
    List<List<Segment>> lines = new ArrayList<>();
    List<Segment> line = new ArrayList<>();
    for (Segment s : segments) {
      String[] parts = s.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          lines.add(List.copyOf(line));
          line = new ArrayList<>();
        }
        if (!parts[i].isEmpty()) {
          line.add(new Segment(s.kind(), parts[i]));
        }
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(List.copyOf(line));
    }
    return new CellView(List.copyOf(lines));
  }
}
