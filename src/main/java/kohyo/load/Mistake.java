package kohyo.load;

import kohyo.base.Problem;

/**
 * The table of clerk mistakes that the load stage finds on the raw text: each row is a mistake seen
 * in real hand-written files, with the Japanese message that says what is wrong and the exact fix,
 * naming the character.
 *
 * <p>Detection is in {@link Diagnosis}; README's 「よくある書き間違い」 is generated from an example of every
 * row (ClerkMistakeTableTest), so the wording here is what the clerk reads there too.
 *
 * <p>A message never quotes the file: it may be a withheld case. A {@code %s} is filled with a
 * character's name and code, or with a number, never with text of the file.
 */
public enum Mistake {

  // --- colons and spaces around keys

  FULLWIDTH_COLON(Problem.Kind.SYNTAX, "キーの区切りに全角コロン「：」が使われています。半角コロンと空白「: 」にしてください。"),
  MISSING_SPACE_AFTER_COLON(
      Problem.Kind.SYNTAX,
      "キーの後ろの「:」の後ろに半角空白がないため、キーと値に分かれません。「所属: 本庁」のように「:」の後ろに半角空白を 1 つ入れてください。"),
  FULLWIDTH_SPACE_AFTER_COLON(
      Problem.Kind.SYNTAX,
      "キーの後ろの「:」の後ろが全角空白「　」（U+3000）になっています。YAML は全角空白を区切りと認めません。半角空白にしてください（例: 所属: 本庁）。"),
  NBSP_AFTER_COLON(
      Problem.Kind.SYNTAX, "キーの後ろの「:」の後ろに%sがあります（Excel や Web からの貼り付け）。これを消して、半角空白にしてください。"),
  KEY_WITHOUT_COLON(
      Problem.Kind.SYNTAX, "キーの後ろに「: 」（半角コロンと半角空白）がありません。「所属: 本庁」のように、キーの後ろに「: 」を書いてください。"),

  // --- indentation

  ODD_SPACE_BEFORE_KEY(Problem.Kind.SYNTAX, "行頭に%sがあり、キーの名前の一部になっています。キーは行頭から書きます。この空白を削除してください。"),
  ODD_SPACE_IN_KEY(Problem.Kind.SYNTAX, "キーの名前の中に%sがあり、キーの名前が変わっています。この空白を削除してください（例: 所属: 本庁）。"),
  KEY_INDENTED(Problem.Kind.SYNTAX, "キーの行が字下げされています。キー（所属、発生日など）は行頭から、字下げせずに書いてください。"),
  ODD_SPACE_INDENT(
      Problem.Kind.SYNTAX, "字下げに%sが使われています。YAML の字下げは半角空白だけです。この空白を半角空白 2 つに置き換えてください。"),
  ODD_SPACE_BLANK_LINE(Problem.Kind.SYNTAX, "空行に%sだけが書かれています。YAML はこれを空行と見なしません。この空白を削除してください。"),
  TAB_INDENT(Problem.Kind.SYNTAX, "字下げにタブ（U+0009）が使われています。YAML の字下げには使えません。タブを半角空白 2 つに置き換えてください。"),
  TAB_AFTER_COLON(Problem.Kind.SYNTAX, "キーの後ろの「:」の後ろにタブ（U+0009）があります。タブを半角空白 1 つに置き換えてください。"),
  TAB_AFTER_DASH(Problem.Kind.SYNTAX, "リストの「-」の後ろにタブ（U+0009）があります。タブを半角空白 1 つに置き換えてください。"),
  TAB_IN_TEXT(
      Problem.Kind.SYNTAX,
      "文中にタブ（U+0009。Excel のセルからの貼り付けなど）があります。PDF では表示できず、列もずれます。タブを削除するか、半角空白にしてください。"),
  LIST_INDENT(
      Problem.Kind.SYNTAX,
      "リストの項目の字下げが、同じリストのほかの項目と揃っていません（ほかの項目は半角空白 %s 個、この項目は %s 個）。同じリストの「-」は同じ位置に揃えてください。"),

  // --- lists

