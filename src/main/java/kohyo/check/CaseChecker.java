package kohyo.check;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.model.Period;
import kohyo.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Checks one case file against the period and turns it into a published row draft or a withheld
 * count.
 */
final class CaseChecker {

  static final String OFFICE = "所属";
  static final String DATE = "発生日";
  static final String SUMMARY = "事案の概要";
  static final String CAUSE = "発生原因";
  static final String RESPONSE = "対応";
  static final String DAMAGE = "二次被害";
  static final String PREVENTION = "再発防止策";
  static final String REMARKS = "備考";
  static final String PUBLICATION = "公表";
  static final String CRITERION = "非公表基準";
  static final String ACKNOWLEDGED = "確認済み";
  static final Set<String> KEYS =
      new LinkedHashSet<>(
          List.of(
              OFFICE,
              DATE,
              SUMMARY,
              CAUSE,
              RESPONSE,
              DAMAGE,
              PREVENTION,
              REMARKS,
              PUBLICATION,
              CRITERION,
              ACKNOWLEDGED));

  /** The fields printed in the PDF as written, which the personal-data scan reads. */
  static final List<String> PUBLISHED_TEXT =
      List.of(OFFICE, SUMMARY, CAUSE, RESPONSE, PREVENTION, REMARKS);

  static final String PUBLISHED = "公表";
  static final String WITHHELD = "非公表";

  /**
   * The outcome for one file: a row to number, a withheld case to count, or nothing (problems
   * reported).
   */
  sealed interface Checked permits Row, Withheld, Invalid {}

  record Row(
      String source,
      LocalDate date,
      String office,
      Text summary,
      Text cause,
      Text response,
      String damage,
      Text prevention,
      String remarks)
      implements Checked {}

  record Withheld(String source, byte[] bytes) implements Checked {}

  record Invalid() implements Checked {}

  private final CharacterCheck characters;

  CaseChecker(CharacterCheck characters) {
    this.characters = characters;
  }

  /**
   * @param acknowledgedSink receives the personal-data findings the file acknowledges ({@code
   *     確認済み})
   */
  Checked check(
      YamlDocument doc,
      Optional<Period> period,
      List<Problem> sink,
      List<AcknowledgedFinding> acknowledgedSink) {
    Problems problems = new Problems(doc, sink);
    int before = problems.count();
    Kind kind = kindOf(doc);
    Optional<Fields> read = Fields.read(problems, KEYS, kind != Kind.PUBLISHED);
    if (read.isEmpty()) {
      return new Invalid();
    }
    Fields f = read.get();
    Optional<LocalDate> date = date(f, problems, period);
    switch (kind) {
      case WITHHELD -> {
        checkWithheld(f, problems);
        return problems.count() == before && date.isPresent()
            ? new Withheld(doc.source().fileName(), doc.source().bytes())
            : new Invalid();
      }
      case CRITERION_WITHOUT_WITHHOLDING -> {
        // most likely a case meant to be withheld: say so, and check nothing that would quote its
        // text
        problems.at(
            f.node(CRITERION).orElseThrow(),
            "「非公表基準」は「公表: 非公表」の事案にだけ書けます。" + "非公表にする事案なら「公表: 非公表」を書いてください。");
        return new Invalid();
      }
      case MISSPELT_WITHHOLDING -> {
        problems.at(
            f.mapping(),
            "非公表の事案かもしれないため、内容を示さずに検査しました。" + "非公表にする事案なら「公表: 非公表」と「非公表基準」を正しいキーで書いてください。");
        return new Invalid();
      }
      case UNREADABLE_PUBLICATION -> {
        problems.at(f.node(PUBLICATION).orElseThrow(), "「公表」は 公表 または 非公表 と書いてください。");
        return new Invalid();
      }
      default -> {
        return published(doc, f, problems, date, before, acknowledgedSink);
      }
    }
  }

  private Checked published(
      YamlDocument doc,
      Fields f,
      Problems problems,
      Optional<LocalDate> date,
      int before,
      List<AcknowledgedFinding> acknowledgedSink) {
    Optional<String> office = string(f, problems, OFFICE);
    Optional<Text> summary = text(f, problems, SUMMARY, false);
    Optional<Text> cause = text(f, problems, CAUSE, false);
    Optional<Text> response = text(f, problems, RESPONSE, false);
    Optional<String> damage =
        f.string(DAMAGE, true)
            .flatMap(
                v -> {
                  if (v.equals("有") || v.equals("無")) {
                    return Optional.of(v);
                  }
                  problems.at(f.node(DAMAGE).orElseThrow(), "「二次被害」は 有 または 無 と書いてください。");
                  return Optional.empty();
                });
    Optional<Text> prevention = text(f, problems, PREVENTION, true);
    String remarks = "";
    if (f.has(REMARKS)) {
      remarks = string(f, problems, REMARKS).orElse("");
    }
    PersonalDataCheck personalData =
        new PersonalDataCheck(problems, Acknowledgements.read(f.node(ACKNOWLEDGED), problems));
    for (String key : PUBLISHED_TEXT) {
      f.node(key).ifPresent(personalData::scan);
    }
    acknowledgedSink.addAll(personalData.finish());
    if (problems.count() != before) {
      return new Invalid();
    }
    return new Row(
        doc.source().fileName(),
        date.orElseThrow(),
        office.orElseThrow(),
        summary.orElseThrow(),
        cause.orElseThrow(),
        response.orElseThrow(),
        damage.orElseThrow(),
        prevention.orElseThrow(),
        remarks);
  }

