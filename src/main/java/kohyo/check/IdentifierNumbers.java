package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers that identify a person because of what they are called: 被保険者番号 12345678, 口座番号
 * 1234567, 受給者証番号：…, 旅券番号 TK1234567, 学籍番号 S2114057, 患者ID：00728415, 住民票コード（…）, 身体障害者手帳（第04512号）.
 *
 * <p>The label decides, not the digits: a number is a person's when its label names a person (a
 * word ending in 者, 員, 生, 児: 被保険者, 利用者, 職員, 学生, 園児) or a document that belongs to one person (保険証,
 * 免許証, 旅券, 口座, カルテ, 診察券, 手帳, 在留カード, 住民票, 基礎年金, 学籍). 契約番号, 図面番号, 文書番号 and 議案番号 name things, and are
 * left alone.
 */
final class IdentifierNumbers {

  private static final String PERSON =
      "[一-龥]{0,5}(?:(?<!業)者|員|生|児|(?<![法])人)(?:証)?"
          + "|(?:被保険者|保険|健康保険|介護保険|医療)?証"
          + "|保険証|被保険者証|受給者証|医療証|免許証|運転免許|旅券|パスポート|口座|預金口座|カルテ|診察券|患者|会員|児童|生徒|学籍|受験|受検"
          + "|ケース|世帯|宛名|住民票|在留カード|特別永住者証明書|基礎年金|年金|手帳|障害者手帳|身体障害者手帳|療育手帳|精神障害者保健福祉手帳"
          + "|個人|顧客|本人|証書|医療券|マイナ|社員|職員|従業員|組合員|加入者|受給者|利用者";

  private static final Pattern LABEL =
      Pattern.compile(
          "(?:"
              + PERSON
              + ")(?:の)?(?:(?:番号|ID|Id|id|No\\.?|NO\\.?|№|コード|記号・?番号|整理番号)(?![一-龥ぁ-んァ-ヶ])"
              + "|(?=[ :(「]*(?:番号 ?)?[A-Za-z]{0,4}-?第?[0-9]))");

  /** Between the label and the number: spaces, a colon, a bracket, 第. */
  private static final Pattern VALUE =
      Pattern.compile(
          "^[ :=#(「『]{0,4}((?:記号 ?[0-9A-Za-z\\-]+ ?)?)(番号 ?)?"
              + "([A-Za-z]{0,4}-?第?[0-9][0-9A-Za-z\\-]*(?:号)?)");

  private IdentifierNumbers() {}

  static List<int[]> find(ScanText scan) {
    String t = scan.digits();
    List<int[]> found = new ArrayList<>();
    Matcher label = LABEL.matcher(t);
    int from = 0;
    while (from < t.length() && label.find(from)) {
      int end = label.end();
      String rest = t.substring(end, Math.min(t.length(), end + 40));
      Matcher value = VALUE.matcher(rest);
      from = Math.max(label.end(), label.start() + 1);
      if (!value.find()) {
        continue;
      }
      // 記号 12 番号 3456 (a health insurance card) is reported from its 記号 on
      String v = value.group(3);
      boolean labelled =
          label.group().matches(".*(?:番号|ID|Id|id|No\\.?|NO\\.?|№|コード)$") || value.group(2) != null;
      boolean ordinal = v.contains("第");
      if (!labelled && !ordinal) {
        continue;
      }
      int digits = (int) v.chars().filter(c -> c >= '0' && c <= '9').count();
      if (digits < 3) {
        continue;
      }
      int start = end + (value.group(1).isEmpty() ? value.start(3) : value.start(1) + 2);
      while (t.charAt(start) == ' ') {
        start++;
      }
      int stop = end + value.end(3);
      found.add(new int[] {start, stop});
      from = stop;
    }
    return found;
  }
}
