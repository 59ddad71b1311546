package kohyo.wording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.load.YamlDocument;
import kohyo.load.YamlReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code wording.yaml} with kohyo's safe YAML reading (compose only: strings, lists and
 * mappings) and checks that every word kohyo prints or reads back is there, collecting every
 * problem before giving up.
 */
final class WordingFile {

  private static final String TITLE = "表題";
  private static final String SUBJECT = "主題";
  private static final String HEADINGS = "見出し";
  private static final String COUNT_HEADING = "事案件数";
  private static final String CASES_HEADING = "事案の概要";
  private static final String COUNT = "件数";
  private static final String COLUMNS = "列";
  private static final String NONE = "事案なし";
  private static final String NOTE = "注記";
  private static final String CRITERIA_HEADING = "非公表基準の見出し";
  private static final String CRITERIA = "非公表基準";
  private static final String ERA = "和暦";
  private static final String FISCAL_YEAR = "年度";
  private static final String DATE = "日付";
  private static final String INDIVIDUAL = "個別公表";
  private static final String CSV_COLUMNS = "CSVの列";

  private static final List<String> KEYS =
      List.of(
          TITLE,
          SUBJECT,
          HEADINGS,
          COUNT,
          COLUMNS,
          NONE,
          NOTE,
          CRITERIA_HEADING,
          CRITERIA,
          ERA,
          INDIVIDUAL,
          CSV_COLUMNS);

  private static final int MAX_CRITERIA = Wording.MAX_CRITERIA;

