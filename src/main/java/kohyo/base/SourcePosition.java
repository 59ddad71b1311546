package kohyo.base;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** A 1-based line and column in a file, as shown to the user. */
public record SourcePosition(String path, int line, int column) {

  public static SourcePosition start(String path) {
    return new SourcePosition(path, 1, 1);
  }

  public static SourcePosition of(String path, Mark mark) {
    return mark == null
        ? start(path)
        : new SourcePosition(path, mark.getLine() + 1, mark.getColumn() + 1);
  }

  public static SourcePosition of(String path, Node node) {
    return of(path, node.getStartMark());
  }
}
