package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.check.Morphology.Morpheme;

/**
 * Finds people's names, with or without an honorific: 山田花子, 田中 太郎様, 佐野（さの）様, 新井係長, 相談者の水野から, ナカガワ
 * ミユキ, Ms. Yuko Hirano, Tanaka-san.
 *
 * <p>The morphological analyser says which words are names (名詞-固有名詞-人名-姓/名) or places that double
 * as family names (宮崎, 山口); the context says whether a word is used as a name: a given name after
 * it, an honorific (様, さん, 氏, 殿, 君, ちゃん) or a title (係長, 先生) after it, a role before it (相談者の…), or
 * a label (氏名：). What the analyser knows as an ordinary noun is a role, not a name, even with 様 or
 * さん after it (利用者様, 主治医さん, ご遺族様, 議長殿), and the publication's own placeholders (○○様, A様, 参加者①) stay
 * what they are.
 */
final class PersonNames {

  private static final Set<String> HONORIFICS =
      Set.of("様", "さま", "さん", "氏", "殿", "君", "くん", "ちゃん", "どの");

  /** Titles that follow a family name: 新井係長, 吉村先生. */
  private static final Set<String> TITLES =
      Set.of(
          "先生", "係長", "課長", "課長補佐", "補佐", "主査", "主任", "主事", "主幹", "副主幹", "参事", "次長", "部長", "局長",
          "所長", "室長", "班長", "校長", "副校長", "教頭", "教諭", "講師", "医師", "看護師", "保健師", "技師", "議員", "委員",
          "委員長", "会長", "社長", "理事長", "館長", "園長", "院長", "事務長", "支援員", "相談員", "指導員", "専門員", "調査員",
          "弁護士", "司法書士", "税理士", "行政書士", "社会福祉士", "巡査", "警部", "部長補佐", "総括", "主任主事", "技査", "主任技師",
          "教授", "准教授", "助教", "助手", "名誉教授", "医長", "部長代理", "主治医", "担任", "保育士", "看護師長", "師長", "代表取締役",
          "取締役", "理事", "監事", "評議員", "検事", "判事", "裁判官", "記者");

  /**
   * Single kanji that make an ordinary word with 様・さん (同様, 皆様, 奥さん, 王様); any other single kanji
   * standing alone before an honorific is a one-kanji family name (林様, 森さん).
   */
  private static final String ONE_KANJI_WORDS =
      "同模仕皆神王多態異有貴各奥左一外今両客兄姉母父娘子孫嫁弟妹方御若親彼某殿様氏文雛仏姫坊爺婆諸当先隣嬢";

  /** Words before a name that say it is a person's: 相談者の水野から, 保護者 内田. */
  private static final Pattern PERSON_CONTEXT =
      Pattern.compile(
          "(?:者|員|人|師|生|児|童|主|長|父|母|妻|夫|子|娘|息子|家族|遺族|本人|相手方|担当|宛名|氏名|名前|相手|園児|生徒|患者|講師|先生|委員|教員|職員|代理人|世帯主)"
              + "(?:の|:|は|である|\\()? ?$");

  /** A label that makes what follows it a name: 氏名：岩崎 千尋, フリガナ（ナカガワ）. */
  private static final Pattern NAME_LABEL =
      Pattern.compile(
          "(?:氏名|名前|お名前|フリガナ|ふりがな|よみがな|カナ氏名|宛名|名義|名義人|患者名|児童名|生徒名|利用者名|申請者名|被保険者名|受取人|差出人)"
              + "欄? ?[:(「] ?$");

  /** Labels of a form's name field: 氏名, フリガナ, 宛名. */
  private static final List<String> NAME_LABELS =
      List.of(
          "氏名", "名前", "お名前", "フリガナ", "ふりがな", "よみがな", "カナ氏名", "宛名", "名義人", "患者名", "児童名", "生徒名",
          "利用者名", "申請者名", "被保険者名", "受取人", "差出人");

