package kohyo.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The characters clerks type where YAML expects something else, and how messages name them: list
 * bullets, dashes that look like a hyphen, the characters YAML reads as syntax at a value's start,
 * spaces that are not spaces for YAML, and invisible characters pasted from Word or Excel.
 */
final class ClerkCharacters {

  private ClerkCharacters() {}

  /** List bullets that clerks type instead of {@code - }. */
  private static final String BULLETS = "・･•●■◆◇▪◦";

  static boolean isBullet(char c) {
    return BULLETS.indexOf(c) >= 0;
  }

  /** Dashes and stars that look like {@code -} when followed by a space. */
  static final Map<Character, String> WRONG_BULLETS = new LinkedHashMap<>();

  static {
    WRONG_BULLETS.put('ー', "長音記号");
    WRONG_BULLETS.put('ｰ', "半角の長音記号");
    WRONG_BULLETS.put('－', "全角のハイフン");
    WRONG_BULLETS.put('−', "マイナス記号");
    WRONG_BULLETS.put('‐', "ハイフン U+2010");
    WRONG_BULLETS.put('‑', "ハイフン U+2011");
    WRONG_BULLETS.put('–', "ダッシュ U+2013");
    WRONG_BULLETS.put('—', "ダッシュ U+2014");
    WRONG_BULLETS.put('―', "ダッシュ U+2015");
    WRONG_BULLETS.put('*', "YAML では別名（エイリアス）の記号");
    WRONG_BULLETS.put('＊', "全角のアスタリスク");
  }

  /** What YAML reads a value's first character as. */
  static final Map<Character, String> SPECIAL = new LinkedHashMap<>();

  static {
    SPECIAL.put('[', "リストの始まり");
    SPECIAL.put('{', "「キー: 値」の組の始まり");
    SPECIAL.put(']', "リストの終わり");
    SPECIAL.put('}', "組の終わり");
    SPECIAL.put(',', "区切り");
    SPECIAL.put('*', "別名（エイリアス）");
    SPECIAL.put('&', "アンカー");
    SPECIAL.put('!', "型タグ");
    SPECIAL.put('|', "複数行の書き方");
    SPECIAL.put('>', "折り返しの書き方。メールの引用記号なら不要です");
    SPECIAL.put('?', "複雑なキー");
    SPECIAL.put('%', "指令");
    SPECIAL.put('@', "予約された記号");
    SPECIAL.put('`', "予約された記号");
  }

  /** Characters that show nothing; a value of only these prints an empty cell. */
  static final Map<Character, String> INVISIBLE = new LinkedHashMap<>();

  static {
    INVISIBLE.put('\u00A0', "U+00A0（ノーブレークスペース）");
    INVISIBLE.put('\u3000', "U+3000（全角空白）");
    INVISIBLE.put('\u2007', "U+2007（数字幅の空白）");
    INVISIBLE.put('\u202F', "U+202F（狭いノーブレークスペース）");
    INVISIBLE.put('\u200B', "U+200B（幅のない空白）");
    INVISIBLE.put('\u2060', "U+2060（単語結合子）");
    INVISIBLE.put('\uFEFF', "U+FEFF（BOM）");
  }

  static final Map<Character, String> SEPARATORS =
      Map.of(
          '\u2028', "U+2028（行区切り）",
          '\u2029', "U+2029（段落区切り）",
          '\u0085', "U+0085（NEL）");

  /** A space that looks like one but is not one for YAML: full-width, no-break and the like. */
  static boolean isOddSpace(char c) {
    return c == '\u3000'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c >= '\u2002' && c <= '\u200A';
  }

  /** How a message names an odd space: what it is and its code. */
  static String describeOddSpace(char c) {
    return switch (c) {
      case '\u3000' -> "全角空白「　」（U+3000）";
      case '\u00A0' -> "見えない空白 U+00A0（ノーブレークスペース）";
      default -> String.format("見えない空白 U+%04X", (int) c);
    };
  }
}
