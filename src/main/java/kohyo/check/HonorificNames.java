package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a name followed by an honorific or title: 田中様, 田中 太郎さん, 山田氏, スミス様, Smith氏, 鈴木殿.
 *
 * <p>Japanese has no spaces, so "the name" is the run of kanji (or katakana, or Latin letters) just
 * before the honorific, at most four characters. What makes this usable on official text is what it
 * leaves alone: words that are not names (様式, 氏名, 同様, 担当者様, 事業所様, 皆さん, 先生), placeholders that
 * already hide a name (○○様, 〇〇氏, 参加者①, 事業者A) and anything in hiragana (たくさん).
 */
final class HonorificNames {

  private static final String[] HONORIFICS = {"さま", "さん", "くん", "ちゃん", "様", "氏", "殿", "君"};

  /** What may not follow the honorific for it to be one: 様式, 様子, 様々, 氏名, 氏族, 殿下, 君主. */
  private static final Set<String> NOT_FOLLOWED_BY =
      Set.of("様式", "様子", "様々", "様相", "様態", "氏名", "氏族", "殿下", "殿堂", "君主", "君臨", "さんま", "さんご");

  /** A single kanji before 様・さん… that makes an ordinary word: 同様, 模様, 皆様, 奥さん, 王様. */
  private static final Set<String> ONE_KANJI_WORDS =
      Set.of(
          "同", "模", "仕", "皆", "神", "王", "多", "態", "異", "有", "貴", "各", "奥", "左", "一", "外", "今", "両",
          "客", "兄", "姉", "母", "父", "娘", "子", "孫", "嫁", "弟", "妹", "方", "御", "若", "親", "彼", "某", "殿",
          "様", "氏", "文", "雛", "仏", "姫", "坊", "爺", "婆", "諸");

  /** Endings of common nouns that take 様 or さん but are not names: 担当者様, 事業所さん, 関係機関様, 先生. */
  private static final List<String> NOUN_ENDINGS =
      List.of(
          "者", "員", "社", "業", "会", "局", "課", "係", "室", "庁", "校", "院", "族", "民", "体", "団", "等", "長",
          "官", "師", "士", "主", "家", "宛", "事", "店", "署", "園", "所", "機関", "各位", "先方", "貴方", "当方",
          "相手方", "双方", "皆", "学生", "先生", "講生", "修生", "了生", "業生", "習生", "校生", "入生", "本人", "個人", "法人",
          "知人", "友人", "住人", "理人", "請人", "求人", "義人", "取人", "証人", "見人", "出人", "続人", "頼人", "当人", "他人",
          "各人", "数人", "一人", "二人", "老人", "成人", "国人", "神様", "仏様", "お客", "様");

  /** Katakana words that take さん or 様 and are roles, not people. */
  private static final Set<String> KATAKANA_ROLES =
      Set.of(
          "スタッフ",
          "ボランティア",
          "メンバー",
          "ユーザー",
          "ユーザ",
          "クライアント",
          "オーナー",
          "ゲスト",
          "ヘルパー",
          "サポーター",
          "ドライバー",
          "パートナー",
          "ママ",
          "パパ",
          "オペレーター",
          "ベンダー",
          "メーカー",
          "センター",
          "チーム",
          "グループ",
          "ショップ",
          "カンパニー",
          "ホテル",
          "クリニック",
          "トレーナー",
          "コーチ",
          "リーダー",
          "マネージャー",
          "ケアマネ",
          "ケアマネージャー");

  /** Characters that stand for a hidden name; a run containing one is a placeholder, not a name. */
  private static final String MASKS = "〇○◯●◎□■△▲×✕＊*＿_?？";

  private static final int MAX_NAME = 4;
  private static final int MAX_RUN = 12;

  private HonorificNames() {}

  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      String honorific = honorificAt(text, i);
      if (honorific == null) {
        continue;
      }
      int start = nameStart(text, i);
      if (start >= 0) {
        found.add(new int[] {start, i + honorific.length()});
      }
      i += honorific.length() - 1;
    }
    return found;
  }

  private static String honorificAt(String text, int i) {
    for (String h : HONORIFICS) {
      if (text.startsWith(h, i)) {
        for (String word : NOT_FOLLOWED_BY) {
          if (text.startsWith(word, i)) {
            return null;
          }
        }
        return h;
      }
    }
    return null;
  }

  /**
   * Where the name before the honorific at {@code end} starts, or -1 when what precedes is not a
   * name.
   */
  private static int nameStart(String text, int end) {
    int runStart = end;
    CharClass cls = end > 0 ? CharClass.of(text.charAt(end - 1)) : CharClass.OTHER;
    if (cls == CharClass.OTHER) {
      return -1;
    }
    // a name is short; looking further back than this only costs time on hostile input
    while (runStart > 0
        && end - runStart < MAX_RUN
        && CharClass.of(text.charAt(runStart - 1)) == cls) {
      runStart--;
    }
    String run = text.substring(runStart, end);
    if (run.substring(Math.max(0, run.length() - MAX_NAME))
        .chars()
        .anyMatch(c -> MASKS.indexOf(c) >= 0)) {
      return -1;
    }
    switch (cls) {
      case KANJI -> {
        int start = Math.max(runStart, end - MAX_NAME);
        String name = text.substring(start, end);
        if (name.length() == 1 && ONE_KANJI_WORDS.contains(name)) {
          return -1;
        }
        for (String ending : NOUN_ENDINGS) {
          if (name.endsWith(ending)) {
            return -1;
          }
        }
        if (start > 0 && text.charAt(start - 1) == 'お') {
          return -1;
        }
        return withFamilyName(text, start, cls);
      }
      case KATAKANA -> {
        if (run.length() < 2
            || KATAKANA_ROLES.contains(run)
            || run.chars().allMatch(c -> c == 'ー')) {
          return -1;
        }
        return withFamilyName(text, runStart, cls);
      }
      case LATIN -> {
        return run.length() < 2 ? -1 : withFamilyName(text, runStart, cls);
      }
      default -> {
        return -1;
      }
    }
  }

  /** 田中 太郎様 is reported whole: a run of the same script one space before the given name. */
  private static int withFamilyName(String text, int givenStart, CharClass cls) {
    int space = givenStart - 1;
    if (space < 1 || text.charAt(space) != ' ' || CharClass.of(text.charAt(space - 1)) != cls) {
      return givenStart;
    }
    int start = space;
    while (start > 0 && CharClass.of(text.charAt(start - 1)) == cls && space - start < MAX_NAME) {
      start--;
    }
    return start;
  }

  private enum CharClass {
    KANJI,
    KATAKANA,
    LATIN,
    OTHER;

    static CharClass of(char c) {
      if (c == '〇'
          || c == '々'
          || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '〆') {
        return KANJI;
      }
      if (c >= 'ァ' && c <= 'ヺ' || c == 'ー') {
        return KATAKANA;
      }
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return LATIN;
      }
      return OTHER;
    }
  }
}
