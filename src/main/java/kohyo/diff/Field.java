package kohyo.diff;

/** The published table's columns, labelled as in the document, in column order. */
public enum Field {
  NO("NO"),
  OFFICE("所属"),
  DATE("発生日"),
  SUMMARY("事案の概要"),
  CAUSE("発生原因"),
  RESPONSE("対応"),
  DAMAGE("二次被害の有無"),
  PREVENTION("再発防止策"),
  REMARKS("備考");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
