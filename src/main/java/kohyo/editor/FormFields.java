package kohyo.editor;

import java.util.List;
import kohyo.check.Schema;

/**
 * The fields of the case and period forms in the order the forms show them, and the ids of their
 * parts: a link to a field goes to its container ({@code field-発生日}), which holds its label, hint
 * and messages, so that following it keeps them in view (the GOV.UK and デジタル庁 pattern); the input
 * itself ({@code f-発生日}) is what gets the focus.
 */
public final class FormFields {

  private FormFields() {}

  /** The case form, top to bottom. */
  static final List<String> CASE_ORDER =
      List.of(
          Schema.PUBLICATION,
          Schema.CRITERION,
          Schema.OFFICE,
          Schema.DATE,
          Schema.SUMMARY,
          Schema.CAUSE,
          Schema.RESPONSE,
          Schema.DAMAGE,
          Schema.PREVENTION,
          Schema.INDIVIDUAL_PUBLICATION,
          Schema.REMARKS,
          Schema.ACKNOWLEDGED);

  /** Where a problem about the file as a whole is shown. */
  static final String GENERAL = "general";

  /** The container of a field, or of the problems about the whole file. */
  public static String container(String key) {
    return key.isEmpty() || !(CASE_ORDER.contains(key) || Schema.PERIOD_KEYS.contains(key))
        ? GENERAL
        : "field-" + key;
  }

  /** The input that takes the focus for a field: the first of a group of radio buttons. */
  static String input(String key, boolean itemsMode) {
    return switch (key) {
      case Schema.DAMAGE -> "f-" + key + "-" + Schema.DAMAGE_YES;
      case Schema.PUBLICATION -> "f-" + key + "-" + Schema.VALUE_PUBLISHED;
      case Schema.CRITERION -> "f-" + key + "-" + Schema.FIRST_CRITERION;
      case Schema.HALF -> "f-" + key + "-上半期";
      case Schema.PREVENTION -> itemsMode ? "f-" + key + "-0" : "f-" + key;
      case Schema.ACKNOWLEDGED -> "acks";
      default -> "f-" + key;
    };
  }

  /** A field's place in the case form (the whole file first, unknown keys last). */
  static int rank(String key) {
    if (container(key).equals(GENERAL)) {
      return -1;
    }
    int i = CASE_ORDER.indexOf(key);
    return i < 0 ? Schema.PERIOD_KEYS.indexOf(key) : i;
  }
}