  /** Roles after which a colon introduces the person: 対象者：, 相談者：. */
  private static final List<String> ROLE_LABELS =
      List.of(
          "対象者", "相談者", "申請者", "申出者", "届出人", "請求者", "利用者", "受給者", "被保険者", "患者", "児童", "生徒", "保護者",
          "本人", "相手方", "対応者", "担当者", "世帯主", "代理人", "受任者", "委任者", "死亡者", "被相続人", "相続人");

  /**
   * A label or a role with a colon, after which a name is written: 氏名：, 対象者：, フリガナ（. Tried only
   * where a label begins.
   */
  private static final FirstChars LABEL_BEFORE_NAME =
      new FirstChars(
          Pattern.compile(
              FirstChars.alternation(NAME_LABELS)
                  // the 欄 of a form: ふりがな欄（やまぐち あきこ）
                  + "欄? ?[:(「] ?"
                  + "|"
                  + FirstChars.alternation(ROLE_LABELS)
                  + " ?: ?"),
          FirstChars.of(NAME_LABELS) + FirstChars.of(ROLE_LABELS));

  /** What a form writes after a name label, which is no name: 氏名（フリガナ）欄, 氏名（自署）. */
  private static final Pattern FORM_WORDS =
      Pattern.compile("(?:フリガナ|ふりがな|カタカナ|カナ|ひらがな|漢字|ローマ字|自署|署名|記名|押印|旧姓|通称|本名|不明|未記入|空欄|なし|無し|省略)");

  /** Counters after a list of family names that make it a list of people: 安田、菅原、秋山の3名. */
  private static final Pattern PEOPLE_AFTER =
      Pattern.compile("^(?:の?[0-9一二三四五六七八九十]+(?:名|人)|ら|等|ほか|両名|各氏|氏|の各氏|さん|様)");

  /**
   * Last characters of a word for a person's role or for a body: 利用者様, 主治医さん, 大家さん, 施主様, 事務局様,
   * 代表取締役様, 民生委員さん.
   */
  private static final String ROLE_ENDS =
      "者員人師士医長主手家族方生児童徒親子婦嫁嬢祖賓民任役頭局課係室庁校院社所店署園会団体部先設関館組合協舗業屋宅隣衆陣";

  /** Last characters of an office or a place, not of a given name: 富山 県庁, 高岡 会場. */
  private static final String INSTITUTION_ENDS = "庁所館局課係室部署場駅港市町村区県線湾園校院店社会";

  /** Characters that stand for a hidden name; a name containing one is a placeholder. */
  private static final String MASKS = "〇○◯●◎□■△▲▽▼×✕＊*＿_?？◇◆☆★";

  private static final Pattern HONORED_TITLE =
      Pattern.compile("\\b(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof)\\.? ?((?:[A-Z][A-Za-z'\\-]+ ?){1,3})");
  private static final Pattern LATIN_SAN =
      Pattern.compile("\\b([A-Z][a-z]{2,})[ \\-](?:san|sama|kun|chan|sensei|shi|dono)\\b");
  private static final Pattern CAPS_PAIR =
      Pattern.compile("(?<![A-Za-z0-9])([A-Z]{4,15}),? ([A-Z]{4,15})(?![A-Za-z0-9])");
  private static final Pattern CAPITALIZED_PAIR =
      Pattern.compile("(?<![A-Za-z0-9])([A-Z][a-z]{2,12}) ([A-Z][a-z]{2,12})(?![A-Za-z0-9])");

