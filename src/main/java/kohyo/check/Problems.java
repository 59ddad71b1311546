package kohyo.check;

import java.util.List;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Collects the problems of one file, positioned at the node they are about. */
final class Problems {

  private final YamlDocument document;
  private final List<Problem> sink;

  Problems(YamlDocument document, List<Problem> sink) {
    this.document = document;
    this.sink = sink;
  }

  /**
   * @param field the schema key the problem is about, empty for the file as a whole
   */
  void at(Node node, Problem.Kind kind, String field, String message) {
    sink.add(Problem.at(document.positionOf(node), kind, field, message));
  }

  /**
   * A problem at a char of a one-line scalar's value: {@code index} counts from the value's first
   * char (after an opening quote). Falls back to the node's start when the value is not written as
   * is in the file (escapes, a value over several lines).
   */
  void atValue(ScalarNode node, int index, Problem.Kind kind, String field, String message) {
    String text = document.source().text();
    int start = document.startOf(node);
    String value = node.getValue().strip();
    int at = start;
    if (text.startsWith(value, start)) {
      at = start + index;
    } else if (text.startsWith(value, start + 1)) {
      at = start + 1 + index;
    }
    sink.add(Problem.at(document.positionAt(at), kind, field, message));
  }

  void add(Problem problem) {
    sink.add(problem);
  }

  YamlDocument document() {
    return document;
  }

  /**
   * How many errors have been reported so far (warnings do not count: a case with a warning is
   * still published, so callers compare this before and after checking a part).
   */
  int count() {
    return (int) sink.stream().filter(Problem::isError).count();
  }
}
