package kohyo.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a case file's {@code 確認済み} key: the personal-data findings someone has reviewed and means
 * to publish, each with its kind, the exact string and a reason.
 *
 * <pre>
 * 確認済み:
 *   - 種別: 電話番号
 *     文字列: 0120-000-000
 *     理由: 県の相談窓口の代表番号（公開済み）
 * </pre>
 */
final class Acknowledgements {

  static final String KIND = "種別";
  static final String TEXT = "文字列";
  static final String REASON = "理由";
  static final Set<String> KEYS = new LinkedHashSet<>(List.of(KIND, TEXT, REASON));

  /** One acknowledged string; {@code node} is where it is written, for problems about it. */
  record Entry(PersonalDataKind kind, String text, String reason, Node node) {}

  private Acknowledgements() {}

  /**
   * The well-formed entries; every malformed one is reported (values quoted: published cases only).
   */
  static List<Entry> read(Optional<Node> value, Problems problems) {
    if (value.isEmpty()) {
      return List.of();
    }
    Node node = value.get();
    String key = CaseChecker.ACKNOWLEDGED;
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      problems.at(
          node,
          "「" + key + "」は「- " + KIND + ": …」「" + TEXT + ": …」「" + REASON + ": …」の組のリストで書いてください。");
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    for (Node item : seq.getValue()) {
      entry(item, problems).ifPresent(entries::add);
    }
    return entries;
  }

  private static Optional<Entry> entry(Node item, Problems problems) {
    if (!(item instanceof MappingNode map)) {
      problems.at(
          item,
          "「"
              + CaseChecker.ACKNOWLEDGED
              + "」の項目は「"
              + KIND
              + "」「"
              + TEXT
              + "」「"
              + REASON
              + "」の 3 つを書いた組にしてください。");
      return Optional.empty();
    }
    Map<String, ScalarNode> values = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getTag().equals(Tag.STR)) {
        problems.at(t.getKeyNode(), "キーは文字列で書いてください。");
        ok = false;
        continue;
      }
      String name = k.getValue();
      if (!KEYS.contains(name)) {
        String hint =
            KeySuggester.nearest(name, KEYS)
                .map(s -> "「" + s + "」の誤りではありませんか。")
                .orElse("使えるキー: " + String.join("、", KEYS));
        problems.at(k, "「" + name + "」は「" + CaseChecker.ACKNOWLEDGED + "」の項目に使えないキーです。" + hint);
        ok = false;
      } else if (values.containsKey(name)) {
        problems.at(k, "キー「" + name + "」が二度書かれています。");
        ok = false;
      } else if (!(t.getValueNode() instanceof ScalarNode v)
          || v.getTag().equals(Tag.NULL)
          || v.getValue().isBlank()) {
        problems.at(
            t.getValueNode(),
            "「" + CaseChecker.ACKNOWLEDGED + "」の「" + name + "」は空でない 1 行の文字列で書いてください。");
        ok = false;
      } else {
        values.put(name, v);
      }
    }
    for (String required : KEYS) {
      if (!values.containsKey(required)
          && map.getValue().stream()
              .noneMatch(
                  t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(required))) {
        problems.at(item, "「" + CaseChecker.ACKNOWLEDGED + "」の項目に「" + required + "」がありません。");
        ok = false;
      }
    }
    Optional<PersonalDataKind> kind = Optional.empty();
    if (values.containsKey(KIND)) {
      String label = values.get(KIND).getValue().strip();
      kind = PersonalDataKind.byLabel(label);
      if (kind.isEmpty()) {
        String hint =
            KeySuggester.nearest(label, PersonalDataKind.labels())
                .map(s -> "「" + s + "」の誤りではありませんか。")
                .orElse("使える種別: " + String.join("、", PersonalDataKind.labels()));
        problems.at(values.get(KIND), "「" + label + "」は種別の名前ではありません。" + hint);
        ok = false;
      }
    }
    if (!ok || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Entry(
            kind.get(),
            values.get(TEXT).getValue().strip(),
            values.get(REASON).getValue().strip(),
            item));
  }
}
