package kohyo.load;

import kohyo.base.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A composed YAML file: its node tree with marks, or {@code null} root when the file is empty.
 *
 * <p>Marks and char offsets convert through the file's one {@link kohyo.base.TextPositions}, so a
 * finding inside a value is reported at its own character, in the same terms as every other problem
 * of the file.
 */
public record YamlDocument(SourceFile source, Node root) {

  public String path() {
    return source.displayPath();
  }

  public SourcePosition positionOf(Node node) {
    return node == null ? SourcePosition.start(path()) : SourcePosition.of(path(), node);
  }

  /** The position of a char offset of the file's text. */
  public SourcePosition positionAt(int offset) {
    return source.positions().positionAt(path(), offset);
  }

  /** Where the node's text starts in the file, as a char offset. */
  public int startOf(Node node) {
    return offsetOf(node.getStartMark());
  }

  /** Where the node's text ends in the file, as a char offset. */
  public int endOf(Node node) {
    return node.getEndMark() == null ? source.text().length() : offsetOf(node.getEndMark());
  }

  private int offsetOf(Mark mark) {
    return mark == null ? 0 : source.positions().offsetOf(mark.getLine(), mark.getColumn());
  }
}
