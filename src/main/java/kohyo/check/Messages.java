package kohyo.check;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every message the check stage gives, in one place: what is wrong and how to fix it, in Japanese.
 * The editor shows the same words next to its form fields as the command line prints after {@code
 * path:line:column:}.
 *
 * <p>A message that may concern a withheld case names the field, never its value.
 */
public final class Messages {

  private Messages() {}

  /** Printed once under a run's problems when any is a personal-data finding. */
  public static String personalDataHint() {
    return "個人情報らしき文字列は、削除するか伏せ字にしてください。公表してよいと確認したものは、" + "その事案ファイルの「確認済み」に種別・文字列・理由を書けます。";
  }

  // --- the shape of a file

  static String emptyFile() {
    return "ファイルが空です。";
  }

  static String notAMapping() {
    return "「キー: 値」の形で書いてください。";
  }

  static String keyNotText() {
    return "キーは文字列で書いてください。";
  }

  static String duplicateKey(String key) {
    return "キー「"
        + key
        + "」が二度書かれています（YAML では後の方だけが残り、前の方は黙って消えます）。複数の行に分けるなら、1 つの「"
        + key
        + ": |-」の下に半角空白 2 つで字下げして並べてください。";
  }

  static String duplicateKeyRedacted() {
    return "同じキーが二度書かれています（YAML では後の方だけが残ります）。複数の行に分けるなら、1 つのキーに「|-」を付けて、その下に字下げして並べてください。";
  }

  static String unknownKey(String key, Optional<String> nearest, Collection<String> valid) {
    return "「" + key + "」は使えないキーです。" + suggestion(nearest, "使えるキー", valid);
  }

  static String invisibleInKey(String key, String codes) {
    return "キー「"
        + key
        + "」に見えない文字（"
        + codes
        + "）が入っています（Word や Web ページからの貼り付けで"
        + "入ります）。その行のキーを消して「"
        + key
        + "」と打ち直してください。";
  }

  static String unknownKeyRedacted(Collection<String> valid) {
    return "使えないキーがあります。使えるキー: " + String.join("、", valid);
  }

  static String missing(String key) {
    return "必須の項目「" + key + "」がありません。";
  }

  static String listWrittenAsText(String key) {
    return "「"
        + key
        + "」は 1 つの文として読まれ、各行の「- 」がそのまま PDF に出ます。項目の並び（リスト）にするなら、「"
        + key
        + ":」の後ろの「|-」を削除してください（編集画面では「箇条書きにする」を押します）。";
  }

  static String emptyValue(String key) {
    return "「" + key + "」の値が空です。";
  }

  static String oneLine(String key) {
    return "「" + key + "」は 1 行で書いてください。";
  }

  static String numberTooLarge(String key) {
    return "「" + key + "」の数が大きすぎます。";
  }

  static String emptyListItem(String key) {
    return "「" + key + "」のリストの項目は空でない文字列にしてください。";
  }

  static String colonInListItem(String key) {
    return "「"
        + key
        + "」のリストの項目の中の「: 」（半角コロンと半角空白）を、YAML はキーと値の区切りと読み、項目が「キー: 値」の組になっています。"
        + "コロンを全角の「：」にするか、項目全体を半角の「\"」で囲んでください。";
  }

  static String flowCollection(String key, char first) {
    return "「"
        + key
        + "」の値が「"
        + first
        + "」で始まるため、YAML の"
        + (first == '[' ? "リスト" : "「キー: 値」の組")
        + "と読まれました。文字として書くなら値全体を半角の「\"」で囲んでください。記号が不要なら削除してください。";
  }

  static String emptyList(String key) {
    return "「" + key + "」のリストが空です。";
  }

  static String wrongType(String key, String expected, String actual) {
    return "「" + key + "」は" + expected + "で書いてください（" + actual + "になっています）。";
  }

  // --- period.yaml

  static String fiscalYearRange(int first, int last) {
    return "「年度」は西暦の年（例: 2025 = 令和7年度）で、" + first + "〜" + last + " の範囲で書いてください。";
  }

  static String fiscalYearForm() {
    return "「年度」は 2025、令和7、R7、令和元 のように書いてください（全角数字も可。「令和7年度」の「年度」は書いても書かなくても同じです）。";
  }

  static String half() {
    return "「区分」は 上半期 または 下半期 と書いてください。";
  }

  // --- case files

  static String damage() {
    return "「"
        + Schema.DAMAGE
        + "」は "
        + Schema.DAMAGE_YES
        + " または "
        + Schema.DAMAGE_NO
        + " と書いてください。";
  }

  static String publicationValue() {
    return "「"
        + Schema.PUBLICATION
        + "」は "
        + Schema.VALUE_PUBLISHED
        + " または "
        + Schema.VALUE_WITHHELD
        + " と書いてください（非公表にする事案なら「"
        + Schema.PUBLICATION
        + ": "
        + Schema.VALUE_WITHHELD
        + "」です）。";
  }

