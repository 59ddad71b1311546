package kohyo.casefile;

import java.util.List;

/**
 * A case file's values as text, in schema terms: what a form edits and a canonical file holds. An
 * empty string is a key that is absent; nothing here is checked (see {@link kohyo.check.Checker}).
 *
 * @param office 所属
 * @param date 発生日, as written (any form the checker accepts)
 * @param summary 事案の概要; line breaks are kept
 * @param cause 発生原因
 * @param response 対応
 * @param damage 二次被害: 有 or 無
 * @param prevention 再発防止策: a text, or items printed each with a leading ・
 * @param remarks 備考
 * @param individuallyPublished 個別公表日, as written (any form the checker accepts)
 * @param publication 公表: empty (published), 公表 or 非公表
 * @param criterion 非公表基準, e.g. {@code 3}
 * @param acknowledged 確認済み entries
 */
public record CaseFields(
    String office,
    String date,
    String summary,
    String cause,
    String response,
    String damage,
    Prevention prevention,
    String remarks,
    String individuallyPublished,
    String publication,
    String criterion,
    List<Acknowledgement> acknowledged) {

  public CaseFields {
    office = orEmpty(office);
    date = orEmpty(date);
    summary = orEmpty(summary);
    cause = orEmpty(cause);
    response = orEmpty(response);
    damage = orEmpty(damage);
    prevention = prevention == null ? Prevention.text("") : prevention;
    remarks = orEmpty(remarks);
    individuallyPublished = orEmpty(individuallyPublished);
    publication = orEmpty(publication);
    criterion = orEmpty(criterion);
    acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
  }

  /** A case with nothing filled in. */
  public static CaseFields blank() {
    return new CaseFields("", "", "", "", "", "", null, "", "", "", "", List.of());
  }

  /** The same case with another 再発防止策 (the editor's item actions, a save's empty items dropped). */
  public CaseFields withPrevention(Prevention p) {
    return new CaseFields(
        office,
        date,
        summary,
        cause,
        response,
        damage,
        p,
        remarks,
        individuallyPublished,
        publication,
        criterion,
        acknowledged);
  }

  /** The same case with other 確認済み entries (reasons given in the editor or an Excel sheet). */
  public CaseFields withAcknowledged(List<Acknowledgement> acks) {
    return new CaseFields(
        office,
        date,
        summary,
        cause,
        response,
        damage,
        prevention,
        remarks,
        individuallyPublished,
        publication,
        criterion,
        acks);
  }

  /** The same case with another 公表 and 非公表基準. */
  public CaseFields withPublication(String newPublication, String newCriterion) {
    return new CaseFields(
        office,
        date,
        summary,
        cause,
        response,
        damage,
        prevention,
        remarks,
        individuallyPublished,
        newPublication,
        newCriterion,
        acknowledged);
  }

  /**
   * 再発防止策: either one text (line breaks kept) or a list of items.
   *
   * @param items whether it is a list; then {@code lines} are the items, else the text's lines
   */
  public record Prevention(boolean items, List<String> lines) {

    public Prevention {
      lines = List.copyOf(lines);
    }

    public static Prevention text(String text) {
      return new Prevention(false, text.isEmpty() ? List.of() : List.of(text.split("\n", -1)));
    }

    public static Prevention items(List<String> items) {
      return new Prevention(true, items);
    }

    /** The text with its line breaks, or the items one a line. */
    public String joined() {
      return String.join("\n", lines);
    }

    public boolean isEmpty() {
      return lines.stream().allMatch(String::isBlank);
    }
  }

  /** One 確認済み entry: 種別, 文字列, 理由. */
  public record Acknowledgement(String kind, String text, String reason) {}

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
