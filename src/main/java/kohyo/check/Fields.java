package kohyo.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.load.LoadMessages;
import kohyo.load.Mistake;
import kohyo.load.YamlDocument;
import kohyo.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to the top-level mapping of one file, recording a problem for each wrong key or
 * value.
 *
 * <p>Unknown keys get the nearest valid key as a suggestion; duplicate keys are refused
 * (SnakeYAML's compose step keeps both silently); Java type tags anywhere in the tree are refused.
 */
final class Fields {

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);
  private static final Set<Tag> TEXT_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP);

  private final Problems problems;
  private final Node mapping;
  private final boolean redact;
  private final Map<String, Node> values = new LinkedHashMap<>();

  /**
   * The valid keys an unknown key was taken for (所屬 → 所属): the message about the unknown key
   * already names them, so their absence is not reported a second time.
   */
  private final Set<String> suggested = new HashSet<>();

  private Fields(Problems problems, Node mapping, boolean redact) {
    this.problems = problems;
    this.mapping = mapping;
    this.redact = redact;
  }

  /**
   * Reads the document's root mapping.
   *
   * @param redact true for a withheld case: messages then name no key or value of the file
   * @return empty when the root is not a mapping (already reported)
   */
  static Optional<Fields> read(Problems problems, Collection<String> validKeys, boolean redact) {
    Node root = problems.document().root();
    if (root == null) {
      problems.at(null, Problem.Kind.SCHEMA, "", Messages.emptyFile());
      return Optional.empty();
    }
    if (!refuseTags(problems, root)) {
      return Optional.empty();
    }
    if (!(root instanceof MappingNode map)) {
      problems.at(root, Problem.Kind.SCHEMA, "", Messages.notAMapping());
      return Optional.empty();
    }
    Fields fields = new Fields(problems, root, redact);
    for (NodeTuple tuple : map.getValue()) {
      fields.addKey(tuple, validKeys);
    }
    return Optional.of(fields);
  }

  /** Whether this key is present with a non-null value. */
  boolean has(String key) {
    Node n = values.get(key);
    return n != null && !(n instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
  }

  boolean present(String key) {
    return values.containsKey(key);
  }

  Optional<Node> node(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The whole mapping, for problems about the file as a whole. */
  Node mapping() {
    return mapping;
  }

  Optional<String> string(String key, boolean required) {
    Node n = values.get(key);
    if (n == null) {
      return missing(key, required);
    }
    if (n instanceof ScalarNode s && TEXT_TAGS.contains(s.getTag())) {
      String v = s.getValue().strip();
      if (v.isEmpty()) {
        problems.at(n, Problem.Kind.MISSING, key, Messages.emptyValue(key));
        return Optional.empty();
      }
      if (v.contains("\n")) {
        problems.at(n, Problem.Kind.SCHEMA, key, Messages.oneLine(key));
        return Optional.empty();
      }
      return Optional.of(v);
    }
    return wrongType(key, n, "文字列");
  }

  OptionalInt integer(String key, boolean required) {
    Node n = values.get(key);
    if (n == null) {
      missing(key, required);
      return OptionalInt.empty();
    }
    if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
      try {
        return OptionalInt.of(Integer.parseInt(s.getValue().replace("_", "")));
      } catch (NumberFormatException e) {
        problems.at(n, Problem.Kind.VALUE, key, Messages.numberTooLarge(key));
        return OptionalInt.empty();
      }
    }
    OptionalInt wide = fullWidthNumber(n);
    if (wide.isPresent()) {
      return wide;
    }
    wrongType(key, n, "半角数字");
    return OptionalInt.empty();
  }

  /** Digits typed with a Japanese input method (５) read as the number they show. */
  static OptionalInt fullWidthNumber(Node n) {
    if (n instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
      String v =
          java.text.Normalizer.normalize(s.getValue().strip(), java.text.Normalizer.Form.NFKC);
      if (!v.isEmpty() && v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return OptionalInt.of(Integer.parseInt(v));
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A text cell: a string (line breaks kept) or, when {@code listAllowed}, a list of strings, one
   * item a line.
   */
  Optional<Text> text(String key, boolean required, boolean listAllowed) {
    Node n = values.get(key);
    if (n == null) {
      return missing(key, required);
    }
    if (n instanceof ScalarNode s && TEXT_TAGS.contains(s.getTag())) {
      List<String> lines = trimLines(s.getValue());
      if (lines.isEmpty()) {
        problems.at(n, Problem.Kind.MISSING, key, Messages.emptyValue(key));
        return Optional.empty();
      }
      return Optional.of(new Text(lines, false));
    }
    if (listAllowed && n instanceof SequenceNode seq) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s
            && TEXT_TAGS.contains(s.getTag())
            && !s.getValue().isBlank()) {
          items.add(String.join("", trimLines(s.getValue())));
        } else if (item instanceof MappingNode m && colonInItem(key, m)) {
          // reported where the clerk's colon is
        } else {
          problems.at(item, Problem.Kind.SCHEMA, key, Messages.emptyListItem(key));
        }
      }
      if (items.isEmpty() && seq.getValue().isEmpty()) {
        problems.at(n, Problem.Kind.SCHEMA, key, Messages.emptyList(key));
      }
      return items.size() == seq.getValue().size() && !items.isEmpty()
          ? Optional.of(Text.items(items))
          : Optional.empty();
    }
    return wrongType(key, n, listAllowed ? "文字列または文字列のリスト" : "文字列");
  }

  /**
   * A list item that YAML read as {@code key: value} because its text holds ": ". Pointed at that
   * colon, or at the 「 or “ before it that the clerk meant as quotes (they are not quotes in YAML).
   */
  private boolean colonInItem(String key, MappingNode item) {
    if (item.getValue().isEmpty()
        || !(item.getValue().get(0).getKeyNode() instanceof ScalarNode k)
        || k.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
        || item.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
      return false;
    }
    YamlDocument doc = problems.document();
    String text = doc.source().text();
    int from = doc.startOf(k);
    int colon = text.indexOf(':', doc.endOf(k));
    if (colon < 0) {
      return false;
    }
    int opener = -1;
    Mistake quotes = null;
    int depth = 0;
    for (int i = from; i < colon; i++) {
      char c = text.charAt(i);
      if (c == '「' || c == '『') {
        if (depth++ == 0) {
          opener = i;
          quotes = Mistake.BRACKETS_AS_QUOTES;
        }
      } else if ((c == '」' || c == '』') && depth > 0 && --depth == 0) {
        opener = -1;
      } else if (c == '“' || c == '‘') {
        opener = i;
        quotes = Mistake.SMART_QUOTES;
      } else if ((c == '”' || c == '’') && quotes == Mistake.SMART_QUOTES) {
        opener = -1;
      }
    }
    if (opener >= 0) {
      problems.add(Problem.at(doc.positionAt(opener), quotes.kind(), key, quotes.message()));
    } else {
      problems.add(
          Problem.at(
              doc.positionAt(colon), Problem.Kind.SYNTAX, key, Messages.colonInListItem(key)));
    }
    return true;
  }

  private static List<String> trimLines(String value) {
    List<String> lines = new ArrayList<>(value.lines().map(String::stripTrailing).toList());
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /**
   * Reports a required key as missing, unless an unknown key was already taken for it (発生年月日 →
   * 発生日): that message names it.
   */
  void reportMissing(String key) {
    missing(key, true);
  }

  private <T> Optional<T> missing(String key, boolean required) {
    if (required && !suggested.contains(key)) {
      problems.at(mapping, Problem.Kind.MISSING, key, Messages.missing(key));
    }
    return Optional.empty();
  }

  private <T> Optional<T> wrongType(String key, Node n, String expected) {
    if (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      problems.at(n, Problem.Kind.MISSING, key, Messages.emptyValue(key));
    } else if (flowStart(n) != 0) {
      problems.at(n, Problem.Kind.SCHEMA, key, Messages.flowCollection(key, flowStart(n)));
    } else {
      problems.at(n, Problem.Kind.SCHEMA, key, Messages.wrongType(key, expected, describe(n)));
    }
    return Optional.empty();
  }

  /** The '[' or '{' that made a value a collection written on one line, or 0. */
  private char flowStart(Node n) {
    boolean flow =
        n instanceof SequenceNode q
                && q.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW
            || n instanceof MappingNode m
                && m.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW;
    if (!flow) {
      return 0;
    }
    String text = problems.document().source().text();
    int at = problems.document().startOf(n);
    return at < text.length() ? text.charAt(at) : 0;
  }

  private static String describe(Node n) {
    if (n instanceof MappingNode) {
      return "「キー: 値」の組";
    }
    if (n instanceof SequenceNode) {
      return "リスト";
    }
    Tag t = n.getTag();
    if (t.equals(Tag.INT) || t.equals(Tag.FLOAT)) {
      return "数";
    }
    if (t.equals(Tag.BOOL)) {
      return "真偽値";
    }
    if (t.equals(Tag.TIMESTAMP)) {
      return "日付";
    }
    return "文字列";
  }

  private void addKey(NodeTuple tuple, Collection<String> validKeys) {
    Node keyNode = tuple.getKeyNode();
    if (!(keyNode instanceof ScalarNode k) || !k.getTag().equals(Tag.STR)) {
      problems.at(keyNode, Problem.Kind.SCHEMA, "", Messages.keyNotText());
      return;
    }
    String key = k.getValue();
    if (values.containsKey(key)) {
      problems.at(
          keyNode,
          Problem.Kind.SCHEMA,
          redact ? "" : key,
          redact ? Messages.duplicateKeyRedacted() : Messages.duplicateKey(key));
      return;
    }
    String visible = withoutInvisible(key);
    if (!visible.equals(key) && validKeys.contains(visible) && !values.containsKey(visible)) {
      // pasted from Word or a web page: the key looks right and is not (U+FEFF, U+200B…)
      problems.at(
          keyNode, Problem.Kind.CHARACTER, visible, Messages.invisibleInKey(visible, codes(key)));
      values.put(visible, tuple.getValueNode());
      return;
    }
    if (!validKeys.contains(key)) {
      if (redact) {
        problems.at(keyNode, Problem.Kind.SCHEMA, "", Messages.unknownKeyRedacted(validKeys));
      } else {
        Optional<String> nearest = KeySuggester.nearest(key, validKeys);
        nearest.ifPresent(suggested::add);
        problems.at(keyNode, Problem.Kind.SCHEMA, "", Messages.unknownKey(key, nearest, validKeys));
      }
      return;
    }
    values.put(key, tuple.getValueNode());
  }

  /** Format characters (Unicode Cf): invisible, and never part of a key. */
  private static String withoutInvisible(String key) {
    StringBuilder out = new StringBuilder();
    key.codePoints()
        .filter(cp -> Character.getType(cp) != Character.FORMAT)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String codes(String key) {
    return key.codePoints()
        .filter(cp -> Character.getType(cp) == Character.FORMAT)
        .distinct()
        .mapToObj(cp -> String.format("U+%04X", cp))
        .collect(java.util.stream.Collectors.joining("、"));
  }

  /** Refuses explicit type tags anywhere; returns false when one was found. */
  private static boolean refuseTags(Problems problems, Node root) {
    int before = problems.count();
    walk(root, problems, 0);
    return problems.count() == before;
  }

  private static void walk(Node node, Problems problems, int depth) {
    if (depth > 64) {
      return;
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      problems.at(node, Problem.Kind.SYNTAX, "", LoadMessages.TYPE_TAG);
      return;
    }
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        walk(t.getKeyNode(), problems, depth + 1);
        walk(t.getValueNode(), problems, depth + 1);
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        walk(item, problems, depth + 1);
      }
    }
  }
}
