package kohyo.excel;

import java.util.List;
import kohyo.check.Schema;

/**
 * What import says about a sheet, in Japanese: each message names the mistake and the fix. A
 * message about a withheld row never quotes a cell of that row.
 */
final class ImportMessages {

  private ImportMessages() {}

  static String unreadableWorkbook(String reason) {
    return "Excel のファイルとして読めません（" + reason + "）。Excel で開いて「Excel ブック (*.xlsx)」として保存し直してください。";
  }

  static String noTable(List<String> sheets) {
    return "表の見出しの行（NO、所属、発生日、事案の概要、発生原因、対応、二次被害の有無、再発防止策、備考）が見つかりません（調べたシート: "
        + String.join("、", sheets)
        + "）。見出しの行が表の上にあるか確かめてください。";
  }

  static String severalTables(List<String> sheets) {
    return "表のあるシートが "
        + sheets.size()
        + " つあります（"
        + String.join("、", sheets)
        + "）。--sheet でシートの名前を指定してください。";
  }

  static String noSuchSheet(String sheet, List<String> sheets) {
    return "シート「" + sheet + "」がありません（あるシート: " + String.join("、", sheets) + "）。";
  }

  static String noTableOnSheet() {
    return "このシートに表の見出しの行（NO、所属、発生日、事案の概要…）が見つかりません。";
  }

  static String missingColumn(String label) {
    return "「" + label + "」の列がありません。見出しの行に「" + label + "」の列を加えてください。";
  }

  static String duplicateColumn(String label, String firstColumn) {
    return "「" + label + "」の列が二つあります（もう一つは " + firstColumn + " 列）。どちらか一方の見出しを直してください。";
  }

  /**
   * @param columns the labels of the columns the heading joins
   */
  static String combinedColumn(String heading, List<String> columns) {
    String parts = String.join("」と「", columns);
    return "「"
        + heading
        + "」の列は「"
        + parts
        + "」を一つの列にまとめているため、分けて取り込めません。シートでこの列を「"
        + parts
        + "」の別々の列に分け、それぞれの見出しの下に書き分けてから、取り込み直してください。";
  }

  static String empty(String key) {
    return "「" + label(key) + "」が空です。公表する事案には必ず書いてください。";
  }

  static String emptyWithheld(String key) {
    return "「" + label(key) + "」が空です。非公表の事案にも必ず書いてください。";
  }

  /**
   * @param reason the data files' own date message (kohyo.check.DateParser)
   */
  static String unreadableDate(String value, String reason) {
    return reason.contains("存在しない")
        ? "発生日「" + value + "」は存在しない日付です（元号の期間外の日付を含みます）。"
        : "「" + value + "」を発生日として読めません。R7.4.25、令和7年4月25日、2025/4/25 のいずれかの形か、Excel の日付にしてください。";
  }

  static String dateWithoutYear(String value) {
    return "発生日「"
        + value
        + "」に年がなく、表題に年度もないため、年が分かりません。令和6年10月3日 のように年まで書くか、--fiscal-year で年度を指定してください。";
  }

  /**
   * @param withReiwa the date as it would read in 令和, as an example of the fix
   */
  static String dateWithoutEra(String value, String withReiwa) {
    return "発生日「" + value + "」に元号がないため、どの年か分かりません。令和なら " + withReiwa + " のように、元号を付けてください。";
  }

  static String wrongWeekday(String value, char typed, char actual) {
    return "発生日「"
        + value
        + "」の曜日（"
        + typed
        + "）が日付と合いません（その日は"
        + actual
        + "曜日です）。日付と曜日のどちらが正しいか確かめて直してください。";
  }

  static String unreadableDateRedacted() {
    return "発生日として読めません（非公表の事案のため値は示しません）。R7.4.25 や 2025/4/25 の形か、Excel の日付にしてください。";
  }

  static String notADateNumber() {
    return "数値を発生日として読めません。Excel の日付か、R7.4.25 や 2025/4/25 の形にしてください。";
  }

  static String damage(String value) {
    return "二次被害の有無「" + value + "」を読めません。「有」か「無」（○・×、あり・なし も可）にしてください。";
  }

  static String damageRedacted() {
    return "二次被害の有無を読めません（非公表の事案のため値は示しません）。「有」か「無」にしてください。";
  }

  static String number(String value) {
    return "NO「" + value + "」を番号として読めません。1、2、3 のような数字にするか、空にしてください（kohyo が発生日順に振ります）。";
  }

  static String duplicateNumber(String no, int firstRow) {
    return "NO " + no + " が " + firstRow + " 行目と重複しています。同じ事案を二度書いていないか確かめてください。";
  }

  static String publication(String value) {
    return "公表の欄「" + value + "」を読めません。「公表」か「非公表」にしてください（空なら公表）。";
  }

  static String criterion() {
    return "非公表基準を読めません。該当する非公表基準の番号（1、2…）を数字で書いてください。";
  }

  static String criterionMissing() {
    return "非公表の事案には、該当する非公表基準の番号（1、2…）が要ります。";
  }

  static String statementWithoutCriterion() {
    return "非公表の事案の行ですが、どの非公表基準に該当するか分かりません。「非公表基準(3)に該当するため非公表」のように、基準の番号を書いてください。";
  }

  static String noCriterionColumn() {
    return "非公表の事案がありますが、非公表基準の列がありません。「非公表基準」の列を加え、番号（1〜4）を書いてください。";
  }

  static String errorValue(String code) {
    return "セルがエラー値（" + code + "）です。数式を直すか、値を書いてください。";
  }

  static String errorValueRedacted() {
    return "セルがエラー値です（非公表の事案）。数式を直すか、値を書いてください。";
  }

  static String titleConflict(String what, String title, String option) {
    return "表題の" + what + "は「" + title + "」ですが、" + option + " が指定されています。どちらかに合わせてください。";
  }

  static String label(String key) {
    return key.equals(Schema.DAMAGE) ? "二次被害の有無" : key;
  }
}
