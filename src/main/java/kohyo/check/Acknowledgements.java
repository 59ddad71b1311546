package kohyo.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.base.Problem;
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

  private static final String KIND = Schema.ACK_KIND;
  private static final String TEXT = Schema.ACK_TEXT;
  private static final String REASON = Schema.ACK_REASON;

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
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      problems.at(
          node,
          Problem.Kind.ACKNOWLEDGEMENT,
          Schema.ACKNOWLEDGED,
          Messages.acknowledgementsShape());
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
          item, Problem.Kind.ACKNOWLEDGEMENT, Schema.ACKNOWLEDGED, Messages.acknowledgementShape());
      return Optional.empty();
    }
    Map<String, ScalarNode> values = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getTag().equals(Tag.STR)) {
        problems.at(
            t.getKeyNode(),
            Problem.Kind.ACKNOWLEDGEMENT,
            Schema.ACKNOWLEDGED,
            Messages.keyNotText());
        ok = false;
        continue;
      }
      String name = k.getValue();
      if (!Schema.ACK_KEYS.contains(name)) {
        problems.at(
            k,
            Problem.Kind.ACKNOWLEDGEMENT,
            Schema.ACKNOWLEDGED,
            Messages.acknowledgementUnknownKey(name, KeySuggester.nearest(name, Schema.ACK_KEYS)));
        ok = false;
      } else if (values.containsKey(name)) {
        problems.at(
            k, Problem.Kind.ACKNOWLEDGEMENT, Schema.ACKNOWLEDGED, Messages.duplicateKey(name));
        ok = false;
      } else if (!(t.getValueNode() instanceof ScalarNode v)
          || v.getTag().equals(Tag.NULL)
          || v.getValue().isBlank()) {
        problems.at(
            t.getValueNode(),
            Problem.Kind.ACKNOWLEDGEMENT,
            Schema.ACKNOWLEDGED,
            Messages.acknowledgementValue(name));
        ok = false;
      } else {
        values.put(name, v);
      }
    }
    for (String required : Schema.ACK_KEYS) {
      if (!values.containsKey(required)
          && map.getValue().stream()
              .noneMatch(
                  t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(required))) {
        problems.at(
            item,
            Problem.Kind.ACKNOWLEDGEMENT,
            Schema.ACKNOWLEDGED,
            Messages.acknowledgementMissing(required));
        ok = false;
      }
    }
    Optional<PersonalDataKind> kind = Optional.empty();
    if (values.containsKey(KIND)) {
      String label = values.get(KIND).getValue().strip();
      kind = PersonalDataKind.byLabel(label);
      if (kind.isEmpty()) {
        problems.at(
            values.get(KIND),
            Problem.Kind.ACKNOWLEDGEMENT,
            Schema.ACKNOWLEDGED,
            Messages.acknowledgementUnknownKind(
                label,
                KeySuggester.nearest(label, PersonalDataKind.labels()),
                PersonalDataKind.labels()));
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