  /** Plain scalars: a label such as NO must not fail because YAML 1.1 would read it as false. */
  private static final Set<Tag> TEXT_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP);

  private final YamlDocument doc;
  private final List<Problem> problems = new ArrayList<>();

  private WordingFile(YamlDocument doc) {
    this.doc = doc;
  }

  static Wording read(Path file, String displayPath) {
    YamlReader.Outcome outcome = new YamlReader().read(file, displayPath);
    if (outcome instanceof YamlReader.Failed failed) {
      throw new InvalidWording(displayPath, failed.problems());
    }
    WordingFile reading = new WordingFile(((YamlReader.Read) outcome).document());
    Optional<Wording> wording = reading.wording();
    if (!reading.problems.isEmpty() || wording.isEmpty()) {
      throw new InvalidWording(displayPath, reading.problems);
    }
    return wording.get();
  }

  private Optional<Wording> wording() {
    Node root = doc.root();
    if (root == null) {
      problem(null, "ファイルが空です。");
      return Optional.empty();
    }
    Map<String, Node> top = mapping(root, null, KEYS);
    Map<String, Node> headings = section(top, HEADINGS, List.of(COUNT_HEADING, CASES_HEADING));
    Map<String, Node> era = section(top, ERA, List.of(FISCAL_YEAR, DATE));
    Map<String, Node> columnNodes = section(top, COLUMNS, Wording.COLUMN_KEYS);
    Phrase title = phrase(top.get(TITLE), TITLE, Wording.PERIOD_PLACES, false);
    Phrase subject = phrase(top.get(SUBJECT), SUBJECT, Wording.PERIOD_PLACES, false);
    String countHeading = string(headings.get(COUNT_HEADING), HEADINGS + "」の「" + COUNT_HEADING);
    String casesHeading = string(headings.get(CASES_HEADING), HEADINGS + "」の「" + CASES_HEADING);
    Phrase count = phrase(top.get(COUNT), COUNT, Wording.COUNT_PLACES, true);
    Map<String, Column> columns = columns(columnNodes);
    String none = string(top.get(NONE), NONE);
    String note = string(top.get(NOTE), NOTE);
    String criteriaHeading = string(top.get(CRITERIA_HEADING), CRITERIA_HEADING);
    List<String> criteria = criteria(top.get(CRITERIA));
    Phrase fiscalYear =
        phrase(era.get(FISCAL_YEAR), ERA + "」の「" + FISCAL_YEAR, Wording.FISCAL_YEAR_PLACES, false);
    Phrase date = phrase(era.get(DATE), ERA + "」の「" + DATE, Wording.DATE_PLACES, false);
    Phrase individual = phrase(top.get(INDIVIDUAL), INDIVIDUAL, Wording.INDIVIDUAL_PLACES, true);
    Map<String, String> csvHeadings =
        csvHeadings(section(top, CSV_COLUMNS, Wording.CSV_KEYS), columns);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Wording(
            title,
            subject,
            countHeading,
            casesHeading,
            count,
            columns,
            none,
            note,
            criteriaHeading,
            criteria,
            fiscalYear,
            date,
            individual,
            csvHeadings));
  }

  /**
   * The entries of a mapping, each key once; a missing key or one kohyo does not know is a problem.
   *
   * @param name the mapping's key in the file, {@code null} for the whole file
   */
  private Map<String, Node> mapping(Node node, String name, List<String> keys) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode map)) {
      problem(node, (name == null ? "" : "「" + name + "」は") + "「キー: 値」の形で書いてください。");
      return entries;
    }
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        problem(t.getKeyNode(), "キーは文字で書いてください。");
        continue;
      }
      String k = key.getValue();
      if (!seen.add(k)) {
        problem(key, "「" + k + "」が二度書かれています。");
      } else if (!keys.contains(k)) {
        problem(
            key,
            "「"
                + k
                + "」は kohyo の知らないキーです"
                + (name == null ? "" : "（「" + name + "」に書けるのは " + String.join("、", keys) + "）")
                + "。");
      } else {
        entries.put(k, t.getValueNode());
      }
    }
    for (String k : keys) {
      if (!seen.contains(k)) {
        problem(node, (name == null ? "" : "「" + name + "」に") + "「" + k + "」がありません。");
      }
    }
    return entries;
  }

  private Map<String, Node> section(Map<String, Node> top, String name, List<String> keys) {
    Node node = top.get(name);
    return node == null ? Map.of() : mapping(node, name, keys);
  }

  /**
   * One line of text, or {@code null} (with a problem) when it is not one.
   *
   * @param name how a message names it, without the outer brackets
   */
  private String string(Node node, String name) {
    if (node == null) {
      return null; // reported as missing by its mapping
    }
    if (!(node instanceof ScalarNode s) || !TEXT_TAGS.contains(s.getTag())) {
      problem(node, "「" + name + "」は文字列で書いてください。");
      return null;
    }
    String value = s.getValue().strip();
    if (value.isEmpty()) {
      problem(node, "「" + name + "」が空です。");
      return null;
    }
    if (value.contains("\n")) {
      problem(node, "「" + name + "」は 1 行で書いてください。");
      return null;
    }
    return value;
  }

  /**
   * A sentence with places: only the names kohyo fills in, each at most once, and when {@code
   * every} is set each of them exactly once, apart from one another so that a reader can tell the
   * numbers apart.
   */
  private Phrase phrase(Node node, String name, List<String> places, boolean every) {
    String text = string(node, name);
    if (text == null) {
      return null;
    }
    Phrase phrase = Phrase.parse(text);
    String allowed = String.join(" ", places.stream().map(p -> "{" + p + "}").toList());
    List<String> used = phrase.places();
    for (String p : new LinkedHashSet<>(used)) {
      if (!places.contains(p)) {
        problem(node, "「" + name + "」の {" + p + "} には何も差し込めません（使えるのは " + allowed + "）。");
      } else if (every && used.stream().filter(p::equals).count() > 1) {
        problem(node, "「" + name + "」の {" + p + "} は 1 回だけ書いてください。");
      }
    }
    if (every) {
      for (String p : places) {
        if (!used.contains(p)) {
          problem(node, "「" + name + "」に {" + p + "} がありません（" + allowed + " のすべてが必要です）。");
        }
      }
      List<Phrase.Piece> pieces = phrase.pieces();
      for (int i = 1; i < pieces.size(); i++) {
        if (pieces.get(i).place() && pieces.get(i - 1).place()) {
          problem(node, "「" + name + "」の差し込みの間には文字を入れてください（続けて書くと数を読み分けられません）。");
        }
      }
    }
    return phrase;
  }

  private Map<String, Column> columns(Map<String, Node> nodes) {
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, String> keyByLabel = new LinkedHashMap<>();
    for (String key : Wording.COLUMN_KEYS) {
      Node node = nodes.get(key);
      String heading = string(node, COLUMNS + "」の「" + key);
      if (heading == null) {
        continue;
      }
      Column column = Column.of(key, heading);
      if (column.lines().stream().anyMatch(String::isBlank)) {
        problem(
            node, "「" + COLUMNS + "」の「" + key + "」の「" + Column.LINE_BREAK + "」の前後には文字を書いてください。");
        continue;
      }
      String other = keyByLabel.putIfAbsent(column.label(), key);
      if (other != null) {
        problem(
            node,
            "「" + COLUMNS + "」の「" + key + "」の見出しが「" + other + "」と同じです（PDF を読み戻すとき、見出しで列を見分けます）。");
      }
      columns.put(key, column);
    }
    return columns;
  }

  /**
   * The CSV's own headings: one line each, and no two of the CSV's columns alike, the table's
   * included, since a dataset's columns are found by their headings.
   */
  private Map<String, String> csvHeadings(Map<String, Node> nodes, Map<String, Column> columns) {
    Map<String, String> headings = new LinkedHashMap<>();
    Map<String, String> keyByHeading = new LinkedHashMap<>();
    columns.values().forEach(c -> keyByHeading.put(c.label(), COLUMNS + "」の「" + c.key()));
    for (String key : Wording.CSV_KEYS) {
      Node node = nodes.get(key);
      String heading = string(node, CSV_COLUMNS + "」の「" + key);
      if (heading == null) {
        continue;
      }
      String other = keyByHeading.putIfAbsent(heading, CSV_COLUMNS + "」の「" + key);
      if (other != null) {
        problem(
            node,
            "「"
                + CSV_COLUMNS
                + "」の「"
                + key
                + "」の見出しが「"
                + other
                + "」と同じです（CSV の列は見出しで見分けるので、別の見出しにしてください）。");
      }
      headings.put(key, heading);
    }
    return headings;
  }

  private List<String> criteria(Node node) {
    List<String> criteria = new ArrayList<>();
    if (node == null) {
      return criteria;
    }
    if (!(node instanceof SequenceNode list)) {
      problem(node, "「" + CRITERIA + "」は「- 」で始まる項目のリストで書いてください。");
      return criteria;
    }
    for (Node item : list.getValue()) {
      String text = string(item, CRITERIA + "」の項目");
      if (text != null) {
        criteria.add(text);
      }
    }
    int n = list.getValue().size();
    if (n < 1 || n > MAX_CRITERIA) {
      problem(node, "「" + CRITERIA + "」は 1〜" + MAX_CRITERIA + " 項目で書いてください（" + n + " 項目あります）。");
    }
    return criteria;
  }

  private void problem(Node node, String message) {
    problems.add(Problem.at(doc.positionOf(node), Problem.Kind.SCHEMA, "", message));
  }
}
