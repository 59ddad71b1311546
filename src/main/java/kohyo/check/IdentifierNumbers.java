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
 * 免許証, 旅券, 口座, カルテ, 診察券, 手帳, 在留カード, 住民票, 基礎年金, 学籍, any カード). 契約番号, 図面番号, 文書番号 and 議案番号 name things,
 * and are left alone.
 */
final class IdentifierNumbers {

  private static final String PERSON =
      "[一-龥]{0,5}(?:(?<!業)者|員|生|児|(?<![法])人)(?:証)?"
          + "|(?:被保険者|保険|健康保険|介護保険|医療)?証"
          + "|保険証|被保険者証|受給者証|医療証|免許証|運転免許|旅券|パスポート|口座|預金口座|カルテ|診察券|患者|会員|児童|生徒|学籍|受験|受検"
          + "|ケース|世帯|宛名|住民票|在留カード|特別永住者証明書|基礎年金|年金|手帳|障害者手帳|身体障害者手帳|療育手帳|精神障害者保健福祉手帳"
          + "|個人|顧客|本人|証書|医療券|マイナ|社員|職員|従業員|組合員|加入者|受給者|利用者"
          // a card is issued to one person: 利用カード, 診察カード, キャッシュカード, ポイントカード
          + "|[一-龥ァ-ヶー]{0,6}カード";

  /**
   * What comes after the person or the document: 番号, ID, No., コード. Found first, since they are
   * rare, and only then is the label before them read (so that the scan is not a search for every
   * word ending in 者). Tried only where one of them can begin.
   */
  private static final FirstChars TAIL =
      new FirstChars(
          Pattern.compile("(?:記号・?番号|整理番号|番号|ID|Id|id|No\\.?|NO\\.?|№|コード)(?![一-龥ぁ-んァ-ヶ])"),
          "記整番IiN№コ");

  private static final Pattern HEAD = Pattern.compile("(?:" + PERSON + ")の?[ :(「]{0,2}$");

  /** 手帳（第04512号）: a document's own number, with no 番号 between. */
  private static final FirstChars ORDINAL =
      new FirstChars(Pattern.compile("第 ?[A-Za-z]{0,3}-?[0-9]{3,}[0-9A-Za-z\\-]* ?号"), "第");

  /**
   * 普通 0612847: a bank account, written as banks print it (the kind of deposit, then the 7-digit
   * account number), which needs no 番号 to be one person's.
   */
  private static final FirstChars ACCOUNT =
      new FirstChars(
          Pattern.compile("(?:普通|当座|貯蓄|総合)(?:預金)?(?:口座)? ?:? ?([0-9]{7})(?![0-9])"), "普当貯総");

  /** Between the label and the number: spaces, a colon, a bracket, 第. */
  private static final Pattern VALUE =
      Pattern.compile(
          "^[ :=#(「『]{0,4}((?:記号 ?[0-9A-Za-z\\-]+ ?[・,、]? ?)?)(?:番号 ?)?"
              + "([A-Za-z]{0,4}-?(?:第 ?)?[0-9][0-9A-Za-z\\-]*(?: ?号)?)");

  private static final int HEAD_REACH = 14;

  private IdentifierNumbers() {}

  static List<int[]> find(ScanText scan) {
    String t = scan.digits();
    List<int[]> found = new ArrayList<>();
    FirstChars.Search tails = TAIL.search(t);
    while (tails.find()) {
      Matcher tail = tails.match();
      if (!HEAD.matcher(t.substring(Math.max(0, tail.start() - HEAD_REACH), tail.start())).find()) {
        continue;
      }
      int end = tail.end();
      Matcher value = VALUE.matcher(t.substring(end, Math.min(t.length(), end + 40)));
      if (!value.find() || digits(value.group(2)) < 3) {
        continue;
      }
      // 記号 12 番号 3456 (a health insurance card) is reported from its 記号 on
      int start = end + (value.group(1).isEmpty() ? value.start(2) : value.start(1) + 2);
      while (t.charAt(start) == ' ') {
        start++;
      }
      found.add(new int[] {start, end + value.end(2)});
    }
    FirstChars.Search ordinals = ORDINAL.search(t);
    while (ordinals.find()) {
      Matcher ordinal = ordinals.match();
      String before = t.substring(Math.max(0, ordinal.start() - HEAD_REACH), ordinal.start());
      if (HEAD.matcher(before).find()) {
        found.add(new int[] {ordinal.start(), ordinal.end()});
      }
    }
    FirstChars.Search accounts = ACCOUNT.search(t);
    while (accounts.find()) {
      Matcher account = accounts.match();
      found.add(new int[] {account.start(1), account.end(1)});
    }
    found.sort(java.util.Comparator.comparingInt(f -> f[0]));
    return found;
  }

  private static int digits(String v) {
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        n++;
      }
    }
    return n;
  }
}