  static String criterionWithoutWithholding() {
    return "「非公表基準」は「公表: 非公表」の事案にだけ書けます。非公表にする事案なら「公表: 非公表」を書いてください。";
  }

  static String misspeltWithholding() {
    return "非公表の事案かもしれないため、内容を示さずに検査しました。" + "非公表にする事案なら「公表: 非公表」と「非公表基準」を正しいキーで書いてください。";
  }

  /**
   * @param criteria how many criteria the publisher lists; empty when its file is broken
   */
  static String criterionMissing(OptionalInt criteria) {
    return "非公表の事案には「非公表基準」"
        + (criteria.isPresent() ? "（" + criterionRange(criteria.getAsInt()) + " の番号）" : "の番号")
        + "が必要です。";
  }

  /**
   * A 非公表基準 number the publisher does not list. Names the valid numbers and where the list is,
   * never the number written (the file is withheld).
   *
   * @param publisherFile the publisher file the criteria come from, empty for the installation's
   */
  static String criterionRange(int criteria, Optional<String> publisherFile) {
    return "「非公表基準」は "
        + criterionRange(criteria)
        + " の番号で書いてください"
        + publisherFile.map(f -> "（" + f + " の非公表基準は " + criteria + " 項目です）").orElse("")
        + "。";
  }

  private static String criterionRange(int criteria) {
    return criteria == Schema.FIRST_CRITERION
        ? Integer.toString(criteria)
        : Schema.FIRST_CRITERION + "〜" + criteria;
  }

  static String dateShape() {
    return dateShape(Schema.DATE);
  }

  static String dateOutside(Object start, Object end) {
    return "発生日が期間（" + start + "〜" + end + "）の外です。";
  }

  /** The date inside the period with the same month and day, written as the clerk writes dates. */
  static String dateOutsideMeant(Object start, Object end, String meant) {
    return dateOutside(start, end) + "年の書き誤りで、期間内の「" + meant + "」ではありませんか。";
  }

  /** For a withheld case: the same hint without the date, which would quote the case. */
  static String dateOutsideYear(Object start, Object end) {
    return dateOutside(start, end) + "期間内に同じ月日があります。年の書き誤りではありませんか。";
  }

  static String dateFormat(String field) {
    return field + "の形式が正しくありません。2025-04-25、R7.4.25、令和7年4月25日 のいずれかで書いてください。";
  }

  /**
   * @param why one of the reasons below: {@link #monthLength} names the month, the others nothing
   */
  static String dateDoesNotExist(String field, String why) {
    return field + "が存在しない日付です（" + why + "）。";
  }

  /** 「2025年11月は30日までです」, 「令和8年2月は28日までです」. */
  static String monthLength(String year, int month, int days) {
    return year + month + "月は" + days + "日までです";
  }

  /** A day past its month's end, without naming the month (a withheld case). */
  static String pastMonthEnd() {
    return "日がその月の日数を超えています";
  }

  static String monthRange() {
    return "月は 1〜12 で書きます";
  }

  static String dayRange() {
    return "日は 1〜31 で書きます";
  }

  /** 「令和は令和元年5月1日からです」: a 和暦 date before its era began. */
  static String eraFrom(String era, String first) {
    return era + "は" + first + "からです";
  }

  /** 「平成は平成31年4月30日までです」: a 和暦 date after its era ended. */
  static String eraUntil(String era, String last) {
    return era + "は" + last + "までです";
  }

  /** A 和暦 date outside its era, without naming either (a withheld case). */
  static String outsideEra() {
    return "元号の期間外の日付です";
  }

  static String dateTrailing(String field) {
    return field + "の後ろに日付でない文字（曜日など）があります。日付だけを書いてください（例: 2025-06-03、R7.6.3）。";
  }

  static String dateWithoutYear(String field) {
    return field + "に年がありません。令和7年4月25日、R7.4.25、2025-04-25 のように年から書いてください。";
  }

  static String dateWithoutYearMeant(String field, String meant) {
    return field + "に年がありません。期間内なら「" + meant + "」です。このように年から書いてください。";
  }

  // --- 個別公表日

  static String dateShape(String key) {
    return "「" + key + "」は 2025-04-25 のような日付で書いてください。";
  }

  static String individualBeforeOccurrence(Object individual, Object occurred) {
    return "個別公表日（" + individual + "）が発生日（" + occurred + "）より前です。";
  }

  /**
   * 備考 says 「…個別公表事案」 for another day than 個別公表日. Both are named: the clerk decides which is right.
   */
  static String individualMismatch(String typed, Object individual, String printed) {
    return "備考の「"
        + typed
        + "」と個別公表日（"
        + individual
        + "）が食い違っています。どちらかを直してください（個別公表日があれば、備考の「"
        + printed
        + "」は kohyo が書くので、手で書かなくてかまいません）。";
  }

