package kohyo.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every message of the load stage that is not a row of the {@link Mistake} table: missing or
 * misplaced files, and SnakeYAML's own problems in Japanese for the failures that no row explains.
 *
 * <p>SnakeYAML's text is never echoed: some of its messages quote the offending content, and the
 * file might be a withheld case.
 */
public final class LoadMessages {

  /** Shared with the check stage's wording for tags that do get composed. */
  public static final String TYPE_TAG = "型タグ（!! や ! で始まる指定）は使えません。値だけを書いてください。";

  static final String SYNTAX = "YAML の書き方に誤りがあります";

  private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

  static {
    // the composer refuses every non-standard tag before anything could be built from it
    BY_PREFIX.put("Global tag is not allowed", TYPE_TAG);
    BY_PREFIX.put(
        "mapping values are not allowed",
        "ここでは「: 」（半角コロンと半角空白）を使えません。値の中の「: 」なら、コロンを全角の「：」にするか、値全体を半角の「\"」で囲んでください。");
    BY_PREFIX.put(
        "could not find expected ':'", "キーの後ろに「: 」が見つかりません（キーの「:」が抜けているか、前の行の値が字下げなしで続いています）。");
    BY_PREFIX.put(
        "found undefined alias", "「*」で始まる値は YAML の別名（エイリアス）と読まれます。文字として書くなら、値全体を半角の「\"」で囲んでください。");
    BY_PREFIX.put("found duplicate anchor", "同じアンカー名（&名前）が二度使われています。");
    BY_PREFIX.put(
        "found unexpected end of stream", "引用符が閉じられないままファイルが終わっています。値の終わりにも同じ引用符を書いてください。");
    BY_PREFIX.put(
        "found unknown escape character",
        "「\"」で囲んだ値の中に使えない「\\」があります。「\\」を「\\\\」にするか、値全体を半角の「'」で囲んでください。");
    BY_PREFIX.put("expected <block end>", "字下げが揃っていません。同じ階層のキーやリストの「-」は、同じ位置から書いてください。");
    BY_PREFIX.put("did not find expected key", "字下げが揃っていないか、キーがありません。");
    BY_PREFIX.put("did not find expected '-' indicator", "リストの字下げが揃っていません。同じリストの「-」は同じ位置に揃えてください。");
    BY_PREFIX.put("did not find expected node content", "値がありません。");
    BY_PREFIX.put(
        "sequence entries are not allowed",
        "ここではリストの「- 」を使えません。リストはキーの次の行から「  - 」で 1 項目 1 行に書いてください。");
    BY_PREFIX.put(
        "expected chomping or indentation indicators",
        "「|」や「>」の後ろに使えない文字があります。「|-」と書いて改行し、次の行から値を書いてください。");
    BY_PREFIX.put(
        "expected a comment or a line break", "「|」や「>」の後ろには何も書けません。「|-」と書いて改行し、次の行から値を書いてください。");
    BY_PREFIX.put("expected a single document", "1 つのファイルに書ける文書は 1 つです（「---」を取り除いてください）。");
    BY_PREFIX.put(
        "found unexpected document separator", "行頭の「---」や「...」は YAML の文書の区切りです。取り除いてください。");
    BY_PREFIX.put("found character", "この位置では使えない文字があります（値の先頭の「@」「`」など）。値全体を半角の「\"」で囲んでください。");
    BY_PREFIX.put(
        "expected alphabetic or numeric character",
        "値の先頭の「&」や「*」は YAML の記号です。文字として書くなら、値全体を半角の「\"」で囲んでください。");
    BY_PREFIX.put("found duplicate key", "同じキーが二度書かれています。");
    BY_PREFIX.put("while scanning a simple key", "キーの後ろに「: 」が見つかりません。");
  }

  private LoadMessages() {}

  static String translate(String problem) {
    if (problem != null) {
      for (Map.Entry<String, String> e : BY_PREFIX.entrySet()) {
        if (problem.startsWith(e.getKey())) {
          return e.getValue().equals(TYPE_TAG) ? TYPE_TAG : SYNTAX + ": " + e.getValue();
        }
      }
    }
    return SYNTAX + "。";
  }

  /** SnakeYAML reports its safety limits without a position. */
  static String translateLimit(String message) {
    String m = message == null ? "" : message;
    if (m.contains("aliases")) {
      return "エイリアス（*名前）が多すぎます（上限 " + YamlReader.MAX_ALIASES + "）。";
    }
    if (m.contains("Nesting Depth")) {
      return "入れ子が深すぎます（上限 " + YamlReader.MAX_NESTING + " 段）。";
    }
    if (m.contains("code points")) {
      return "ファイルが大きすぎます。";
    }
    if (m.contains("Recursive key")) {
      return "自分自身を参照するキーは使えません。";
    }
    return "YAML として読めません。";
  }

  static String tooDeep() {
    return "入れ子が深すぎます。";
  }

  static String controlCharacter(int codePoint) {
    return String.format("使用できない制御文字 U+%04X があります。", codePoint);
  }

  static String tooLarge(long size) {
    return "ファイルが大きすぎます（" + size + " バイト。上限は " + YamlReader.MAX_FILE_BYTES + " バイト）。";
  }

  static String unreadable(String why) {
    return "ファイルを読めません（" + why + "）。";
  }

  // --- the period folder

  static String noFolder() {
    return "期間のフォルダーが見つかりません。";
  }

  static String noPeriodFile() {
    return PeriodReader.PERIOD_FILE + " がありません（公表主体・年度・区分を書くファイルです）。";
  }

  static String tooManyCaseFiles(int count, int limit) {
    return String.format(
        "事案ファイルが %,d 件あります。1 つの期間で扱えるのは %,d 件までです"
            + "（メモリーと時間は件数に比例してかかります。1 つの PDF として読める量でもなくなります）。"
            + "フォルダーの指定が正しいか確かめ、正しければ期間を分けてください。",
        count, limit);
  }

  static String noCasesFolder() {
    return PeriodReader.CASES_DIR + " フォルダーがありません（事案が 1 件もない期間は空の cases フォルダーを置いてください）。";
  }

  static String notAFile(String name) {
    return name + " がファイルではありません。";
  }

  static String linkInCases() {
    return "cases フォルダーの中のシンボリックリンクは読みません。リンクではなく、事案ファイルそのものを置いてください。";
  }

  static String folderInCases() {
    return "cases フォルダーの中にフォルダーは置けません（中の事案は読み込まれません）。";
  }

  static String notYaml() {
    return "事案ファイルの名前は .yaml で終えてください（このファイルは読み込まれていません）。";
  }

  static String casesUnreadable(String why) {
    return "事案フォルダーを読めません（" + why + "）。";
  }
}
