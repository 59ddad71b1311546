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
 *
 * @param path the file as the user would type it (or a spreadsheet cell such as {@code
 *     表.xlsx:Sheet1!C12}, which has no line)
 * @param line 1-based; 0 when the place is not a line of a text file
 * @param column 1-based, in characters (code points); 0 with line 0
 * @param kind what sort of mistake it is, so that nothing has to read the message to decide
 * @param field the schema key the problem is about (e.g. {@code 発生日}), so that a form can show it
 *     next to its field; empty when it is about the file as a whole
 * @param message what is wrong and how to fix it, in Japanese
 */
public record Problem(String path, int line, int column, Kind kind, String field, String message)
    implements Comparable<Problem> {

  /** The sorts of mistakes; a caller decides by kind (hints, highlighting), never by wording. */
  public enum Kind {
    /** A file or folder is missing, unreadable, misnamed or a duplicate of another. */
    FILE,
    /** Bytes that are not UTF-8 text, control characters in the raw file. */
    ENCODING,
    /** Text that YAML cannot read, or reads differently from what the clerk meant. */
    SYNTAX,
    /** A key that is unknown or repeated, or a value of the wrong shape. */
    SCHEMA,
    /** A required key that is absent or has no value: a form asks for it to be filled in. */
    MISSING,
    /** A value of the right shape that is not one of the allowed values. */
    VALUE,
    /** A date that cannot be read, does not exist, or lies outside the period. */
    DATE,
    /** A character the PDF cannot show: control, private-use, or missing from the font. */
    CHARACTER,
    /** Something that looks like personal data in published text. */
    PERSONAL_DATA,
    /** A {@code 確認済み} entry that is malformed or matches nothing. */
    ACKNOWLEDGEMENT,
    /** Something that is not wrong but must not pass unnoticed; does not stop a build. */
    WARNING
  }

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column);

  public Problem {
    field = field == null ? "" : field;
  }

  public static Problem at(SourcePosition position, Kind kind, String field, String message) {
    return new Problem(position.path(), position.line(), position.column(), kind, field, message);
  }

  /** A problem about a whole file or folder, reported at its start. */
  public static Problem file(String path, String message) {
    return new Problem(path, 1, 1, Kind.FILE, "", message);
  }

  /** Whether the problem stops a build ({@link Kind#WARNING} does not). */
  public boolean isError() {
    return kind != Kind.WARNING;
  }

  /** The {@code path:line:column: message} form that editors and CI logs understand. */
  public String format() {
    String where = line > 0 ? path + ":" + line + ":" + column : path;
    return where + ": " + (isError() ? "" : "注意: ") + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
