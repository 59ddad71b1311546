package kohyo.diff;

import kohyo.wording.Wording;

/**
 * The published table's columns, in column order. Their headings are the document's words ({@link
 * Wording#column}); each field knows only its column's key there.
 */
public enum Field {
  NO("NO"),
  OFFICE("所属"),
  DATE("発生日"),
  SUMMARY("事案の概要"),
  CAUSE("発生原因"),
  RESPONSE("対応"),
  DAMAGE("二次被害"),
  PREVENTION("再発防止策"),
  REMARKS("備考");

  private final String key;

  Field(String key) {
    this.key = key;
  }

  /** The column's key in {@code templates/wording.yaml}. */
  public String key() {
    return key;
  }

  /** The heading on one line (二次被害の有無), as a report names the field. */
  public String label(Wording wording) {
    return wording.column(key).label();
  }
}
