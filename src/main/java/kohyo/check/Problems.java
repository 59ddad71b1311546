package kohyo.check;

import java.util.List;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.nodes.Node;

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

  void add(Problem problem) {
    sink.add(problem);
  }

  YamlDocument document() {
    return document;
  }

  int count() {
    return sink.size();
  }
}