  DASH_WITHOUT_SPACE(
      Problem.Kind.SYNTAX,
      "「-」の後ろに半角空白がないため、リストの項目になりません（前後の行とつながって 1 つの文になります）。「- 確認を徹底する。」のように「-」の後ろに半角空白を入れてください。"),
  ODD_SPACE_AFTER_DASH(
      Problem.Kind.SYNTAX,
      "リストの「-」の後ろが%sのため、リストの項目になりません（前後の行とつながって 1 つの文になります）。「-」の後ろを半角空白にしてください。"),
  DASH_ON_KEY_LINE(
      Problem.Kind.SYNTAX,
      "キーと同じ行に「- 」でリストの項目を書くことはできません。キーの後ろで改行し、次の行から「  - 」（半角空白 2 つ、ハイフン、半角空白）で 1 項目 1 行に書いてください。"),
  LIST_WITHOUT_DASH(
      Problem.Kind.SYNTAX,
      "「%s」で始まる行は YAML のリストになりません（行がつながって 1 つの文として公表されます）。各行の「%s」を「- 」（半角のハイフンと空白）に置き換え、キーの次の行から半角空白 2 つで字下げしてください。PDF では「・」が自動で付きます。"),
  WRONG_BULLET(
      Problem.Kind.SYNTAX,
      "リストの記号に「%s」（%s）が使われています。YAML のリストの記号は半角のハイフンと空白「- 」です。各行の「%s」を「-」に置き換えてください。"),
  DOUBLE_BULLET(
      Problem.Kind.SYNTAX,
      "リストの項目が「%s」で始まっています。PDF では項目に「・」が自動で付くため、記号が二重（「・%s」）になります。項目の先頭の「%s」を削除してください。"),
  ITEM_CONTINUES(
      Problem.Kind.SYNTAX,
      "リストの項目が次の行に続いているため、行がつながり間に半角空白が入ります。1 つの項目は 1 行に続けて書いてください（別の項目なら「- 」で始めてください）。"),

  // --- text over several lines

  FORGOT_BLOCK(
      Problem.Kind.SYNTAX,
      "値が次の行に続いていますが「|-」がないため、行がつながって間に半角空白が入ります（改行されません）。改行したいなら「対応: |-」のようにキーの後ろに「|-」と書き、次の行から半角空白 2 つで字下げしてください。1 つの文なら 1 行に続けて書いてください。"),
  FORGOT_LIST_DASHES(
      Problem.Kind.SYNTAX,
      "「再発防止策」の行が「- 」で始まっていないため、行がつながって 1 つの文になります。項目の並びにするなら各行を「  - 」（半角空白 2 つ、ハイフン、半角空白）で始めてください。1 つの文で改行したいなら「再発防止策: |-」としてください。"),
  VALUE_ON_NEXT_LINE(
      Problem.Kind.SYNTAX,
      "キーの値が、次の行に字下げなしで書かれています。値はキーと同じ行の「: 」の後ろに続けて書くか、複数行なら「発生原因: |-」のようにキーの後ろに「|-」と書き、次の行から半角空白 2 つで字下げしてください。"),
  MEMO_LINE(
      Problem.Kind.SYNTAX,
      "キーのない行（メモや注記）があります。YAML はこれを前の値の続きと読みます。この行を削除するか、残すなら備考などの値の中に書いてください。"),
  BLOCK_LINE_LESS_INDENTED(
      Problem.Kind.SYNTAX,
      "複数行の文（「|-」の下）の行の字下げが、1 行目（半角空白 %d 個）より浅くなっています（この行は %d 個）。YAML はここで文が終わったと読みます。文の行はすべて 1 行目と同じ字下げで揃えてください。"),
  TEXT_AFTER_BLOCK(Problem.Kind.SYNTAX, "「|-」の後ろには何も書けません。文は次の行から、半角空白 2 つで字下げして書いてください。"),

  // --- characters that YAML reads as syntax

