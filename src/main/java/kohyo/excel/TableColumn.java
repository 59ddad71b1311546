package kohyo.excel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kohyo.check.Schema;

/**
 * The columns import understands, and the header labels offices give them.
 *
 * <p>A label is compared after NFKC, without spaces, line breaks and punctuation (「所　属」, 「ＮＯ」,
 * 「二次被害\nの有無」, 「No.」, 「№」 all match), and, failing that, without a part in brackets (「発生日（和暦）」).
 * The first label of each column is the published edition's own; the others are labels offices use.
 * A label that is none of them is read by its words: 「再発防止に向けた取組」 names 再発防止策 because it says 再発防止,
 * 「講じた措置」 names 対応 because it says 措置 (see {@link #keywords}). Only short labels without digits are
 * read by their words, so that a title, a count line or a section heading (「２　事案の概要」) never names a
 * column.
 *
 * <p>A label joining two columns' words (「原因及び再発防止策」) names both: such a column cannot be taken
 * apart into two fields, and import says so at its heading.
 *
 * <p>When two columns of a sheet both carry labels of one column, the one with the earlier label
 * wins and the other is an extra column (「所属」 beats 「部署」).
 */
enum TableColumn {
  NO("NO", false, null, "NO", "番号", "通番", "通し番号", "連番", "項番", "一連番号", "事案番号"),
  OFFICE(
      Schema.OFFICE,
      true,
      "所属|部署|部局|課名|担当課|所管課|担当部|所管部|発生課|機関名",
      "所属",
      "所属名",
      "担当所属",
      "所属課",
      "所管所属",
      "部署",
      "部局",
      "所管課",
      "担当課",
      "課名"),
  DATE(
      Schema.DATE,
      true,
      "発生(年月日|日|日時|日付|時期)$",
      "発生日",
      "発生年月日",
      "発生日時",
      "事案発生日",
      "発生日付",
      "発生した日",
      "年月日",
      "日付"),
  SUMMARY(
      Schema.SUMMARY,
      true,
      "概要",
      "事案の概要",
      "事案概要",
      "概要",
      "事案の内容",
      "事案内容",
      "内容",
      "事案",
      "事故の概要",
      "事故の内容"),
  CAUSE(Schema.CAUSE, true, "原因|要因", "発生原因", "原因", "発生の原因", "事案の原因"),
  RESPONSE(
      Schema.RESPONSE, true, "対応|措置|対処|処置", "対応", "対応状況", "対応内容", "事後対応", "発生後の対応", "事案発生後の対応"),
  DAMAGE(Schema.DAMAGE, true, "被害", "二次被害の有無", "二次被害", "二次被害有無"),
  PREVENTION(
      Schema.PREVENTION,
      true,
      "再発防止|防止策|防止対策|改善策|対策",
      "再発防止策",
      "再発防止",
      "再発防止対策",
      "防止策",
      "再発防止のための措置"),
  REMARKS(Schema.REMARKS, false, "備考|特記事項", "備考", "摘要"),
  PUBLICATION(Schema.PUBLICATION, false, null, "公表", "公表区分", "公表の別", "公表非公表", "公表の可否", "公表可否"),
  CRITERION(
      Schema.CRITERION,
      false,
      "非公表基準|非公表の基準|非公表理由",
      "非公表基準",
      "非公表の基準",
      "該当する非公表基準",
      "非公表基準の番号",
      "非公表理由");

  /** Patterns apart from the constants: an enum's constants are built before its static fields. */
  private static final class Patterns {
    static final Pattern IGNORED =
        Pattern.compile(
            "[\\s\\p{Z}・･/\\\\\\-‐_.,、。，．:;：；'\"“”‘’()\\[\\]{}（）［］｛｝【】「」『』<>＜＞〈〉《》※*＊#＃]");
    private static final Pattern BRACKETED =
        Pattern.compile("[（(［\\[【〈<＜][^）)］\\]】〉>＞]*[）)］\\]】〉>＞]");

    /** Where a label joins two columns' words: 「原因及び再発防止策」, 「原因・対策」, 「原因と対策」. */
    private static final Pattern JOINS =
        Pattern.compile("及び|および|並びに|ならびに|[・･/／、，,&＆+＋]|(?<=\\p{IsHan})と(?=\\p{IsHan})");

    /** A label read by its words is short and has no digits: not a title, count or section line. */
    private static final int WORDS_MAX_LENGTH = 14;

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** Words that, joined to a column's label, say more about it rather than name another. */
    private static final Set<String> QUALIFIERS = Set.of("内容", "状況", "詳細", "経緯", "有無", "事案");
  }