  // --- publisher.yaml

  static String publisherCriteriaShape() {
    return "「" + Schema.CRITERION + "」は「- 」で始まる項目のリストで書いてください（上から順に (1)(2)… の番号が付きます）。";
  }

  static String publisherCriteriaCount(int count) {
    return "「"
        + Schema.CRITERION
        + "」は "
        + Schema.FIRST_CRITERION
        + "〜"
        + Schema.MAX_CRITERIA
        + " 項目で書いてください（"
        + count
        + " 項目あります）。";
  }

  static String publisherCriterionItem() {
    return "「" + Schema.CRITERION + "」の項目は空でない 1 行の文字列で書いてください。";
  }

  static String publisherCriterionNumbered(String number) {
    return "「"
        + Schema.CRITERION
        + "」の項目の先頭の「"
        + number
        + "」を消してください（番号 (1)(2)… は kohyo が上から順に付けます）。";
  }

  static String publisherTitlePlace(String place, Collection<String> places) {
    return "「"
        + Schema.TITLE
        + "」の {"
        + place
        + "} には何も差し込めません（使えるのは "
        + String.join(" ", places.stream().map(p -> "{" + p + "}").toList())
        + "）。";
  }

  // --- characters

  static String lineTooLong(String key, int length, int max) {
    return "「" + key + "」の 1 行が長すぎます（" + length + " 文字。上限は " + max + " 文字）。改行で区切るか、内容を確かめてください。";
  }

  static String controlCharacter(String key, String code) {
    return "「" + key + "」に表示できない制御文字・私用文字 " + code + " があります。";
  }

  static String notInFont(String key, String character, String code) {
    return "「"
        + key
        + "」の文字「"
        + character
        + "」（"
        + code
        + "）は同梱フォントにありません。別の字形（常用の字体など）に置き換えてください。";
  }

  // --- 確認済み

  static String acknowledgementsShape() {
    return "「"
        + Schema.ACKNOWLEDGED
        + "」は「- "
        + Schema.ACK_KIND
        + ": …」「"
        + Schema.ACK_TEXT
        + ": …」「"
        + Schema.ACK_REASON
        + ": …」の組のリストで書いてください。";
  }

  static String acknowledgementShape() {
    return "「"
        + Schema.ACKNOWLEDGED
        + "」の項目は「"
        + Schema.ACK_KIND
        + "」「"
        + Schema.ACK_TEXT
        + "」「"
        + Schema.ACK_REASON
        + "」の 3 つを書いた組にしてください。";
  }

  static String acknowledgementUnknownKey(String key, Optional<String> nearest) {
    return "「"
        + key
        + "」は「"
        + Schema.ACKNOWLEDGED
        + "」の項目に使えないキーです。"
        + suggestion(nearest, "使えるキー", Schema.ACK_KEYS);
  }

  static String acknowledgementValue(String key) {
    return "「" + Schema.ACKNOWLEDGED + "」の「" + key + "」は空でない 1 行の文字列で書いてください。";
  }

  static String acknowledgementMissing(String key) {
    return "「" + Schema.ACKNOWLEDGED + "」の項目に「" + key + "」がありません。";
  }

  static String acknowledgementUnknownKind(
      String label, Optional<String> nearest, Collection<String> kinds) {
    return "「" + label + "」は種別の名前ではありません。" + suggestion(nearest, "使える種別", kinds);
  }

  static String acknowledgementUnused(String kind, String text) {
    return "「"
        + Schema.ACKNOWLEDGED
        + "」の "
        + kind
        + "「"
        + text
        + "」は、公表する項目のどこにも見つかりません。不要なら取り除いてください。";
  }

  // --- personal data

  /** Stands for a line break inside a quoted finding, so that a message stays on one line. */
  static final String LINE_BREAK = "⏎";

  /** {@code 種別: 文字列}; a string written over two lines shows its break as ⏎. */
  static String personalData(String kind, String text) {
    return kind + ": " + shown(text);
  }

  /** A found string as messages quote it: its line breaks (and the spaces around them) as ⏎. */
  static String shown(String text) {
    return text.replaceAll("[ \\t\\u3000]*\\R[ \\t\\u3000]*", LINE_BREAK);
  }

  static String tooManyFindings() {
    return "個人情報らしき文字列が多すぎるため、ここから先は表示していません。";
  }

  private static String suggestion(
      Optional<String> nearest, String listLabel, Collection<String> valid) {
    return nearest
        .map(s -> "「" + s + "」の誤りではありませんか。")
        .orElse(listLabel + ": " + String.join("、", valid));
  }
}
