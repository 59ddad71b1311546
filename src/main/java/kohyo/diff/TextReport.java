package kohyo.diff;

import java.util.ArrayList;
import java.util.List;
import kohyo.diff.EditionDiff.CaseChange;
import kohyo.diff.EditionDiff.FieldChange;
import kohyo.diff.EditionDiff.HeadingChange;
import kohyo.diff.EditionDiff.WithheldChange;
import kohyo.wording.Wording;

/**
 * The diff as Japanese lines for a terminal or a pipe. Nothing at all for identical editions (like
 * diff(1)). Insertions and deletions are marked per character run, in colour or with plain
 * brackets; a marked run never crosses a line end, so every line reads on its own.
 */
public final class TextReport {

  /** How inserted and deleted runs are shown. */
  public enum Style {
    PLAIN("[+", "+]", "[-", "-]"),
    /** Green underlined for inserted, red struck through for deleted (ECMA-48 SGR). */
    ANSI("\u001b[32;4m", "\u001b[0m", "\u001b[31;9m", "\u001b[0m");

    private final String insertOpen;
    private final String insertClose;
    private final String deleteOpen;
    private final String deleteClose;

    Style(String insertOpen, String insertClose, String deleteOpen, String deleteClose) {
      this.insertOpen = insertOpen;
      this.insertClose = insertClose;
      this.deleteOpen = deleteOpen;
      this.deleteClose = deleteClose;
    }
  }

  private static final String INDENT = "  ";

  private TextReport() {}

  /** The report, naming fields and the count line in the document's own words. */
  public static List<String> lines(EditionDiff diff, Style style, Wording wording) {
    List<String> out = new ArrayList<>();
    if (diff.identical()) {
      return out;
    }
    for (HeadingChange h : diff.heading()) {
      field(out, "", h.label(), h.segments(), style);
    }
    diff.count()
        .ifPresent(
            c ->
                out.add(
                    "事案件数: "
                        + wording.count(c.oldTotal(), c.oldWithheld())
                        + " → "
                        + wording.count(c.newTotal(), c.newWithheld())));
    WithheldChange w = diff.withheld();
    if (w.added() > 0) {
      out.add("非公表 " + w.added() + "件 追加");
    }
    if (w.removed() > 0) {
      out.add("非公表 " + w.removed() + "件 削除");
    }
    if (w.changed() > 0) {
      out.add("非公表 " + w.changed() + "件 変更");
    }
    for (CaseChange c : diff.changes()) {
      out.add(title(c));
      for (FieldChange f : c.fields()) {
        field(out, INDENT, f.field().label(wording), f.segments(), style);
      }
    }
    EditionDiff.Tally t = diff.tally();
    out.add(
        "計: 追加 "
            + t.added()
            + "件、削除 "
            + t.removed()
            + "件、変更 "
            + t.changed()
            + "件、番号変更 "
            + t.renumbered()
            + "件");
    return out;
  }

  /** A case as the reader finds it: by NO (old → new when it moved) and 発生日. */
  private static String title(CaseChange c) {
    Row shown = c.shown();
    String no =
        c.renumbered()
            ? "NO " + c.before().orElseThrow().no() + " → NO " + c.after().orElseThrow().no()
            : "NO " + shown.no();
    return no + "（" + shown.date() + "）" + c.what();
  }

  private static void field(
      List<String> out, String indent, String label, List<Segment> segments, Style style) {
    String prefix = indent + label + ": ";
    List<String> lines = marked(segments, style);
    String continuation = " ".repeat(indent.length() + 2);
    for (int i = 0; i < lines.size(); i++) {
      out.add((i == 0 ? prefix : continuation) + lines.get(i));
    }
  }

  /** The field's lines with every inserted or deleted run marked, runs cut at line ends. */
  static List<String> marked(List<Segment> segments, Style style) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Segment s : segments) {
      String[] parts = s.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          if (s.kind() != Segment.Kind.SAME && parts[i - 1].isEmpty()) {
            // a bare line break inserted or deleted would otherwise be invisible
            line.append(open(s, style)).append("⏎").append(close(s, style));
          }
          lines.add(line.toString());
          line.setLength(0);
        }
        if (!parts[i].isEmpty()) {
          line.append(open(s, style)).append(parts[i]).append(close(s, style));
        }
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static String open(Segment s, Style style) {
    return switch (s.kind()) {
      case INSERTED -> style.insertOpen;
      case DELETED -> style.deleteOpen;
      case SAME -> "";
    };
  }

  private static String close(Segment s, Style style) {
    return switch (s.kind()) {
      case INSERTED -> style.insertClose;
      case DELETED -> style.deleteClose;
      case SAME -> "";
    };
  }
}