  /** How a file is treated, decided from the raw nodes before anything is checked. */
  private enum Kind {
    PUBLISHED,
    WITHHELD,
    CRITERION_WITHOUT_WITHHOLDING,
    UNREADABLE_PUBLICATION,
    MISSPELT_WITHHOLDING
  }

  /**
   * Anything that is not plainly a published case is treated as possibly withheld, so that its
   * messages never quote its text: a file that says 非公表, names a criterion, has an unreadable 公表
   * value, or is not even a mapping. Every 公表 key counts, not only the last: a file that says both
   * 公表 and something else gets the safe reading.
   */
  private static Kind kindOf(YamlDocument doc) {
    if (!(doc.root() instanceof MappingNode map)) {
      return Kind.WITHHELD;
    }
    Node publication = null;
    boolean criterion = false;
    boolean notPublished = false;
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k) {
        criterion |= k.getValue().equals(CRITERION);
        if (k.getValue().equals(PUBLICATION)) {
          publication = tuple.getValueNode();
          notPublished |=
              !(publication instanceof ScalarNode v && v.getValue().strip().equals(PUBLISHED));
        }
      }
    }
    String value = publication instanceof ScalarNode v ? v.getValue().strip() : null;
    if (WITHHELD.equals(value)) {
      return Kind.WITHHELD;
    }
    if (criterion) {
      return Kind.CRITERION_WITHOUT_WITHHOLDING;
    }
    if (notPublished) {
      return Kind.UNREADABLE_PUBLICATION;
    }
    if (publication == null && mentionsWithholding(map)) {
      return Kind.MISSPELT_WITHHOLDING;
    }
    return Kind.PUBLISHED;
  }

  /**
   * A file without a proper 公表 key that still says 非公表 somewhere at the top, or has a key that
   * looks like a misspelt 公表 or 非公表基準, was probably meant to be withheld: checking it as published
   * would quote its text.
   */
  private static boolean mentionsWithholding(MappingNode map) {
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getValueNode() instanceof ScalarNode v && v.getValue().strip().equals(WITHHELD)) {
        return true;
      }
      if (tuple.getKeyNode() instanceof ScalarNode k && !KEYS.contains(k.getValue())) {
        String key = k.getValue();
        if (key.contains(PUBLICATION)
            || KeySuggester.nearest(key, KEYS)
                .filter(s -> s.equals(PUBLICATION) || s.equals(CRITERION))
                .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void checkWithheld(Fields f, Problems problems) {
    OptionalInt criterion = f.integer(CRITERION, false);
    if (!f.present(CRITERION)) {
      problems.at(f.mapping(), "非公表の事案には「非公表基準」（1〜4 の番号）が必要です。");
    } else if (criterion.isPresent() && (criterion.getAsInt() < 1 || criterion.getAsInt() > 4)) {
      problems.at(f.node(CRITERION).orElseThrow(), "「非公表基準」は 1〜4 の番号で書いてください。");
    }
  }

  private static Optional<LocalDate> date(Fields f, Problems problems, Optional<Period> period) {
    Optional<Node> node = f.node(DATE);
    if (node.isEmpty()) {
      problems.at(f.mapping(), "必須の項目「発生日」がありません。");
      return Optional.empty();
    }
    if (!(node.get() instanceof ScalarNode s) || s.getValue().isBlank()) {
      problems.at(node.get(), "「発生日」は 2025-04-25 のような日付で書いてください。");
      return Optional.empty();
    }
    DateParser.Result parsed = DateParser.parse(s.getValue());
    if (parsed instanceof DateParser.Invalid invalid) {
      problems.at(node.get(), invalid.message());
      return Optional.empty();
    }
    LocalDate date = ((DateParser.Valid) parsed).date();
    if (period.isPresent() && !period.get().contains(date)) {
      Period p = period.get();
      problems.at(node.get(), "発生日が期間（" + p.start() + "〜" + p.end() + "）の外です。");
      return Optional.empty();
    }
    return Optional.of(date);
  }

  private Optional<String> string(Fields f, Problems problems, String key) {
    Optional<String> value = f.string(key, true);
    value.ifPresent(v -> characters.check(problems, key, f.node(key).orElseThrow(), v));
    return value;
  }

  private Optional<Text> text(Fields f, Problems problems, String key, boolean listAllowed) {
    Optional<Text> value = f.text(key, true, listAllowed);
    value.ifPresent(v -> characters.check(problems, key, f.node(key).orElseThrow(), v.joined()));
    return value;
  }
}
