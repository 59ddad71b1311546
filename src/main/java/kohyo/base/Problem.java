package kohyo.base;

import java.util.Comparator;

/**
 * One thing wrong with the input, at a place in a file the user can open.
 *
 * <p>Problems sort by file and position only; those at one place keep the order they were found in
 * (the schema's order), since {@link java.util.List#sort} is stable.
 *
 * <p>The message is Japanese and must never quote the content of a withheld case: callers that
 * report on such a case describe the field, not its value.
 */
public record Problem(String path, int line, int column, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column);

  public static Problem at(SourcePosition position, String message) {
    return new Problem(position.path(), position.line(), position.column(), message);
  }

  /** The {@code path:line:column: message} form that editors and CI logs understand. */
  public String format() {
    return path + ":" + line + ":" + column + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