  QUOTE_START_DOUBLE(
      Problem.Kind.SYNTAX,
      "値が半角の「\"」で始まっているため、YAML は次の「\"」までを引用符で囲んだ値と読み、その後ろの文字を読めません。「\"」を「」に替えるか、値全体を半角の「'」で囲んでください（例: '\"研修会\"のメール…'）。"),
  QUOTE_START_SINGLE(
      Problem.Kind.SYNTAX,
      "値が半角の「'」で始まっているため、YAML は次の「'」までを引用符で囲んだ値と読み、その後ろの文字を読めません。「'」を「」に替えるか、値全体を半角の「\"」で囲んでください（例: \"'送信先'の…\"）。"),
  SPECIAL_START(
      Problem.Kind.SYNTAX,
      "値の先頭の「%s」は YAML の記号（%s）と読まれます。記号が不要なら削除し、文字として残すなら値全体を半角の「\"」で囲んでください（例: \"[済]確認を徹底する。\"）。"),
  COLON_IN_VALUE(
      Problem.Kind.SYNTAX,
      "値の中の「: 」（半角コロンと半角空白）を、YAML はキーと値の区切りと読みます。コロンを全角の「：」にするか（時刻なら「14:00」と空白を詰めます）、値全体を半角の「\"」で囲んでください。"),
  BRACKETS_AS_QUOTES(
      Problem.Kind.SYNTAX,
      "「」は YAML の引用符になりません。中の「: 」（半角コロンと半角空白）がキーと値の区切りと読まれます。値全体を半角の「\"」で囲んでください（「」はそのまま残せます）。"),
  SMART_QUOTES(
      Problem.Kind.SYNTAX,
      "“ ” （Word の自動変換でできる全角の引用符）は YAML の引用符になりません。中の「: 」（半角コロンと半角空白）がキーと値の区切りと読まれます。“ と ” を半角の「\"」に置き換えてください。"),
  COMMENT_CUTS_TEXT(
      Problem.Kind.SYNTAX,
      "値の途中の「 #」（空白の後の #）から後ろは YAML のコメントと読まれ、PDF に出ません。「#」を全角の「＃」にするか、値全体を半角の「\"」で囲んでください（コメントのつもりなら「# 」と # の後ろに空白を入れてください）。"),

  // --- invisible characters

  LINE_SEPARATOR(
      Problem.Kind.SYNTAX,
      "Word などから貼り付けた見えない区切り文字 %sがあります。YAML はここで行が変わったと読み、PDF には出ません。この文字を削除してください（行の終わりなら、行末の見えない文字を消してから改行し直してください）。"),
  INVISIBLE_ONLY_VALUE(
      Problem.Kind.SYNTAX, "値が見えない空白 %sだけです。PDF には空欄のように出ます。値を書くか、省略できる項目（備考など）なら行ごと削除してください。"),

  // --- warnings: read as meant, but not what it looks like

  LEADING_ODD_SPACE(
      Problem.Kind.WARNING, "値の先頭に%sがあります。1 行の項目では読み飛ばし、文章の項目では PDF で字下げになります。不要なら削除してください。"),
  TRAILING_ODD_SPACE(Problem.Kind.WARNING, "値の後ろに%sがあります。見えない文字なので、削除してください。"),
  SMART_QUOTES_AROUND(
      Problem.Kind.WARNING,
      "値全体が “ ” で囲まれています。“ ” は YAML の引用符ではないため、PDF にそのまま出ます。引用符のつもりなら “ と ” を削除してください。"),
  BRACKETS_AROUND(
      Problem.Kind.WARNING,
      "値全体が「」で囲まれています。「」は YAML の引用符ではないため、PDF にそのまま出ます（所属: 「本庁」 → 「本庁」）。「 と 」を削除してください。"),

  // --- files

  NOT_UTF8(
      Problem.Kind.ENCODING,
      "UTF-8 として正しくないバイト 0x%s があります（Shift_JIS などで保存されたファイル）。ファイルを UTF-8 で保存し直してください（メモ帳なら「名前を付けて保存」で文字コードを UTF-8 にします）。"),
  DUPLICATE_CASE_FILE(
      Problem.Kind.FILE,
      "このファイルは「%s」と内容が同じです（Windows の「コピー」などで増えたファイル）。同じ事案を二度数えないよう、不要な方を削除してください。"),
  OFFICE_LOCK_FILE(
      Problem.Kind.FILE,
      "Office がファイルを開いている間に作るロックファイル（~$ で始まる名前）です%s。開いているアプリを閉じ、このファイルを削除してください。");

  private final Problem.Kind kind;
  private final String message;

  Mistake(Problem.Kind kind, String message) {
    this.kind = kind;
    this.message = message;
  }

  public Problem.Kind kind() {
    return kind;
  }

  /** The message, with each {@code %s} filled in order. */
  public String message(Object... args) {
    return args.length == 0 ? message : String.format(message, args);
  }

  /** The message as written in the table, placeholders included. */
  public String template() {
    return message;
  }
}
