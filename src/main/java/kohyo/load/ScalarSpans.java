package kohyo.load;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The lines that SnakeYAML's scalars span, where a scalar spans more than one: what {@link
 * Diagnosis} checks its reading of the layout against before it says that YAML joined lines.
 */
final class ScalarSpans {

  /** First and last line (1-based) of each multi-line scalar, sorted by first line. */
  private final int[][] spans;

  /** For each span in order, the furthest last line of it and of those before it. */
  private final int[] reach;

  private ScalarSpans(List<int[]> found) {
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    this.spans = found.toArray(new int[0][]);
    this.reach = new int[spans.length];
    int furthest = 0;
    for (int i = 0; i < spans.length; i++) {
      furthest = Math.max(furthest, spans[i][1]);
      reach[i] = furthest;
    }
  }

  /** The multi-line scalars of a composed document (none when there is no document). */
  static ScalarSpans of(Node root) {
    List<int[]> found = new ArrayList<>();
    if (root != null) {
      collect(root, 0, found);
    }
    return new ScalarSpans(found);
  }

  /** Whether one scalar spans every line from {@code firstLine} to {@code lastLine}. */
  boolean spans(int firstLine, int lastLine) {
    // the last scalar that starts at or before firstLine, and how far any of those reaches
    int lo = 0;
    int hi = spans.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans[mid][0] <= firstLine) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && reach[found] >= lastLine;
  }

  private static void collect(Node node, int depth, List<int[]> found) {
    if (depth > 64) {
      return;
    }
    if (node instanceof ScalarNode s && s.getStartMark() != null && s.getEndMark() != null) {
      int start = s.getStartMark().getLine() + 1;
      int end = s.getEndMark().getLine() + 1;
      // a block scalar ends at the start of the line after it
      if (s.getEndMark().getColumn() == 0) {
        end--;
      }
      if (end > start) {
        found.add(new int[] {start, end});
      }
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        collect(t.getKeyNode(), depth + 1, found);
        collect(t.getValueNode(), depth + 1, found);
      }
    } else if (node instanceof SequenceNode q) {
      for (Node item : q.getValue()) {
        collect(item, depth + 1, found);
      }
    }
  }
}
