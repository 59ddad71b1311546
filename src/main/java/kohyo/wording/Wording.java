package kohyo.wording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.model.Period;
import kohyo.model.PublishedCase;
import kohyo.model.PublisherRules;
import kohyo.model.Wareki;

/**
 * The document's words, from {@code templates/wording.yaml}: what the templates print and what
 * {@code kohyo diff} looks for when it reads a kohyo PDF back. One source, so that changing a
 * heading changes the document and its reader together.
 *
 * <p>The templates get it as the variable {@code wording}; the methods below are what they call. A
 * publisher's own title, note and criteria ({@code publisher.yaml}) replace the installation's: an
 * edition is always printed with {@link #forEdition}, the installation's words with the edition's
 * {@link PublisherRules} in place of its own.
 *
 * @param titlePhrase 表題: {公表主体} {年度} {区分}
 * @param subjectPhrase 主題, the PDF's subject: {公表主体} {年度} {区分}
 * @param countHeading 見出し/事案件数
 * @param casesHeading 見出し/事案の概要
 * @param countPhrase 件数, after the count heading: {総数} {非公表}
 * @param columns 列, by key, in table order
 * @param none 事案なし, the table's only row when nothing is published
 * @param note 注記 below the table
 * @param criteriaHeading 非公表基準の見出し
 * @param criteria 非公表基準, in order (numbered from 1 by the template)
 * @param fiscalYearPhrase 和暦/年度: {元号} {年}
 * @param datePhrase 和暦/日付, the table's short date: {略号} {年} {月} {日}
 * @param individualPhrase 個別公表, what 備考 says of a case published on its own at the time: {日付} (the
 *     short date)
 * @param csvHeadings CSVの列, by key ({@link #CSV_KEYS}): the headings of the CSV twin's columns that
 *     the table does not have; its other columns are headed by the table's {@link Column#label()}
 */