  /** Yuki SATO, SATO Yuki: a romanised name with the family name in capitals, as on a passport. */
  private static final Pattern MIXED_PAIR =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?:([A-Z][a-z]{1,12}) ([A-Z]{2,15})|([A-Z]{2,15}) ([A-Z][a-z]{1,12}))"
              + "(?![A-Za-z0-9])");

  private static final Pattern ROMAJI =
      Pattern.compile(
          "(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n(?![aiueoy])|(?<=[aiueo])([kstpgdbcm])(?=\\1))+");

  private PersonNames() {}

  static List<int[]> find(ScanText scan) {
    List<int[]> found = new ArrayList<>();
    String text = scan.text();
    if (ScanText.hasJapanese(text)) {
      List<Morpheme> w = scan.words();
      for (int i = 0; i < w.size(); i++) {
        int[] name = nameAt(scan, w, i);
        if (name != null) {
          found.add(name);
        }
      }
      labelled(scan, found);
    }
    latin(text, found);
    return found;
  }

  /** A name whose last word is {@code w[i]} (decided by what follows and precedes it), or null. */
  private static int[] nameAt(ScanText scan, List<Morpheme> w, int i) {
    Morpheme m = w.get(i);
    String text = scan.text();
    if (!m.noun() || masked(m.surface()) || m.number()) {
      return null;
    }
    int next = skipSpace(w, i + 1);
    Morpheme after = next < w.size() ? w.get(next) : null;
    boolean spaced = next > i + 1;

    // 1. a family name and a given name: 山田花子, 中島 正人, 宮崎 蓮, 小林陽翔; any proper noun
    // before a space and a given name is a family name the dictionary files elsewhere (清水 大輔)
    boolean family = familyName(w, i) || spaced && m.properNoun() && !placeSuffixAfter(w, i);
    if (family && after != null && after.givenName()) {
      int end = lastGiven(w, next);
      if (!partOfALongerNoun(scan, w, end)) {
        return new int[] {start(w, i), end};
      }
      // 高野 悠|真: a given name the dictionary splits; the spaced rule below reads the kanji run
    }
    // 2. a family name, a space and a short kanji run: 小野寺 誠の, 工藤 正長 様, 宮田 直人
    if (familyName(w, i)
        && spaced
        && after != null
        && !HONORIFICS.contains(after.surface())
        && !TITLES.contains(after.surface())) {
      int end = kanjiRunEnd(text, after.start());
      int len = end - after.start();
      if (len >= 1
          && len <= 3
          && boundaryAfter(scan, w, end)
          && INSTITUTION_ENDS.indexOf(text.charAt(end - 1)) < 0
          && !after.placeSuffix()) {
        return new int[] {start(w, i), end};
      }
    }
    // 3. a family name and a given name in kana: 田村さくら, 佐々木 ひなたちゃん, 斎藤 ゆうと君; a
    // katakana "family name" run into the katakana before it is the end of a longer word (キャッシュー)
    if (m.surname() && after != null && !katakanaRunIn(text, m)) {
      int end = kanaGivenNameEnd(text, after.start());
      if (end < 0
          && !spaced
          && after.pos().equals("名詞-一般")
          && after.length() >= 2
          && kana(after.surface())
          && ScanText.isHiragana(after.surface().charAt(0))) {
        end = after.end();
      }
      if (end > 0) {
        return new int[] {start(w, i), end};
      }
    }
    // 3b. two katakana names with a space: ナカガワ ミユキ (furigana), スズキ タロウ
    if (spaced && after != null && katakanaName(m) && katakanaName(after)) {
      return new int[] {nameStart(w, i, text), after.end()};
    }
    // 4a. a reading in brackets and an honorific make a name of any word: 平野（ひらの）さま
    if (!masked(m.surface()) && !placeholder(m.surface()) && readingThenHonorific(w, i)) {
      return new int[] {nameStart(w, i, text), m.end()};
    }
    if (!nameLike(w, i, text) || inKatakanaCompound(w, i)) {
      return null;
    }
    // 4. an honorific after it, perhaps after a space or a reading in brackets: 林様, 佐野（さの）様
    int h = honorificAfter(w, i);
    if (h >= 0) {
      return new int[] {nameStart(w, i, text), w.get(i).end()};
    }
    if (!(m.personName() || m.place() || m.properNoun()) || placeSuffixAfter(w, i)) {
      return null;
    }
    // 5. a title after it: 新井係長, 吉村先生
    if (after != null && TITLES.contains(after.surface())) {
      return new int[] {m.start(), m.end()};
    }
    if (!m.surname()) {
      return null;
    }
    boolean ends = after == null || after.particle() || after.symbol() && !after.space();
    // 6. a role or a label before it: 相談者の水野から, 氏名：岩崎
    String before = text.substring(Math.max(0, m.start() - 8), m.start());
    if (ends && (PERSON_CONTEXT.matcher(before).find() || NAME_LABEL.matcher(before).find())) {
      return new int[] {m.start(), m.end()};
    }
    // 7. one of a list of family names that is a list of people: 安田、菅原、秋山の3名
    if (inListOfPeople(w, i, text)) {
      return new int[] {m.start(), m.end()};
    }
    return null;
  }

  private static boolean katakanaRunIn(String text, Morpheme m) {
    return allKatakana(m.surface())
        && m.start() > 0
        && ScanText.isKatakana(text.charAt(m.start() - 1));
  }

  private static boolean katakanaName(Morpheme m) {
    return allKatakana(m.surface()) && m.length() >= 2 && (m.properNoun() || !m.known());
  }

  /**
   * 東山厚生センター: a name run straight into a noun is the name of a place or a body, not a person; a
   * particle, punctuation, a space, an honorific or a title after it keeps it a name.
   */
  private static boolean partOfALongerNoun(ScanText scan, List<Morpheme> w, int end) {
    int k = scan.wordStartingAt(end);
    if (k < 0) {
      return false;
    }
    Morpheme next = w.get(k);
    return next.noun()
        && !next.pos().startsWith("名詞-接尾")
        // ほか, など, ら: 野口 健太ほか41名
        && !next.pos().startsWith("名詞-副詞可能")
        && !next.pos().startsWith("名詞-非自立")
        && !HONORIFICS.contains(next.surface())
        && !TITLES.contains(next.surface())
        && !next.personName();
  }

  /** ケアマネ: a katakana word run into other katakana words is part of one word, not a name. */
  private static boolean inKatakanaCompound(List<Morpheme> w, int i) {
    if (!allKatakana(w.get(i).surface())) {
      return false;
    }
    for (int k = i; k > 0 && w.get(k - 1).end() == w.get(k).start(); k--) {
      Morpheme prev = w.get(k - 1);
      if (!allKatakana(prev.surface())) {
        break;
      }
      if (prev.known() && !prev.properNoun()) {
        return true;
      }
    }
    return false;
  }

  /** A word that can be a family name: the analyser's 姓, or a place name also used as one. */
  private static boolean familyName(List<Morpheme> w, int i) {
    Morpheme m = w.get(i);
    return (m.surname() || m.place() && m.known()) && !placeSuffixAfter(w, i);
  }

  /** Whether the word, standing before an honorific, is a name rather than a role or a word. */
  private static boolean nameLike(List<Morpheme> w, int i, String text) {
    Morpheme m = w.get(i);
    String s = m.surface();
    if (m.personName() || m.place() || m.properNoun()) {
      return !placeholder(s);
    }
    if (m.pos().startsWith("名詞-接尾") || compound(w, i)) {
      // センター長様, 事業所様: the end of a longer word
      return false;
    }
    boolean kanji = allKanji(s);
    boolean katakana = allKatakana(s);
    if (!m.known() && (kanji || katakana) && s.length() >= 2) {
      return true;
    }
    // 平野様: a family name that the dictionary knows only as a word; a role or a body ends in a
    // character that says so (利用者, 主治医, 大家, 施設, 事務局)
    if (kanji
        && s.length() >= 2
        && m.pos().equals("名詞-一般")
        && ROLE_ENDS.indexOf(s.charAt(s.length() - 1)) < 0
        && !followedBy(w, i, "先生")) {
      return true;
    }
    // 林様, 森さん: one kanji on its own is a family name unless it makes a word with the honorific
    return kanji
        && s.length() == 1
        && ONE_KANJI_WORDS.indexOf(s.charAt(0)) < 0
        && (m.start() == 0 || !ScanText.isKanji(text.charAt(m.start() - 1)));
  }

  /** Whether the word after {@code w[i]} (past a space) is {@code word}: 校長先生 is a role. */
  private static boolean followedBy(List<Morpheme> w, int i, String word) {
    int j = skipSpace(w, i + 1);
    return j < w.size() && w.get(j).surface().equals(word);
  }

  /** Whether {@code w[i]} is run into the noun before it (センター|長): part of one word. */
  private static boolean compound(List<Morpheme> w, int i) {
    if (i == 0 || w.get(i - 1).end() != w.get(i).start()) {
      return false;
    }
    Morpheme prev = w.get(i - 1);
    return prev.noun() && !prev.number() || prev.pos().startsWith("接頭詞");
  }

  private static boolean readingThenHonorific(List<Morpheme> w, int i) {
    int j = skipSpace(w, i + 1);
    return j < w.size()
        && w.get(j).surface().equals("(")
        && (allKanji(w.get(i).surface()) || allKatakana(w.get(i).surface()))
        && honorificAfter(w, i) >= 0;
  }

  /** The index of an honorific that belongs to {@code w[i]}, or -1. */
  private static int honorificAfter(List<Morpheme> w, int i) {
    int j = skipSpace(w, i + 1);
    if (j < w.size() && w.get(j).surface().equals("(")) {
      // a reading in brackets: 佐野（さの）様, 山口 結衣（やまぐち ゆい）様
      int k = j + 1;
      while (k < w.size() && k - j < 8 && !w.get(k).surface().equals(")")) {
        if (!kana(w.get(k).surface()) && !w.get(k).space()) {
          return -1;
        }
        k++;
      }
      if (k >= w.size() || !w.get(k).surface().equals(")")) {
        return -1;
      }
      j = skipSpace(w, k + 1);
    }
    if (j >= w.size()) {
      return -1;
    }
    String s = w.get(j).surface();
    if (HONORIFICS.contains(s) || s.equals("様方") || TITLES.contains(s) && s.equals("先生")) {
      return j;
    }
    return -1;
  }

  /** Where the name ending at {@code w[i]} starts: its family name, across a space or a ・. */
  private static int nameStart(List<Morpheme> w, int i, String text) {
    int start = w.get(i).start();
    int k = i;
    while (k > 0) {
      Morpheme prev = w.get(k - 1);
      Morpheme cur = w.get(k);
      if (prev.personName() && cur.personName()) {
        k--;
      } else if (prev.space() && k >= 2 && w.get(k - 2).personName() && cur.personName()) {
        k -= 2;
      } else if (prev.surface().equals("・")
          && k >= 2
          && allKatakana(w.get(k - 2).surface())
          && allKatakana(cur.surface())) {
        k -= 2;
      } else if (allKatakana(prev.surface())
          && allKatakana(cur.surface())
          && !prev.known()
          && prev.end() == cur.start()) {
        k--;
      } else {
        break;
      }
      start = w.get(k).start();
    }
    return start;
  }

  private static int start(List<Morpheme> w, int i) {
    return w.get(i).start();
  }

  /** The end of a run of given-name words (小林 陽 翔 → 陽翔). */
  private static int lastGiven(List<Morpheme> w, int i) {
    int end = w.get(i).end();
    while (i + 1 < w.size() && w.get(i + 1).givenName() && w.get(i + 1).start() == end) {
      i++;
      end = w.get(i).end();
    }
    return end;
  }

  private static boolean placeSuffixAfter(List<Morpheme> w, int i) {
    return i + 1 < w.size()
        && w.get(i + 1).start() == w.get(i).end()
        && (w.get(i + 1).placeSuffix()
            || "市町村区郡県都府道".indexOf(w.get(i + 1).surface().charAt(0)) >= 0);
  }

  private static int skipSpace(List<Morpheme> w, int i) {
    return i < w.size() && w.get(i).space() ? i + 1 : i;
  }

  private static int kanjiRunEnd(String text, int from) {
    int i = from;
    while (i < text.length() && ScanText.isKanji(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** After a name: a space, a particle, punctuation, an honorific, or the end of the text. */
  private static boolean boundaryAfter(ScanText scan, List<Morpheme> w, int end) {
    String text = scan.text();
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (c == ' ' || !Character.isLetterOrDigit(c)) {
      return true;
    }
    int k = scan.wordStartingAt(end);
    if (k < 0) {
      return false;
    }
    Morpheme next = w.get(k);
    return next.particle() || HONORIFICS.contains(next.surface()) || next.surface().equals("様方");
  }

  /** 田村さくら, 佐々木 ひなたちゃん: the end of a kana given name starting at {@code from}, or -1. */
  private static int kanaGivenNameEnd(String text, int from) {
    int i = from;
    while (i < text.length() && ScanText.isHiragana(text.charAt(i)) && i - from < 6) {
      i++;
    }
    int len = i - from;
    if (len < 2) {
      return -1;
    }
    for (String h : List.of("ちゃん", "くん", "さん", "さま", "様", "君", "殿", "氏")) {
      for (int cut = Math.min(len, 4); cut >= 2; cut--) {
        if (text.startsWith(h, from + cut)) {
          return from + cut;
        }
      }
    }
    return -1;
  }

  /** 安田、菅原、秋山の3名: family names joined by 、 or ・, followed by a count of people. */
  private static boolean inListOfPeople(List<Morpheme> w, int i, String text) {
    int first = i;
    while (first >= 2 && separator(w.get(first - 1)) && w.get(first - 2).surname()) {
      first -= 2;
    }
    int last = i;
    while (last + 2 < w.size() && separator(w.get(last + 1)) && w.get(last + 2).surname()) {
      last += 2;
    }
    if (last == first) {
      return false;
    }
    String after =
        text.substring(w.get(last).end(), Math.min(text.length(), w.get(last).end() + 6));
    String before = text.substring(Math.max(0, w.get(first).start() - 8), w.get(first).start());
    return PEOPLE_AFTER.matcher(after).find()
        || PERSON_CONTEXT.matcher(before.replaceAll("[(:「]$", "")).find();
  }

  /**
   * 氏名：長尾 美穂, 対象者：坂本 真由美, フリガナ（ナカガワ ミユキ）: what follows a name label is a name, even where the
   * analyser misreads it, as long as a word in it is a name, a proper noun or unknown to the
   * dictionary (対象者：女性 stays a word).
   */
  private static void labelled(ScanText scan, List<int[]> found) {
    String text = scan.text();
    FirstChars.Search labels = LABEL_BEFORE_NAME.search(text);
    while (labels.find()) {
      Matcher label = labels.match();
      int start = label.end();
      int end = start;
      while (end < text.length() && end - start < 14) {
        char c = text.charAt(end);
        boolean nameChar = ScanText.isKanji(c) || ScanText.isKatakana(c) || ScanText.isHiragana(c);
        if (!nameChar && !(c == ' ' && end > start)) {
          break;
        }
        end++;
      }
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
      if (end - start < 2
          || masked(text.substring(start, end))
          || FORM_WORDS.matcher(text.substring(start, end)).lookingAt()) {
        continue;
      }
      List<Morpheme> w = scan.words();
      boolean name = false;
      for (int k = Math.max(0, scan.wordEndingBy(start));
          k < w.size() && w.get(k).start() < end;
          k++) {
        Morpheme m = w.get(k);
        if (m.start() >= start && (m.personName() || !m.known() && !m.symbol())) {
          name = true;
        }
      }
      // 氏名（あおやま ゆうき）: family and given name in kana, after a label that asks for a name
      String run = text.substring(start, end);
      if (!name && label.group().matches(".*(?:名|名前|フリガナ|ふりがな|カナ).*")) {
        name = kanaFullName(run);
      }
      // 担当者：北浜土木センター, 相談者：総務課 name a body, not a person
      char last = text.charAt(end - 1);
      if (name && INSTITUTION_ENDS.indexOf(last) < 0 && ROLE_ENDS.indexOf(last) < 0) {
        found.add(new int[] {start, end});
      }
    }
  }

  /** Two runs of kana, two characters or more each, with a space between: あおやま ゆうき. */
  private static boolean kanaFullName(String run) {
    int space = run.indexOf(' ');
    if (space < 2 || run.length() - space - 1 < 2 || run.indexOf(' ', space + 1) >= 0) {
      return false;
    }
    return kana(run.substring(0, space)) && kana(run.substring(space + 1));
  }

  private static boolean separator(Morpheme m) {
    return m.surface().equals("、") || m.surface().equals("・") || m.surface().equals(",");
  }

  /**
   * Romanised names. Each pattern is tried only where the text has what every match of it has: a
   * capital followed by a small letter (Mr, Dr, Sato-san), or two Latin words with a space between
   * (SATO Yuki). Most texts with Latin letters have neither (FAX, PDFファイル, USBメモリ), and trying the
   * patterns on all of them was a tenth of a large period's scan.
   */
  private static void latin(String text, List<int[]> found) {
    boolean capitalized = false;
    boolean pair = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
      if (c >= 'a' && c <= 'z' && before >= 'A' && before <= 'Z') {
        capitalized = true;
      } else if (c >= 'A' && c <= 'Z' && before == ' ' && i >= 2) {
        char word = text.charAt(i - 2) == ',' && i >= 3 ? text.charAt(i - 3) : text.charAt(i - 2);
        pair |= word >= 'A' && word <= 'Z' || word >= 'a' && word <= 'z';
      }
    }
    Matcher m;
    if (capitalized) {
      m = HONORED_TITLE.matcher(text);
      while (m.find()) {
        found.add(new int[] {m.start(1), m.start(1) + m.group(1).strip().length()});
      }
      m = LATIN_SAN.matcher(text);
      while (m.find()) {
        found.add(new int[] {m.start(1), m.end(1)});
      }
    }
    if (!pair) {
      return;
    }
    m = CAPS_PAIR.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(1), m.end(2)});
    }
    m = MIXED_PAIR.matcher(text);
    while (m.find()) {
      int a = m.group(1) != null ? 1 : 3;
      if (romaji(m.group(a)) && romaji(m.group(a + 1))) {
        found.add(new int[] {m.start(a), m.end(a + 1)});
      }
    }
    m = CAPITALIZED_PAIR.matcher(text);
    while (m.find()) {
      if (romaji(m.group(1)) && romaji(m.group(2))) {
        found.add(new int[] {m.start(1), m.end(2)});
      }
    }
  }

  /** Whether a word reads as romanised Japanese (Hirano, Yuko), not as English (Google, Drive). */
  static boolean romaji(String word) {
    return ROMAJI.matcher(word.toLowerCase(java.util.Locale.ROOT)).matches();
  }

  private static boolean masked(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (MASKS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A, B, 甲, 乙, X: the publication's stand-ins for a person. */
  private static boolean placeholder(String s) {
    return s.length() == 1 && (ScanText.isLatin(s.charAt(0)) || "甲乙丙丁".indexOf(s.charAt(0)) >= 0);
  }

  private static boolean allKanji(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> ScanText.isKanji((char) c));
  }

  private static boolean allKatakana(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> ScanText.isKatakana((char) c));
  }

  private static boolean kana(String s) {
    return !s.isEmpty()
        && s.chars().allMatch(c -> ScanText.isHiragana((char) c) || ScanText.isKatakana((char) c));
  }
}
