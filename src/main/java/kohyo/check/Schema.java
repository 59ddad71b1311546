package kohyo.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The data files' vocabulary: the keys of {@code period.yaml} and of a case file, in the order a
 * canonical file writes them, and the words their values may take. Everything that reads or writes
 * these files (the checker, the editor, Excel import and export) names a key through here.
 */
public final class Schema {

  private Schema() {}

  /** {@code period.yaml}. */
  public static final String ISSUER = "公表主体";

  public static final String FISCAL_YEAR = "年度";
  public static final String HALF = "区分";
  public static final List<String> PERIOD_KEYS = List.of(ISSUER, FISCAL_YEAR, HALF);

  /** A case file. */
  public static final String OFFICE = "所属";

  public static final String DATE = "発生日";
  public static final String SUMMARY = "事案の概要";
  public static final String CAUSE = "発生原因";
  public static final String RESPONSE = "対応";
  public static final String DAMAGE = "二次被害";
  public static final String PREVENTION = "再発防止策";
  public static final String REMARKS = "備考";
  public static final String INDIVIDUAL_PUBLICATION = "個別公表日";
  public static final String PUBLICATION = "公表";
  public static final String CRITERION = "非公表基準";
  public static final String ACKNOWLEDGED = "確認済み";

  public static final List<String> CASE_KEYS =
      List.of(
          OFFICE,
          DATE,
          SUMMARY,
          CAUSE,
          RESPONSE,
          DAMAGE,
          PREVENTION,
          REMARKS,
          INDIVIDUAL_PUBLICATION,
          PUBLICATION,
          CRITERION,
          ACKNOWLEDGED);

  /** Every key of {@code period.yaml} and of a case file. */
  public static final Set<String> FIELDS =
      Stream.concat(PERIOD_KEYS.stream(), CASE_KEYS.stream())
          .collect(Collectors.toUnmodifiableSet());

  /** The fields printed in the PDF as written, which the personal-data scan reads. */
  public static final List<String> PUBLISHED_TEXT =
      List.of(OFFICE, SUMMARY, CAUSE, RESPONSE, PREVENTION, REMARKS);

  /** The keys of one {@link #ACKNOWLEDGED} entry. */
  public static final String ACK_KIND = "種別";

  public static final String ACK_TEXT = "文字列";
  public static final String ACK_REASON = "理由";
  public static final List<String> ACK_KEYS = List.of(ACK_KIND, ACK_TEXT, ACK_REASON);

  /** The values of {@link #PUBLICATION}: the default, and the word that withholds a case. */
  public static final String VALUE_PUBLISHED = "公表";

  public static final String VALUE_WITHHELD = "非公表";

  /** The values of {@link #DAMAGE}. */
  public static final String DAMAGE_YES = "有";

  public static final String DAMAGE_NO = "無";

  /**
   * The lowest 非公表基準 number. The highest is the number of criteria the period's publisher lists
   * ({@link kohyo.model.PublisherRules#criteria()}), at most {@link #MAX_CRITERIA}.
   */
  public static final int FIRST_CRITERION = 1;

  public static final int MAX_CRITERIA = kohyo.wording.Wording.MAX_CRITERIA;

  /**
   * {@code publisher.yaml}: who publishes, and the words that differ between local governments. 表題
   * and 注記 may be left out (the installation's are used); {@link #CRITERION} is the list of
   * criteria.
   */
  public static final String TITLE = "表題";

  public static final String NOTE = "注記";
  public static final List<String> PUBLISHER_KEYS = List.of(ISSUER, TITLE, NOTE, CRITERION);
}
