package kohyo.load;

import org.yaml.snakeyaml.nodes.Node;

/** A composed YAML file: its node tree with marks, or {@code null} root when the file is empty. */
public record YamlDocument(SourceFile source, Node root) {

  public String path() {
    return source.displayPath();
  }

  public SourcePosition positionOf(Node node) {
    return node == null ? SourcePosition.start(path()) : SourcePosition.of(path(), node);
  }
}
