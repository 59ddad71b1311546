package kohyo.excel;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kohyo.check.Schema;

/**
 * The columns import understands, and the header labels offices give them. A label is compared
 * after NFKC, without spaces, line breaks and punctuation (「所　属」, 「二次被害\nの有無」, 「No.」 all match),
 * and, failing that, without a part in brackets (「発生日（和暦）」).
 *
 * <p>The first label of each column is the published edition's own; when two columns of a sheet
 * both carry labels of one column, the one with the earlier label wins and the other is an extra
 * column (「所属」 beats 「部署」).
 */
enum TableColumn {
  NO("NO", false, "NO", "番号", "通番", "通し番号", "連番", "項番"),
  OFFICE(Schema.OFFICE, true, "所属", "所属名", "担当所属", "所属課", "所管所属", "部署", "部局", "所管課", "担当課", "課名"),
  DATE(Schema.DATE, true, "発生日", "発生年月日", "発生日時", "事案発生日", "発生日付", "発生した日"),
  SUMMARY(Schema.SUMMARY, true, "事案の概要", "事案概要", "概要", "事案の内容", "事案内容", "内容"),
  CAUSE(Schema.CAUSE, true, "発生原因", "原因", "発生の原因", "事案の原因"),
  RESPONSE(Schema.RESPONSE, true, "対応", "対応状況", "対応内容", "事後対応", "発生後の対応", "事案発生後の対応"),
  DAMAGE(Schema.DAMAGE, true, "二次被害の有無", "二次被害", "二次被害有無"),
  PREVENTION(Schema.PREVENTION, true, "再発防止策", "再発防止", "再発防止対策", "防止策", "再発防止のための措置"),
  REMARKS(Schema.REMARKS, false, "備考", "摘要"),
  PUBLICATION(Schema.PUBLICATION, false, "公表", "公表区分", "公表の別", "公表非公表", "公表の可否", "公表可否"),
  CRITERION(Schema.CRITERION, false, "非公表基準", "非公表の基準", "該当する非公表基準", "非公表基準の番号", "非公表理由");

  /** Patterns apart from the constants: an enum's constants are built before its static fields. */
  private static final class Patterns {
    static final Pattern IGNORED =
        Pattern.compile(
            "[\\s\\p{Z}・･/\\\\\\-‐_.,、。，．:;：；'\"“”‘’()\\[\\]{}（）［］｛｝【】「」『』<>＜＞〈〉《》※*＊#＃]");
    private static final Pattern BRACKETED =
        Pattern.compile("[（(［\\[【〈<＜][^）)］\\]】〉>＞]*[）)］\\]】〉>＞]");
  }

  private final String key;
  private final boolean required;
  private final List<String> labels;

  TableColumn(String key, boolean required, String... labels) {
    this.key = key;
    this.required = required;
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

  /** What a header cell's text names, with how good a match it is (0 = the edition's own label). */
  record Match(TableColumn column, int rank) {}

  /**
   * @param own headings from the document's vocabulary (normalized), which rank first: what kohyo's
   *     export writes reads back even if an office has changed them
   */
  static Optional<Match> match(String label, Map<String, TableColumn> own) {
    Optional<Match> m = exact(normalize(label), own);
    return m.isPresent()
        ? m
        : exact(normalize(Patterns.BRACKETED.matcher(label).replaceAll("")), own);
  }

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
