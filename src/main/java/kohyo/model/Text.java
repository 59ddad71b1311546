package kohyo.model;

import java.util.List;

/**
 * A cell's text as lines. {@code bulleted} lines were given as a YAML list; the template draws each
 * with a leading ・ and a hanging indent.
 */
public record Text(List<String> lines, boolean bulleted) {

  public Text {
    lines = List.copyOf(lines);
  }

  public static Text items(List<String> items) {
    return new Text(items, true);
  }

  /** All lines joined by newlines, for comparison and digests. */
  public String joined() {
    return String.join("\n", lines);
  }
}