public record Wording(
    Phrase titlePhrase,
    Phrase subjectPhrase,
    String countHeading,
    String casesHeading,
    Phrase countPhrase,
    Map<String, Column> columns,
    String none,
    String note,
    String criteriaHeading,
    List<String> criteria,
    Phrase fiscalYearPhrase,
    Phrase datePhrase,
    Phrase individualPhrase,
    Map<String, String> csvHeadings) {

  /** The file in {@code templates/}. */
  public static final String FILE = "wording.yaml";

  /** The places of 件数: total cases and withheld cases. */
  public static final String TOTAL = "総数";

  public static final String WITHHELD = "非公表";

  static final List<String> PERIOD_PLACES = List.of("公表主体", "年度", "区分");
  static final List<String> COUNT_PLACES = List.of(TOTAL, WITHHELD);
  static final List<String> FISCAL_YEAR_PLACES = List.of("元号", "年");
  static final List<String> DATE_PLACES = List.of("略号", "年", "月", "日");

  /** The place of 個別公表: the short date (R7.5.20). */
  public static final String INDIVIDUAL_DATE = "日付";

  static final List<String> INDIVIDUAL_PLACES = List.of(INDIVIDUAL_DATE);

  /** The places a publisher's own title may use, as the installation's. */
  public static final List<String> TITLE_PLACES = PERIOD_PLACES;

  /** A publisher lists at least one criterion, and case files refer to them by one digit. */
  public static final int MAX_CRITERIA = 9;

  /** The table's columns by their keys in {@code wording.yaml}, in table order. */
  public static final List<String> COLUMN_KEYS =
      List.of("NO", "所属", "発生日", "事案の概要", "発生原因", "対応", "二次被害", "再発防止策", "備考");

  /**
   * The CSV twin's columns that the table does not have, by their keys in {@code wording.yaml}: the
   * period's three (公表主体, 年度, 区分) and 和暦の発生日 (the table's date, beside the ISO one).
   */
  public static final List<String> CSV_KEYS = List.of("公表主体", "年度", "区分", "和暦の発生日");

  public Wording {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    csvHeadings = Collections.unmodifiableMap(new LinkedHashMap<>(csvHeadings));
    criteria = List.copyOf(criteria);
  }

  /** Reads and checks the installation's {@code templates/wording.yaml}. */
  public static Wording load(Home home) {
    return WordingFile.read(home.templates().resolve(FILE), "templates/" + FILE);
  }

  /** 「○県の保有個人情報の漏えい事案概要【令和7年度上半期分】」 */
  public String title(Period period) {
    return titlePhrase.fill(periodValues(period));
  }

  public String subject(Period period) {
    return subjectPhrase.fill(periodValues(period));
  }

  /** 「11件（うち、非公表基準該当1件）」 */
  public String count(int total, int withheld) {
    return countPhrase.fill(
        Map.of(TOTAL, Integer.toString(total), WITHHELD, Integer.toString(withheld)));
  }

  /** The column with this key of {@link #COLUMN_KEYS}. */
  public Column column(String key) {
    Column c = columns.get(key);
    if (c == null) {
      throw new IllegalArgumentException("no column " + key);
    }
    return c;
  }

  /** The heading of a CSV column with this key of {@link #CSV_KEYS}. */
  public String csvHeading(String key) {
    String h = csvHeadings.get(key);
    if (h == null) {
      throw new IllegalArgumentException("no CSV column " + key);
    }
    return h;
  }

  /**
   * The title, note and criteria as the installation words them: what an edition gets where no
   * publisher file says otherwise.
   */
  public PublisherRules rules() {
    return new PublisherRules(titlePhrase.text(), note, criteria);
  }

  /**
   * These words with a publisher's title, note and criteria in place of the installation's; the
   * rules were checked (the title's places) when the edition was.
   */
  public Wording with(PublisherRules rules) {
    return new Wording(
        Phrase.parse(rules.title()),
        subjectPhrase,
        countHeading,
        casesHeading,
        countPhrase,
        columns,
        none,
        rules.note(),
        criteriaHeading,
        rules.criteria(),
        fiscalYearPhrase,
        datePhrase,
        individualPhrase,
        csvHeadings);
  }

  /** The words an edition is printed with: these, with the edition's publisher rules. */
  public Wording forEdition(Edition edition) {
    return with(edition.rules());
  }

  /** 「R7.5.20個別公表事案」 for a case published on its own on that day. */
  public String individualPublication(Wareki w) {
    return individualPhrase.fill(Map.of(INDIVIDUAL_DATE, date(w)));
  }

  /**
   * The lines of a case's 備考 as printed: 「R7.5.20個別公表事案」 when the case has a 個別公表日, then what was
   * typed (nothing, one line or two).
   */
  public List<String> remarks(PublishedCase c) {
    List<String> lines = new ArrayList<>();
    c.individuallyPublished().ifPresent(d -> lines.add(individualPublication(Wareki.of(d))));
    if (!c.remarks().isEmpty()) {
      lines.add(c.remarks());
    }
    return lines;
  }

  /** 「R7.4.25」 */
  public String date(Wareki w) {
    return datePhrase.fill(
        Map.of(
            "略号",
            w.eraLetter(),
            "年",
            Integer.toString(w.year()),
            "月",
            Integer.toString(w.month()),
            "日",
            Integer.toString(w.day())));
  }

  /** 「令和7年度」; an era's first year is 元年, as fiscal years are customarily named. */
  public String fiscalYear(Period period) {
    Wareki era = period.fiscalEra();
    return fiscalYearPhrase.fill(
        Map.of("元号", era.eraName(), "年", era.year() == 1 ? "元" : Integer.toString(era.year())));
  }

  private Map<String, String> periodValues(Period period) {
    return Map.of("公表主体", period.issuer(), "年度", fiscalYear(period), "区分", period.half().label());
  }
}
