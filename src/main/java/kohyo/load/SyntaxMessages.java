package kohyo.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Japanese wording for SnakeYAML's English problem texts. The original text is not echoed: some of
 * SnakeYAML's messages quote the offending content, and the file might be a withheld case.
 */
public final class SyntaxMessages {

  /** Shared with the check stage's wording for tags that do get composed. */
  public static final String TYPE_TAG = "型タグ（!! や ! で始まる指定）は使えません。値だけを書いてください。";

  private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

  static {
    // the composer refuses every non-standard tag before anything could be built from it
    BY_PREFIX.put("Global tag is not allowed", TYPE_TAG);
    BY_PREFIX.put(
        "mapping values are not allowed",
        "ここでは「: 」を使えません。値に「: 」を含めるときは値全体を引用符で囲むか「|」の複数行形式にしてください。");
    BY_PREFIX.put("could not find expected ':'", "キーの後に「: 」が見つかりません。");
    BY_PREFIX.put("found undefined alias", "定義されていないエイリアス（*名前）です。");
    BY_PREFIX.put("found duplicate anchor", "同じアンカー名が二度使われています。");
    BY_PREFIX.put("found unexpected end of stream", "引用符が閉じられないままファイルが終わっています。");
    BY_PREFIX.put("found unknown escape character", "引用符の中に使えないエスケープ（\\）があります。");
    BY_PREFIX.put("expected <block end>", "字下げが揃っていません。");
    BY_PREFIX.put("did not find expected key", "字下げが揃っていないか、キーがありません。");
    BY_PREFIX.put("did not find expected '-' indicator", "リストの字下げが揃っていません。");
    BY_PREFIX.put("did not find expected node content", "値がありません。");
    BY_PREFIX.put("expected a single document", "1 つのファイルに書ける文書は 1 つです（「---」を取り除いてください）。");
    BY_PREFIX.put("found character", "この位置では使えない文字があります（値を引用符で囲んでください）。");
    BY_PREFIX.put("expected alphabetic or numeric character", "アンカーまたはエイリアスの名前が正しくありません。");
    BY_PREFIX.put("found duplicate key", "同じキーが二度書かれています。");
    BY_PREFIX.put("while scanning a simple key", "キーの後に「: 」が見つかりません。");
  }

  private SyntaxMessages() {}

  static String translate(String problem) {
    if (problem != null) {
      for (Map.Entry<String, String> e : BY_PREFIX.entrySet()) {
        if (problem.startsWith(e.getKey())) {
          return e.getValue().equals(TYPE_TAG) ? TYPE_TAG : "YAML の書き方に誤りがあります: " + e.getValue();
        }
      }
    }
    return "YAML の書き方に誤りがあります。";
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
}
