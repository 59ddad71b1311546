package kohyo.check;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kohyo.base.Problem;
import kohyo.load.Mistake;
import kohyo.testing.Periods;

/**
 * The table of clerk mistakes, one example each: what the clerk wrote (a few lines of a case file,
 * {@code ⟦} marking the character kohyo must point at), the message kohyo must give there, and the
 * corrected lines. ClerkMistakeTableTest runs every row through the real check path (also as CRLF
 * and BOM+CRLF files, and inside a withheld case) and generates README's 「よくある書き間違い」 from it; every
 * row of {@link Mistake} must have an example here.
 */
public final class ClerkMistakeTable {

  private ClerkMistakeTable() {}

  /** Marks, in an example, the character the problem is reported at. */
  public static final String AT = "⟦";

  /** A valid 上半期 case file; a row replaces some of its keys with its own lines. */
  static final String BASE =
      """
      所属: 本庁
      発生日: 2025-05-20
      事案の概要: 通知文書を別の申請者に誤って送付したもの。
      発生原因: 封入時の確認を怠ったことによるもの。
      対応: 本人に謝罪し、書類を回収した。
      二次被害: 無
      再発防止策:
        - 封入時に宛名を確認することとした。
        - 2名で照合することとした。
      """;

  /**
   * One mistake and its example.
   *
   * @param group the README heading it is listed under
   * @param title what the clerk did, in a few words
   * @param mistake the load-stage row it exercises, if any (every row of {@link Mistake} needs one)
   * @param half the period's 区分 the example is checked in
   * @param replaces the keys of {@link #BASE} that the example replaces ("*": the whole file)
   * @param wrong the clerk's lines, {@link #AT} before the character reported
   * @param right the same lines corrected (for README), or a sentence when it is not about lines
   * @param kind the problem's kind (WARNING for a warning)
   * @param message the exact message
   * @param problems how many problems the file gives in all (usually this one)
   * @param setup for a row about files rather than lines: makes the files in the period folder
   *     (then {@code wrong} is only README text)
   * @param secrets besides the markers, strings a withheld case's messages must not contain
   */
  public record Row(
      String group,
      String title,
      Optional<Mistake> mistake,
      String half,
      String replaces,
      String wrong,
      String right,
      Problem.Kind kind,
      String message,
      int problems,
      Optional<Consumer<Path>> setup,
      List<String> secrets) {

    /** The case file of this row, without the position mark. */
    public String file() {
      String lines = wrong.replace(AT, "");
      if (replaces.equals("*")) {
        return lines;
      }
      return withReplaced(BASE, List.of(replaces.split(",")), lines);
    }

    /** The 1-based line and column the mark stands at in {@link #file()}. */
    public int[] position() {
      String marked =
          replaces.equals("*") ? wrong : withReplaced(BASE, List.of(replaces.split(",")), wrong);
      int at = marked.indexOf(AT);
      String before = marked.substring(0, at);
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      String lineText = before.substring(before.lastIndexOf('\n') + 1);
      return new int[] {line, lineText.codePointCount(0, lineText.length()) + 1};
    }

    /** Whether the example is lines of a case file (not files or bytes). */
    public boolean aboutLines() {
      return setup.isEmpty();
    }

    /** The period folder to check this row in. */
    public Path folder(Path parent, String name) {
      return half.equals("上半期")
          ? Periods.copySeed(parent, name)
          : Periods.copySeedAsSecondHalf(parent, name);
    }

    @Override
    public String toString() {
      return title;
    }
  }

  /** The case file's name in the period folder, and the base case's date per half. */
  public static final String CASE_FILE = "cases/50-example.yaml";

