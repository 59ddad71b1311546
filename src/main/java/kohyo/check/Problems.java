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

  void at(Node node, String message) {
    sink.add(Problem.at(document.positionOf(node), message));
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