  /** How a label read by its words ranks: after every label in the lists. */
  static final int WORDS_RANK = 100;

  private final String key;
  private final boolean required;
  private final Pattern keywords;
  private final List<String> labels;

  /**
   * @param keywords the words that name this column inside a longer label, or null when only the
   *     labels do (NO and 公表 are too short to find inside other words)
   */
  TableColumn(String key, boolean required, String keywords, String... labels) {
    this.key = key;
    this.required = required;
    this.keywords = keywords == null ? null : Pattern.compile(keywords);
    this.labels = List.of(labels).stream().map(TableColumn::normalize).toList();
  }

  /** The schema key (所属, 発生日, …), or NO, which the data files do not hold (kohyo numbers). */
  String key() {
    return key;
  }

  /** Whether a published case needs it: such a column must be in the sheet. */
  boolean required() {
    return required;
  }

  /**
   * What a header cell's text names, with how good a match it is (0 = the edition's own label).
   *
   * @param combined the columns a label joining several names (「原因及び再発防止策」); empty for a label
   *     naming one column
   */
  record Match(TableColumn column, int rank, List<TableColumn> combined) {
    Match(TableColumn column, int rank) {
      this(column, rank, List.of());
    }

    boolean isCombined() {
      return combined.size() > 1;
    }
  }

  /**
   * @param own headings from the document's vocabulary (normalized), which rank first: what kohyo's
   *     export writes reads back even if an office has changed them
   */
  static Optional<Match> match(String label, Map<String, TableColumn> own) {
    return match(label, own, true);
  }

  /**
   * @param byWords whether a label in no list may be read by its words: not in a row that may as
   *     well be a case's (a short text 「原因です。対策です。」 has a column's words too)
   */
  static Optional<Match> match(String label, Map<String, TableColumn> own, boolean byWords) {
    Optional<Match> m = exact(normalize(label), own);
    if (m.isPresent()) {
      return m;
    }
    String unbracketed = Patterns.BRACKETED.matcher(label).replaceAll("");
    m = exact(normalize(unbracketed), own);
    return m.isPresent() || !byWords ? m : byWords(unbracketed, own);
  }

  /**
   * A label read by its parts (split where it joins words) and each part by its words; a label
   * whose parts name different columns names them all.
   */
  private static Optional<Match> byWords(String label, Map<String, TableColumn> own) {
    String whole = normalize(label);
    if (whole.isEmpty()
        || whole.length() > Patterns.WORDS_MAX_LENGTH
        || Patterns.DIGIT.matcher(whole).find()
        || label.contains("。")) {
      return Optional.empty();
    }
    Set<TableColumn> named = new LinkedHashSet<>();
    int rank = 0;
    String[] parts = Patterns.JOINS.split(label);
    for (String part : parts) {
      String n = normalize(part);
      if (parts.length > 1 && Patterns.QUALIFIERS.contains(n)) {
        continue; // 「二次被害の有無・内容」: the details of 二次被害, not a second column
      }
      Optional<Match> m = exact(n, own).or(() -> words(n));
      if (m.isPresent()) {
        named.add(m.get().column());
        rank = Math.max(rank, m.get().rank());
      }
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    List<TableColumn> columns = new ArrayList<>(named);
    return Optional.of(new Match(columns.get(0), columns.size() > 1 ? WORDS_RANK : rank, columns));
  }

  /**
   * The column one part's words name. Where a part has words of several (「再発防止に向けた対応」), the more
   * particular wins: 再発防止 over 対応, 原因 over 内容.
   */
  private static Optional<Match> words(String normalized) {
    for (TableColumn c : PRECEDENCE) {
      if (c.keywords != null && c.keywords.matcher(normalized).find()) {
        return Optional.of(new Match(c, WORDS_RANK));
      }
    }
    return Optional.empty();
  }

  private static final List<TableColumn> PRECEDENCE =
      List.of(CRITERION, PREVENTION, CAUSE, DAMAGE, RESPONSE, DATE, OFFICE, SUMMARY, REMARKS, NO);

  private static Optional<Match> exact(String normalized, Map<String, TableColumn> own) {
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    if (own.containsKey(normalized)) {
      return Optional.of(new Match(own.get(normalized), 0));
    }
    for (TableColumn c : values()) {
      int rank = c.labels.indexOf(normalized);
      if (rank >= 0) {
        return Optional.of(new Match(c, rank));
      }
    }
    return Optional.empty();
  }

  static String normalize(String label) {
    String n = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Patterns.IGNORED.matcher(n).replaceAll("");
  }
}
