package kohyo.casefile;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import kohyo.check.Schema;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes text fields as a canonical data file: the schema's key order, absent keys left out, {@code
 * |-} for text of several lines, a YAML list for items, no line folding, and quotes only where YAML
 * needs them (chosen by SnakeYAML's emitter, so whatever a clerk typed reads back unchanged).
 */
public final class CanonicalYaml {

  private CanonicalYaml() {}

  public static String caseFile(CaseFields f) {
    List<NodeTuple> tuples = new ArrayList<>();
    put(tuples, Schema.OFFICE, text(f.office()));
    put(
        tuples,
        Schema.DATE,
        f.date().isBlank() ? null : scalar(f.date().strip(), dateTag(f.date())));
    put(tuples, Schema.SUMMARY, text(f.summary()));
    put(tuples, Schema.CAUSE, text(f.cause()));
    put(tuples, Schema.RESPONSE, text(f.response()));
    put(tuples, Schema.DAMAGE, text(f.damage()));
    put(tuples, Schema.PREVENTION, prevention(f.prevention()));
    put(tuples, Schema.REMARKS, text(f.remarks()));
    put(
        tuples,
        Schema.INDIVIDUAL_PUBLICATION,
        f.individuallyPublished().isBlank()
            ? null
            : scalar(f.individuallyPublished().strip(), dateTag(f.individuallyPublished())));
    put(tuples, Schema.PUBLICATION, text(f.publication()));
    put(
        tuples,
        Schema.CRITERION,
        f.criterion().isBlank() ? null : scalar(f.criterion().strip(), numberTag(f.criterion())));
    if (!f.acknowledged().isEmpty()) {
      List<Node> entries = new ArrayList<>();
      for (CaseFields.Acknowledgement a : f.acknowledged()) {
        List<NodeTuple> entry = new ArrayList<>();
        put(entry, Schema.ACK_KIND, text(a.kind()));
        put(entry, Schema.ACK_TEXT, text(a.text()));
        put(entry, Schema.ACK_REASON, text(a.reason()));
        entries.add(new MappingNode(Tag.MAP, entry, DumperOptions.FlowStyle.BLOCK));
      }
      put(
          tuples,
          Schema.ACKNOWLEDGED,
          new SequenceNode(Tag.SEQ, entries, DumperOptions.FlowStyle.BLOCK));
    }
    return write(tuples);
  }

  public static String periodFile(PeriodFields f) {
    List<NodeTuple> tuples = new ArrayList<>();
    put(tuples, Schema.ISSUER, text(f.issuer()));
    put(
        tuples,
        Schema.FISCAL_YEAR,
        f.fiscalYear().isBlank()
            ? null
            : scalar(f.fiscalYear().strip(), numberTag(f.fiscalYear())));
    put(tuples, Schema.HALF, text(f.half()));
    return write(tuples);
  }

  private static String write(List<NodeTuple> tuples) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    // a long Japanese sentence stays on one line: folding would change nothing but the file
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    StringWriter out = new StringWriter();
    new Yaml(new LoaderOptions(), options)
        .serialize(new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK), out);
    return out.toString();
  }

  private static void put(List<NodeTuple> tuples, String key, Node value) {
    if (value != null) {
      tuples.add(new NodeTuple(scalar(key, Tag.STR), value));
    }
  }

  /** Text: left out when empty, a literal block when it has several lines. */
  private static Node text(String value) {
    String v = trimEnds(value);
    if (v.isBlank()) {
      return null;
    }
    return v.contains("\n")
        ? new ScalarNode(Tag.STR, v, null, null, DumperOptions.ScalarStyle.LITERAL)
        : scalar(v, Tag.STR);
  }

  private static Node prevention(CaseFields.Prevention p) {
    if (!p.items()) {
      return text(p.joined());
    }
    List<Node> items = new ArrayList<>();
    for (String item : p.lines()) {
      Node n = text(item);
      if (n != null) {
        items.add(n);
      }
    }
    return items.isEmpty() ? null : new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
  }

  private static ScalarNode scalar(String value, Tag tag) {
    return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
  }

  /**
   * An ISO date is written plain (YAML would call it a timestamp, which the checker reads as the
   * text it is); anything else is a string and quoted if YAML needs it.
   */
  private static Tag dateTag(String date) {
    return date.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? Tag.TIMESTAMP : Tag.STR;
  }

  private static Tag numberTag(String number) {
    return number.strip().matches("[1-9][0-9]{0,8}") ? Tag.INT : Tag.STR;
  }

  /** Blank lines before and after the text and trailing spaces are not content. */
  private static String trimEnds(String value) {
    List<String> lines = new ArrayList<>(List.of(value.replace("\r\n", "\n").split("\n", -1)));
    lines.replaceAll(String::stripTrailing);
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }
}