  /**
   * {@code base} with the blocks of {@code keys} (a key line and its indented lines) taken out and
   * {@code lines} put where the first of them was (at the end when none was there).
   */
  static String withReplaced(String base, List<String> keys, String lines) {
    List<String> out = new ArrayList<>();
    boolean placed = false;
    boolean skipping = false;
    for (String line : base.split("\n")) {
      boolean top = !line.isEmpty() && line.charAt(0) != ' ';
      if (top) {
        String key = line.substring(0, Math.max(0, line.indexOf(':')));
        skipping = keys.contains(key);
        if (skipping && !placed) {
          out.add(lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines);
          placed = true;
        }
      }
      if (!skipping) {
        out.add(line);
      }
    }
    if (!placed) {
      out.add(lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines);
    }
    return String.join("\n", out) + "\n";
  }

  private static final String KEYS = "キー・「:」・引用符";
  private static final String SPACES = "字下げと空白";
  private static final String LISTS = "リストと複数行の文";
  private static final String INVISIBLE = "見えない文字";
  private static final String VALUES = "日付と値";
  private static final String FILES = "ファイル";

  private static final LocalDate H2_START = LocalDate.of(2025, 10, 1);
  private static final LocalDate H2_END = LocalDate.of(2026, 3, 31);

  /** Every row, in README order. */
  public static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // --- keys, colons, quotes
    rows.add(lines(KEYS, "キーの後ろに全角コロン「：」", Mistake.FULLWIDTH_COLON, "所属", "所属⟦：本庁", "所属: 本庁"));
    rows.add(
        lines(KEYS, "「:」の後ろに半角空白がない", Mistake.MISSING_SPACE_AFTER_COLON, "所属", "所属:⟦本庁", "所属: 本庁"));
    rows.add(
        lines(KEYS, "「:」の後ろが全角空白", Mistake.FULLWIDTH_SPACE_AFTER_COLON, "所属", "所属:⟦　本庁", "所属: 本庁"));
    rows.add(
        lines(
            KEYS,
            "「:」の後ろが見えない空白（U+00A0）",
            Mistake.NBSP_AFTER_COLON,
            "所属",
            "所属:⟦\u00A0本庁",
            "所属: 本庁",
            NBSP));
    rows.add(
        lines(KEYS, "キーと「:」の間に全角空白", Mistake.ODD_SPACE_IN_KEY, "所属", "所属⟦　: 本庁", "所属: 本庁", ZS));
    rows.add(
        lines(
            KEYS,
            "キーの行を字下げした",
            Mistake.KEY_INDENTED,
            "発生日",
            "  ⟦発生日: 2025-05-20",
            "発生日: 2025-05-20"));
    rows.add(lines(KEYS, "キーの後ろに「:」がない", Mistake.KEY_WITHOUT_COLON, "所属", "所属⟦ 本庁", "所属: 本庁"));
    rows.add(
        lines(
            KEYS,
            "値の中に「: 」",
            Mistake.COLON_IN_VALUE,
            "事案の概要",
            "事案の概要: 名簿のデータ（ファイル名⟦: 名簿.xlsx）を誤って送信したもの。",
            "事案の概要: 名簿のデータ（ファイル名：名簿.xlsx）を誤って送信したもの。"));
    rows.add(
        lines(
            KEYS,
            "「」で囲んだ値の中に「: 」",
            Mistake.BRACKETS_AS_QUOTES,
            "事案の概要",
            "事案の概要: ⟦「件名: 研修会のご案内」のメールを誤って送信したもの。",
            "事案の概要: \"「件名: 研修会のご案内」のメールを誤って送信したもの。\""));
    rows.add(
        lines(
            KEYS,
            "“ ” で囲んだ値の中に「: 」",
            Mistake.SMART_QUOTES,
            "事案の概要",
            "事案の概要: ⟦“メールを誤って送信したもの（件名: 研修会のご案内）。”",
            "事案の概要: \"メールを誤って送信したもの（件名: 研修会のご案内）。\""));
    rows.add(
        row(
            KEYS,
            "リストの項目の中に「: 」",
            Optional.empty(),
            "再発防止策",
            "再発防止策:\n  - FAX送信時の確認⟦: 2名で番号を確認することとした。\n",
            "再発防止策:\n  - FAX送信時の確認：2名で番号を確認することとした。\n",
            Problem.Kind.SYNTAX,
            Messages.colonInListItem(Schema.PREVENTION)));
    rows.add(
        lines(
            KEYS,
            "値の途中に「 #」",
            Mistake.COMMENT_CUTS_TEXT,
            "対応",
            "対応: 事業者に連絡し（受付番号 ⟦#1102）、書類を回収した。",
            "対応: 事業者に連絡し（受付番号 ＃1102）、書類を回収した。"));
    rows.add(
        lines(
            KEYS,
            "値が「\"」で始まり、後ろに文字が続く",
            Mistake.QUOTE_START_DOUBLE,
            "事案の概要",
            "事案の概要: ⟦\"研修会のご案内\"のメールを誤って送信したもの。",
            "事案の概要: 「研修会のご案内」のメールを誤って送信したもの。"));
    rows.add(
        lines(
            KEYS,
            "値が「'」で始まり、後ろに文字が続く",
            Mistake.QUOTE_START_SINGLE,
            "発生原因",
            "発生原因: ⟦'送信先候補'から誤って選んだことによるもの。",
            "発生原因: 「送信先候補」から誤って選んだことによるもの。"));
    rows.add(
        row(
            KEYS,
            "値が「[」で始まる",
            Optional.of(Mistake.SPECIAL_START),
            "再発防止策",
            "再発防止策:\n  - ⟦[済]持ち出す書類は持出簿に記録することとした。",
            "再発防止策:\n  - 持ち出す書類は持出簿に記録することとした。",
            Problem.Kind.SYNTAX,
            Mistake.SPECIAL_START.message("[", "リストの始まり")));
    rows.add(
        row(
            KEYS,
            "値が「>」（メールの引用記号）で始まる",
            Optional.of(Mistake.SPECIAL_START),
            "対応",
            "対応: ⟦> 本人に謝罪し、書類を回収した。",
            "対応: 本人に謝罪し、書類を回収した。",
            Problem.Kind.SYNTAX,
            Mistake.SPECIAL_START.message(">", "折り返しの書き方。メールの引用記号なら不要です")));
    rows.add(
        lines(
            KEYS,
            "キーと同じ行に「- 」",
            Mistake.DASH_ON_KEY_LINE,
            "再発防止策",
            "再発防止策: ⟦- 封入時に宛名を確認することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。"));
    // --- indentation and spaces
    rows.add(
        lines(
            SPACES,
            "キーの前に全角空白",
            Mistake.ODD_SPACE_BEFORE_KEY,
            "対応",
            "⟦　対応: 本人に謝罪し、書類を回収した。",
            "対応: 本人に謝罪し、書類を回収した。",
            ZS));
    rows.add(
        lines(
            SPACES,
            "全角空白で字下げ",
            Mistake.ODD_SPACE_INDENT,
            "対応",
            "対応: |-\n  本人に謝罪した。\n⟦　書類を回収した。",
            "対応: |-\n  本人に謝罪した。\n  書類を回収した。",
            ZS));
    rows.add(
        lines(
            SPACES,
            "見えない空白（U+00A0）で字下げ",
            Mistake.ODD_SPACE_INDENT,
            "再発防止策",
            "再発防止策:\n⟦\u00A0\u00A0- 封入時に宛名を確認することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。",
            NBSP));
    rows.add(
        lines(
            SPACES,
            "空行に全角空白",
            Mistake.ODD_SPACE_BLANK_LINE,
            "対応",
            "対応: 本人に謝罪し、書類を回収した。\n⟦　",
            "対応: 本人に謝罪し、書類を回収した。\n",
            ZS));
    rows.add(
        lines(
            SPACES,
            "タブで字下げ",
            Mistake.TAB_INDENT,
            "再発防止策",
            "再発防止策:\n⟦\t- 封入時に宛名を確認することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。"));
    rows.add(
        lines(
            SPACES,
            "「:」の後ろにタブ",
            Mistake.TAB_AFTER_COLON,
            "発生原因",
            "発生原因:⟦\t封入時の確認を怠ったことによるもの。",
            "発生原因: 封入時の確認を怠ったことによるもの。"));
    rows.add(
        lines(
            SPACES,
            "「-」の後ろにタブ",
            Mistake.TAB_AFTER_DASH,
            "再発防止策",
            "再発防止策:\n  -⟦\t封入時に宛名を確認することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。"));
    rows.add(
        lines(
            SPACES,
            "文中にタブ（Excel からの貼り付け）",
            Mistake.TAB_IN_TEXT,
            "対応",
            "対応: 本人に謝罪し、⟦\t書類を回収した。",
            "対応: 本人に謝罪し、書類を回収した。"));
    rows.add(
        row(
            SPACES,
            "リストの字下げが揃っていない",
            Optional.of(Mistake.LIST_INDENT),
            "再発防止策",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n   ⟦- 2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。",
            Problem.Kind.SYNTAX,
            Mistake.LIST_INDENT.message(2, 3)));
    rows.add(
        row(
            SPACES,
            "リストの最初の項目だけ字下げが違う",
            Optional.of(Mistake.LIST_INDENT),
            "再発防止策",
            "再発防止策:\n    ⟦- 封入時に宛名を確認することとした。\n  - 2名で照合することとした。\n  - 手順書を見直した。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。\n  - 手順書を見直した。",
            Problem.Kind.SYNTAX,
            Mistake.LIST_INDENT.message(2, 4)));
    // --- lists and text over several lines
    rows.add(
        lines(
            LISTS,
            "「-」の後ろに空白がない",
            Mistake.DASH_WITHOUT_SPACE,
            "再発防止策",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  -⟦2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。"));
    rows.add(
        row(
            LISTS,
            "「-」の後ろが全角空白",
            Optional.of(Mistake.ODD_SPACE_AFTER_DASH),
            "再発防止策",
            "再発防止策:\n  -⟦　封入時に宛名を確認することとした。\n  -　2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。",
            Problem.Kind.SYNTAX,
            Mistake.ODD_SPACE_AFTER_DASH.message(ZS),
            2));
    rows.add(
        row(
            LISTS,
            "「・」で箇条書き",
            Optional.of(Mistake.LIST_WITHOUT_DASH),
            "再発防止策",
            "再発防止策:\n  ⟦・封入時に宛名を確認することとした。\n  ・2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。",
            Problem.Kind.SYNTAX,
            Mistake.LIST_WITHOUT_DASH.message("・", "・")));
    rows.add(
        row(
            LISTS,
            "「ー」（長音記号）で箇条書き",
            Optional.of(Mistake.WRONG_BULLET),
            "再発防止策",
            "再発防止策:\n  ⟦ー 封入時に宛名を確認することとした。\n  ー 2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。",
            Problem.Kind.SYNTAX,
            Mistake.WRONG_BULLET.message("ー", "長音記号", "ー")));
    rows.add(
        row(
            LISTS,
            "「*」で箇条書き",
            Optional.of(Mistake.WRONG_BULLET),
            "再発防止策",
            "再発防止策:\n  ⟦* 封入時に宛名を確認することとした。\n  * 2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。\n  - 2名で照合することとした。",
            Problem.Kind.SYNTAX,
            Mistake.WRONG_BULLET.message("*", "YAML では別名（エイリアス）の記号", "*")));
    rows.add(
        row(
            LISTS,
            "「- ・」で二重の記号",
            Optional.of(Mistake.DOUBLE_BULLET),
            "再発防止策",
            "再発防止策:\n  - ⟦・封入時に宛名を確認することとした。",
            "再発防止策:\n  - 封入時に宛名を確認することとした。",
            Problem.Kind.SYNTAX,
            Mistake.DOUBLE_BULLET.message("・", "・", "・")));
    rows.add(
        lines(
            LISTS,
            "リストの項目を次の行に続けた",
            Mistake.ITEM_CONTINUES,
            "再発防止策",
            "再発防止策:\n  - 封入時に宛名を確認し、\n    ⟦2名で照合することとした。",
            "再発防止策:\n  - 封入時に宛名を確認し、2名で照合することとした。"));
    rows.add(
        lines(
            LISTS,
            "「|-」を忘れて 2 行に",
            Mistake.FORGOT_BLOCK,
            "対応",
            "対応: ⟦本人に謝罪した。\n  書類を回収した。",
            "対応: |-\n  本人に謝罪した。\n  書類を回収した。"));
    rows.add(
        lines(
            LISTS,
            "「|-」を忘れ、2 行目を字下げしていない",
            Mistake.FORGOT_BLOCK,
            "対応",
            "対応: ⟦本人に謝罪した。\n書類を回収した。",
            "対応: |-\n  本人に謝罪した。\n  書類を回収した。"));
    rows.add(
        lines(
            LISTS,
            "再発防止策の行を「- 」なしで並べた",
            Mistake.FORGOT_LIST_DASHES,
            "再発防止策",
            "再発防止策:\n  ⟦宛名を確認することとした。\n  2名で照合することとした。",
            "再発防止策:\n  - 宛名を確認することとした。\n  - 2名で照合することとした。"));
    rows.add(
        lines(
            LISTS,
            "値を次の行に、字下げなしで書いた",
            Mistake.VALUE_ON_NEXT_LINE,
            "発生原因",
            "発生原因:\n⟦宛名の確認を怠ったことによるもの。",
            "発生原因: 宛名の確認を怠ったことによるもの。"));
    rows.add(
        lines(
            LISTS,
            "キーの間にメモの行を書いた",
            Mistake.MEMO_LINE,
            "対応",
            "対応: 本人に謝罪した。\n⟦※9月9日時点の状況",
            "対応: 本人に謝罪した。"));
    rows.add(
        lines(
            LISTS,
            "「|-」の文の 2 行目の字下げが浅い",
            Mistake.BLOCK_LINE_LESS_INDENTED,
            "対応",
            "対応: |-\n  本人に謝罪した。\n ⟦書類を回収した。",
            "対応: |-\n  本人に謝罪した。\n  書類を回収した。",
            2,
            1));
    rows.add(
        lines(
            LISTS,
            "「|-」と同じ行に文を書いた",
            Mistake.TEXT_AFTER_BLOCK,
            "対応",
            "対応: |- ⟦本人に謝罪した。\n  書類を回収した。",
            "対応: |-\n  本人に謝罪した。\n  書類を回収した。"));
    rows.add(
        row(
            LISTS,
            "「|-」の下に「- 」の項目を書いた",
            Optional.empty(),
            "再発防止策",
            "再発防止策: ⟦|-\n  - 宛名を確認することとした。\n  - 2名で照合することとした。",
            "再発防止策:\n  - 宛名を確認することとした。\n  - 2名で照合することとした。",
            Problem.Kind.WARNING,
            Messages.listWrittenAsText("再発防止策")));
    // --- invisible characters
    rows.add(
        row(
            INVISIBLE,
            "Word から貼り付けた行区切り（U+2028）",
            Optional.of(Mistake.LINE_SEPARATOR),
            "対応",
            "対応: 本人に謝罪し、⟦\u2028書類を回収した。",
            "対応: 本人に謝罪し、書類を回収した。",
            Problem.Kind.SYNTAX,
            Mistake.LINE_SEPARATOR.message("U+2028（行区切り）")));
    rows.add(
        row(
            INVISIBLE,
            "値が見えない空白（U+00A0）だけ",
            Optional.of(Mistake.INVISIBLE_ONLY_VALUE),
            "",
            "備考: ⟦\u00A0",
            "（備考の行を削除）",
            Problem.Kind.SYNTAX,
            Mistake.INVISIBLE_ONLY_VALUE.message("U+00A0（ノーブレークスペース）")));
    rows.add(
        lines(INVISIBLE, "値の先頭に全角空白", Mistake.LEADING_ODD_SPACE, "所属", "所属: ⟦　本庁", "所属: 本庁", ZS));
    rows.add(
        lines(
            INVISIBLE,
            "値の後ろに全角空白",
            Mistake.TRAILING_ODD_SPACE,
            "二次被害",
            "二次被害: 無⟦　",
            "二次被害: 無",
            ZS));
    rows.add(
        lines(
            INVISIBLE,
            "値全体を “ ” で囲んだ",
            Mistake.SMART_QUOTES_AROUND,
            "",
            "備考: ⟦“R7.5.20個別公表事案”",
            "備考: R7.5.20個別公表事案"));
    rows.add(lines(INVISIBLE, "値全体を「」で囲んだ", Mistake.BRACKETS_AROUND, "所属", "所属: ⟦「本庁」", "所属: 本庁"));
    // --- dates and values
    Row year =
        row(
            VALUES,
            "下半期の 1〜3 月の年を前の年で書いた",
            Optional.empty(),
            "発生日",
            "発生日: R⟦7.1.20",
            "発生日: R8.1.20",
            Problem.Kind.DATE,
            Messages.dateOutsideMeant(H2_START, H2_END, "R8.1.20"));
    rows.add(
        new Row(
            year.group(),
            year.title(),
            year.mistake(),
            "下半期",
            year.replaces(),
            year.wrong(),
            year.right(),
            year.kind(),
            year.message(),
            1,
            Optional.empty(),
            List.of("R8.1.20", "1.20")));
    rows.add(
        row(
            VALUES,
            "発生日の後ろに曜日",
            Optional.empty(),
            "発生日",
            "発生日: 2025/5/20⟦（火）",
            "発生日: 2025/5/20",
            Problem.Kind.DATE,
            Messages.dateTrailing(Schema.DATE)));
    rows.add(
        new Row(
            VALUES,
            "発生日に年がない",
            Optional.empty(),
            "上半期",
            "発生日",
            "発生日: ⟦5月20日",
            "発生日: 令和7年5月20日",
            Problem.Kind.DATE,
            Messages.dateWithoutYearMeant(Schema.DATE, "令和7年5月20日"),
            1,
            Optional.empty(),
            List.of("令和7年5月20日")));
    rows.add(
        row(
            VALUES,
            "発生日の区切りが「,」",
            Optional.empty(),
            "発生日",
            "発生日: 2025⟦,5,20",
            "発生日: 2025-05-20",
            Problem.Kind.DATE,
            Messages.dateFormat(Schema.DATE)));
    rows.add(
        row(
            VALUES,
            "存在しない日付",
            Optional.empty(),
            "発生日",
            "発生日: 2025-06-⟦31",
            "発生日: 2025-06-30",
            Problem.Kind.DATE,
            Messages.dateDoesNotExist(Schema.DATE, Messages.monthLength("2025年", 6, 30))));
    rows.add(
        row(
            VALUES,
            "「公表: しない」（非公表にするつもり）",
            Optional.empty(),
            "*",
            "公表: ⟦しない\n非公表基準: 3\n発生日: 2025-07-15\n",
            "公表: 非公表\n非公表基準: 3\n発生日: 2025-07-15\n",
            Problem.Kind.VALUE,
            Messages.publicationValue()));
    rows.add(
        row(
            VALUES,
            "「二次被害: なし」",
            Optional.empty(),
            "二次被害",
            "二次被害: ⟦なし",
            "二次被害: 無",
            Problem.Kind.VALUE,
            Messages.damage()));
    rows.add(
        row(
            VALUES,
            "同じキーを 2 行に（複数行のつもり）",
            Optional.empty(),
            "対応",
            "対応: 本人に謝罪した。\n⟦対応: 書類を回収した。",
            "対応: |-\n  本人に謝罪した。\n  書類を回収した。",
            Problem.Kind.SCHEMA,
            Messages.duplicateKey(Schema.RESPONSE)));
    rows.add(
        row(
            VALUES,
            "キーの書き誤り",
            Optional.empty(),
            "発生原因",
            "⟦発生要因: 封入時の確認を怠ったことによるもの。",
            "発生原因: 封入時の確認を怠ったことによるもの。",
            Problem.Kind.SCHEMA,
            Messages.unknownKey("発生要因", Optional.of(Schema.CAUSE), Schema.CASE_KEYS),
            1));
    // --- files
    rows.add(
        file(
            "事案ファイルの Windows のコピー",
            Mistake.DUPLICATE_CASE_FILE,
            "cases/01 - コピー.yaml（01.yaml と同じ内容）",
            "コピーを削除する",
            "cases/50-example - コピー.yaml",
            Mistake.DUPLICATE_CASE_FILE.message("50-example.yaml"),
            folder -> {
              Periods.write(folder.resolve(CASE_FILE), BASE);
              Periods.write(
                  folder.resolve("cases/50-example - コピー.yaml"), BASE.replace("\n", "\r\n"));
            }));
    rows.add(
        file(
            "Office のロックファイル",
            Mistake.OFFICE_LOCK_FILE,
            "cases/~$01.yaml（01.yaml を Office で開いている間にできる）",
            "アプリを閉じ、~$ で始まるファイルを削除する",
            "cases/~$50-example.yaml",
            Mistake.OFFICE_LOCK_FILE.message("（「50-example.yaml」を開いている間のもの）"),
            folder -> {
              Periods.write(folder.resolve(CASE_FILE), BASE);
              Periods.writeBytes(folder.resolve("cases/~$50-example.yaml"), new byte[] {7, 'x'});
            }));
    rows.add(
        file(
            "Shift_JIS（メモ帳の ANSI）で保存",
            Mistake.NOT_UTF8,
            "所属: 本庁（Shift_JIS で保存したファイル）",
            "UTF-8 で保存し直す",
            CASE_FILE,
            Mistake.NOT_UTF8.message("8F"),
            folder ->
                Periods.writeBytes(
                    folder.resolve(CASE_FILE), BASE.getBytes(Charset.forName("Shift_JIS")))));
    return rows;
  }

  /** How messages name the full-width space and the no-break space. */
  static final String ZS = "全角空白「　」（U+3000）";

  static final String NBSP = "見えない空白 U+00A0（ノーブレークスペース）";

  private static Row lines(
      String group,
      String title,
      Mistake mistake,
      String replaces,
      String wrong,
      String right,
      Object... args) {
    return row(
        group,
        title,
        Optional.of(mistake),
        replaces,
        wrong,
        right,
        mistake.kind(),
        mistake.message(args));
  }

  private static Row row(
      String group,
      String title,
      Optional<Mistake> mistake,
      String replaces,
      String wrong,
      String right,
      Problem.Kind kind,
      String message) {
    return row(group, title, mistake, replaces, wrong, right, kind, message, 1);
  }

  private static Row row(
      String group,
      String title,
      Optional<Mistake> mistake,
      String replaces,
      String wrong,
      String right,
      Problem.Kind kind,
      String message,
      int problems) {
    return new Row(
        group,
        title,
        mistake,
        "上半期",
        replaces,
        wrong,
        right,
        kind,
        message,
        problems,
        Optional.empty(),
        List.of());
  }

  /**
   * A row about files: {@code wrong} and {@code right} are README text, {@code path} (relative to
   * the period folder) is where the problem is reported, at 1:1.
   */
  private static Row file(
      String title,
      Mistake mistake,
      String wrong,
      String right,
      String path,
      String message,
      Consumer<Path> setup) {
    return new Row(
        FILES,
        title,
        Optional.of(mistake),
        "上半期",
        path,
        wrong,
        right,
        mistake.kind(),
        message,
        1,
        Optional.of(setup),
        List.of());
  }

  /** Writes a row's case file (with the given line ends and byte-order mark) into a folder. */
  static void write(Path folder, String text) {
    try {
      Files.createDirectories(folder.resolve("cases"));
      Files.write(folder.resolve(CASE_FILE), text.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
