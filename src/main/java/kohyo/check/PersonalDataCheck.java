package kohyo.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kohyo.base.Problem;
import kohyo.base.SourcePosition;
import kohyo.load.YamlDocument;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Runs the personal-data scan over the published fields of one file and turns each match into a
 * problem ({@code 種別: 文字列} at the match's own line and column) or, when the file acknowledges it,
 * into an {@link AcknowledgedFinding}. An acknowledgement that matches nothing is a problem too:
 * left behind after an edit, it would silently let the same string through later.
 *
 * <p>Only ever used on published text. A withheld case is not scanned: its text is never published,
 * and a message quoting it would be the leak.
 */
final class PersonalDataCheck {

  /**
   * Past this many findings in one file, listing more helps nobody and costs time on hostile input.
   */
  static final int MAX_FINDINGS = 100;

  private final Problems problems;
  private final YamlDocument source;
  private final List<Acknowledgements.Entry> acknowledgements;
  private final Set<Acknowledgements.Entry> used = new HashSet<>();
  private final List<AcknowledgedFinding> acknowledged = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private int findings;

  PersonalDataCheck(Problems problems, List<Acknowledgements.Entry> acknowledgements) {
    this.problems = problems;
    this.source = problems.document();
    this.acknowledgements = acknowledgements;
  }

  /** Scans one field's value: a string, or a list of strings. */
  void scan(String key, Node value) {
    if (value instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      scanScalar(key, s, s.getValue());
    } else if (value instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
          // a list item prints its lines joined, as Fields does; the scan reads them joined too
          scanScalar(key, s, s.getValue());
        }
      }
    }
  }

  /** Problems for acknowledgements that matched nothing; the acknowledged findings. */
  List<AcknowledgedFinding> finish() {
    for (Acknowledgements.Entry e : acknowledgements) {
      if (!used.contains(e)) {
        problems.at(
            e.node(),
            Problem.Kind.ACKNOWLEDGEMENT,
            Schema.ACKNOWLEDGED,
            Messages.acknowledgementUnused(e.kind().label(), e.text()));
      }
    }
    return List.copyOf(acknowledged);
  }

  private void scanScalar(String key, ScalarNode node, String value) {
    int from = Math.min(source.startOf(node), source.source().text().length());
    int to = Math.max(from, Math.min(source.endOf(node), source.source().text().length()));
    int cursor = from;
    for (PersonalDataScan.Match m : PersonalDataScan.scan(value)) {
      if (findings > MAX_FINDINGS) {
        return;
      }
      // a string over two lines is found by its first line: the file indents the second
      String first = m.text().lines().findFirst().orElse(m.text());
      int at = source.source().text().indexOf(first, cursor);
      SourcePosition position;
      if (at >= 0 && at + first.length() <= to) {
        position = source.positionAt(at);
        cursor = at + first.length();
      } else {
        // escaped or folded in the file: the value's own start is the nearest honest place
        position = source.positionAt(from);
      }
      // a list item is scanned both joined and as written; one place, one report
      if (!reported.add(position + "\u0000" + m.kind() + "\u0000" + m.text())) {
        continue;
      }
      report(key, m, position);
    }
  }

  private void report(String key, PersonalDataScan.Match m, SourcePosition position) {
    for (Acknowledgements.Entry e : acknowledgements) {
      if (e.kind() == m.kind() && m.kind().acknowledges(e.text(), m.text())) {
        used.add(e);
        acknowledged.add(
            new AcknowledgedFinding(
                position.path(),
                position.line(),
                position.column(),
                m.kind().label(),
                Messages.shown(m.text()),
                e.reason()));
        return;
      }
    }
    findings++;
    if (findings <= MAX_FINDINGS) {
      problems.add(
          Problem.at(
              position,
              Problem.Kind.PERSONAL_DATA,
              key,
              Messages.personalData(m.kind().label(), m.text())));
    } else if (findings == MAX_FINDINGS + 1) {
      problems.add(
          Problem.at(position, Problem.Kind.PERSONAL_DATA, key, Messages.tooManyFindings()));
    }
  }
}
