package kohyo.check;

/**
 * A personal-data finding that the case file acknowledges in {@code 確認済み}: it does not stop the
 * build, and {@code check} lists it so that a reviewer sees every such string once more.
 *
 * @param kind the 種別 label, e.g. 電話番号
 * @param text the string as written in the file
 * @param reason the 理由 given in the acknowledgement
 */
public record AcknowledgedFinding(
    String path, int line, int column, String kind, String text, String reason) {

  /** {@code path:line:column: 種別: 文字列（確認済み: 理由）}. */
  public String format() {
    return path + ":" + line + ":" + column + ": " + kind + ": " + text + "（確認済み: " + reason + "）";
  }
}
