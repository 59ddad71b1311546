package kohyo.wording;

import java.util.List;

/**
 * A column of the case table and its heading.
 *
 * @param key the column's fixed name in {@code wording.yaml} (所属, 二次被害, …)
 * @param lines the heading as the table's header prints it, one entry a line
 */
public record Column(String key, List<String> lines) {

  /** Where the header breaks a heading's line: 「二次被害／の有無」. */
  static final String LINE_BREAK = "／";

  public Column {
    lines = List.copyOf(lines);
  }

  static Column of(String key, String heading) {
    return new Column(key, List.of(heading.split(LINE_BREAK, -1)));
  }

  /** The heading on one line, as a report names the column: 二次被害の有無. */
  public String label() {
    return String.join("", lines);
  }
}
