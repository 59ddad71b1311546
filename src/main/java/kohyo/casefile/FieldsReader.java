package kohyo.casefile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kohyo.check.Schema;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
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
   * @param notKept each thing lost, in file order
   */
  public record Read<T>(T fields, List<NotKept> notKept) {
    public Read {
      notKept = List.copyOf(notKept);
    }
  }

  /**
   * One thing a save drops, so that a form can show it before it is gone.
   *
   * @param what a Japanese description, e.g. 「コメント（# で始まる部分）」 or 「使えないキー「発生原困」とその値」
   * @param lines the lines of the file that hold it, as written (the comments; the key with its
   *     value); empty when there is nothing of it to show
   */
  public record NotKept(String what, List<String> lines) {
    public NotKept {
      lines = List.copyOf(lines);
    }
  }

  private FieldsReader() {}

  public static Read<CaseFields> caseFile(YamlDocument doc) {
    List<NotKept> notKept = new ArrayList<>();
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
    List<NotKept> notKept = new ArrayList<>();
    Map<String, Node> values = topLevel(doc, Schema.PERIOD_KEYS, notKept);
    PeriodFields fields =
        new PeriodFields(
            text(values, Schema.ISSUER, notKept),
            text(values, Schema.FISCAL_YEAR, notKept),
            text(values, Schema.HALF, notKept));
    return new Read<>(fields, notKept);
  }

  private static Map<String, Node> topLevel(
      YamlDocument doc, List<String> keys, List<NotKept> notKept) {
    Map<String, Node> values = new LinkedHashMap<>();
    List<String> source = doc.source().text().lines().toList();
    List<String> comments = comments(doc.source().text(), source);
    if (!comments.isEmpty()) {
      notKept.add(new NotKept("コメント（# で始まる部分）", comments));
    }
    if (doc.root() == null) {
      return values;
    }
    if (!(doc.root() instanceof MappingNode map)) {
      notKept.add(new NotKept("「キー: 値」の形でない内容", lines(source, doc.root(), doc.root())));
      return values;
    }
    for (NodeTuple t : map.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
      List<String> written = lines(source, t.getKeyNode(), t.getValueNode());
      if (key == null || !keys.contains(key)) {
        notKept.add(new NotKept(key == null ? "文字列でないキーとその値" : "使えないキー「" + key + "」とその値", written));
      } else if (values.containsKey(key)) {
        notKept.add(new NotKept("二度目に書かれたキー「" + key + "」とその値", written));
      } else {
        values.put(key, t.getValueNode());
      }
    }
    return values;
  }

  /** The lines of the file from {@code first}'s start to {@code last}'s end. */
  private static List<String> lines(List<String> source, Node first, Node last) {
    int from = first.getStartMark().getLine();
    int to = last.getEndMark().getLine();
    if (last.getEndMark().getColumn() == 0 && to > from) {
      to--; // a block value ends at the start of the line after it
    }
    return source.subList(Math.min(from, source.size()), Math.min(to + 1, source.size()));
  }

  private static String text(Map<String, Node> values, String key, List<NotKept> notKept) {
    Node n = values.get(key);
    if (n == null || n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return "";
    }
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    notKept.add(new NotKept("「" + key + "」の値（文字列ではない形）", List.of()));
    return "";
  }

  private static CaseFields.Prevention prevention(Node n, List<NotKept> notKept) {
    if (n instanceof SequenceNode seq) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
          items.add(s.getValue());
        } else {
          notKept.add(new NotKept("「" + Schema.PREVENTION + "」の文字列でない項目", List.of()));
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

  private static List<CaseFields.Acknowledgement> acknowledgements(Node n, List<NotKept> notKept) {
    List<CaseFields.Acknowledgement> out = new ArrayList<>();
    if (n == null || n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return out;
    }
    if (!(n instanceof SequenceNode seq)) {
      notKept.add(new NotKept("「" + Schema.ACKNOWLEDGED + "」の値（リストではない形）", List.of()));
      return out;
    }
    for (Node item : seq.getValue()) {
      Map<String, Node> values = new LinkedHashMap<>();
      if (item instanceof MappingNode map) {
        for (NodeTuple t : map.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k && Schema.ACK_KEYS.contains(k.getValue())) {
            values.putIfAbsent(k.getValue(), t.getValueNode());
          } else {
            notKept.add(new NotKept("「" + Schema.ACKNOWLEDGED + "」の項目の使えないキー", List.of()));
          }
        }
      } else {
        notKept.add(new NotKept("「" + Schema.ACKNOWLEDGED + "」の組でない項目", List.of()));
      }
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

  /**
   * The lines holding comments, as written. Comments are not part of the composed nodes; the parser
   * still sees them when asked to.
   */
  static List<String> comments(String text, List<String> source) {
    if (text.indexOf('#') < 0) {
      return List.of();
    }
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setMaxAliasesForCollections(10);
    TreeSet<Integer> lines = new TreeSet<>();
    try {
      for (Event e : new Yaml(options).parse(new StringReader(text))) {
        if (e instanceof CommentEvent c && c.getCommentType() != CommentType.BLANK_LINE) {
          lines.add(c.getStartMark().getLine());
        }
      }
    } catch (RuntimeException e) {
      // a file YAML cannot read is reported by the checker; here it only matters what is kept
      return List.of("（コメントの位置を読み取れません）");
    }
    return lines.stream().filter(i -> i < source.size()).map(source::get).toList();
  }
}
