package kohyo.editor;

import kohyo.base.Problem;

/**
 * A problem as the editor shows it: the check's own words, except that a required field left empty
 * is asked for in the form's words (the template words it from {@code field}: 「二次被害の有無」で 有 か 無
 * を選んでください), and that the check's key names become the form's labels.
 *
 * @param field the schema key it is about, empty for the file as a whole
 * @param text the check's message (or the editor's, for a personal-data finding)
 * @param missing whether it only says that the field is empty
 */
public record Message(String field, String text, boolean missing) {

  static Message of(Problem p) {
    return new Message(p.field(), p.message(), p.kind() == Problem.Kind.MISSING);
  }
}
