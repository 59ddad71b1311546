package kohyo.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.model.WithheldCase;
import kohyo.wording.Wording;

/**
 * A checked edition as a {@link Snapshot}: the title and each field as the reader sees them in the
 * PDF, worded by the same {@link Wording} the templates print with.
 */
public final class Snapshots {

  private Snapshots() {}

  /**
   * @param installation the installation's words; the edition's publisher's title is put in their
   *     place here, as the template does
   */
  public static Snapshot of(Edition edition, Wording installation) {
    Wording wording = installation.forEdition(edition);
    List<Row> rows = new ArrayList<>();
    for (PublishedCase c : edition.published()) {
      Map<Field, String> f = new EnumMap<>(Field.class);
      f.put(Field.NO, Integer.toString(c.no()));
      f.put(Field.OFFICE, c.office());
      f.put(Field.DATE, wording.date(c.wareki()));
      f.put(Field.SUMMARY, text(c.summary()));
      f.put(Field.CAUSE, text(c.cause()));
      f.put(Field.RESPONSE, text(c.response()));
      f.put(Field.DAMAGE, c.secondaryDamage());
      f.put(Field.PREVENTION, text(c.prevention()));
      f.put(Field.REMARKS, String.join("\n", wording.remarks(c)));
      rows.add(new Row(c.source(), f));
    }
    List<String> digests = edition.withheld().stream().map(WithheldCase::digest).toList();
    return new Snapshot(
        Map.of(Snapshot.TITLE, wording.title(edition.period())),
        edition.total(),
        edition.withheldCount(),
        rows,
        Optional.of(digests),
        edition.period().end());
  }

  private static String text(Text t) {
    return t.bulleted()
        ? String.join("\n", t.lines().stream().map(l -> "・" + l).toList())
        : t.joined();
  }
}
