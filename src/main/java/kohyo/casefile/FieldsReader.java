package kohyo.casefile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kohyo.check.Schema;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a composed data file into text fields, leniently: whatever the schema can hold is taken as
 * written, and everything a canonical file would not keep is named, so that a form can say so
 * before the first save instead of dropping it silently.
 */
public final class FieldsReader {

  /**
   * A file's fields and what saving them back would not keep.
   *
   * @param notKept Japanese descriptions, e.g. 「コメント（# の行）」 or 「キー「発生原困」」
   */
  public record Read<T>(T fields, List<String> notKept) {
    public Read {
      notKept = List.copyOf(notKept);
    }
  }

  private FieldsReader() {}

  public static Read<CaseFields> caseFile(YamlDocument doc) {
    List<String> notKept = new ArrayList<>();
    Map<String, Node> values = topLevel(doc, Schema.CASE_KEYS, notKept);
    CaseFields fields =
        new CaseFields(
            text(values, Schema.OFFICE, notKept),
            text(values, Schema.DATE, notKept),
            text(values, Schema.SUMMARY, notKept),
            text(values, Schema.CAUSE, notKept),
            text(values, Schema.RESPONSE, notKept),
            text(values, Schema.DAMAGE, notKept),
            prevention(values.get(Schema.PREVENTION), notKept),
            text(values, Schema.REMARKS, notKept),
            text(values, Schema.INDIVIDUAL_PUBLICATION, notKept),
            text(values, Schema.PUBLICATION, notKept),
            text(values, Schema.CRITERION, notKept),
            acknowledgements(values.get(Schema.ACKNOWLEDGED), notKept));
    return new Read<>(fields, notKept);
  }

  public static Read<PeriodFields> periodFile(YamlDocument doc) {
    List<String> notKept = new ArrayList<>();
    Map<String, Node> values = topLevel(doc, Schema.PERIOD_KEYS, notKept);
    PeriodFields fields =
        new PeriodFields(
            text(values, Schema.ISSUER, notKept),
            text(values, Schema.FISCAL_YEAR, notKept),
            text(values, Schema.HALF, notKept));
    return new Read<>(fields, notKept);
  }

  private static Map<String, Node> topLevel(
      YamlDocument doc, List<String> keys, List<String> notKept) {
    Map<String, Node> values = new LinkedHashMap<>();
    if (hasComments(doc.source().text())) {
      notKept.add("コメント（# で始まる部分）");
    }
    if (doc.root() == null) {
      return values;
    }
    if (!(doc.root() instanceof MappingNode map)) {
      notKept.add("「キー: 値」の形でない内容");
      return values;
    }
    for (NodeTuple t : map.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
      if (key == null || !keys.contains(key)) {
        notKept.add(key == null ? "文字列でないキー" : "キー「" + key + "」");
      } else if (values.containsKey(key)) {
        notKept.add("二度目のキー「" + key + "」");
      } else {
        values.put(key, t.getValueNode());
      }
    }
    return values;
  }

  private static String text(Map<String, Node> values, String key, List<String> notKept) {
    Node n = values.get(key);
    if (n == null || n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return "";
    }
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    notKept.add("「" + key + "」の値（文字列ではない形）");
    return "";
  }

  private static CaseFields.Prevention prevention(Node n, List<String> notKept) {
    if (n instanceof SequenceNode seq) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
          items.add(s.getValue());
        } else {
          notKept.add("「" + Schema.PREVENTION + "」の文字列でない項目");
        }
      }
      return CaseFields.Prevention.items(items);
    }
    Map<String, Node> one = new LinkedHashMap<>();
    if (n != null) {
      one.put(Schema.PREVENTION, n);
    }
    return CaseFields.Prevention.text(text(one, Schema.PREVENTION, notKept));
  }

  private static List<CaseFields.Acknowledgement> acknowledgements(Node n, List<String> notKept) {
    List<CaseFields.Acknowledgement> out = new ArrayList<>();
    if (n == null || n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return out;
    }
    if (!(n instanceof SequenceNode seq)) {
      notKept.add("「" + Schema.ACKNOWLEDGED + "」の値（リストではない形）");
      return out;
    }
    for (Node item : seq.getValue()) {
      List<String> itemNotKept = new ArrayList<>();
      Map<String, Node> values = new LinkedHashMap<>();
      if (item instanceof MappingNode map) {
        for (NodeTuple t : map.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k && Schema.ACK_KEYS.contains(k.getValue())) {
            values.putIfAbsent(k.getValue(), t.getValueNode());
          } else {
            itemNotKept.add("「" + Schema.ACKNOWLEDGED + "」の項目の使えないキー");
          }
        }
      } else {
        itemNotKept.add("「" + Schema.ACKNOWLEDGED + "」の組でない項目");
      }
      notKept.addAll(itemNotKept);
      if (!values.isEmpty()) {
        out.add(
            new CaseFields.Acknowledgement(
                text(values, Schema.ACK_KIND, notKept),
                text(values, Schema.ACK_TEXT, notKept),
                text(values, Schema.ACK_REASON, notKept)));
      }
    }
    return out;
  }

  /** Comments are not part of the composed nodes; the parser still sees them when asked to. */
  static boolean hasComments(String text) {
    if (text.indexOf('#') < 0) {
      return false;
    }
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setMaxAliasesForCollections(10);
    try {
      for (Event e : new Yaml(options).parse(new StringReader(text))) {
        if (e instanceof CommentEvent) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      // a file YAML cannot read is reported by the checker; here it only matters what is kept
      return true;
    }
  }
}
