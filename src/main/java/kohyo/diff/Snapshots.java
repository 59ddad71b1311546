package kohyo.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.model.Wareki;
import kohyo.model.WithheldCase;

/** A checked edition as a {@link Snapshot}: each field as the reader sees it in the PDF. */
public final class Snapshots {

  private Snapshots() {}

  public static Snapshot of(Edition edition) {
    Map<String, String> heading = new LinkedHashMap<>();
    heading.put("公表主体", edition.period().issuer());
    heading.put("年度", Integer.toString(edition.period().fiscalYear()));
    heading.put("区分", edition.period().half().label());
    List<Row> rows = new ArrayList<>();
    for (PublishedCase c : edition.published()) {
      Map<Field, String> f = new EnumMap<>(Field.class);
      f.put(Field.NO, Integer.toString(c.no()));
      f.put(Field.OFFICE, c.office());
      f.put(Field.DATE, wareki(c.wareki()));
      f.put(Field.SUMMARY, text(c.summary()));
      f.put(Field.CAUSE, text(c.cause()));
      f.put(Field.RESPONSE, text(c.response()));
      f.put(Field.DAMAGE, c.secondaryDamage());
      f.put(Field.PREVENTION, text(c.prevention()));
      f.put(Field.REMARKS, c.remarks());
      rows.add(new Row(c.source(), f));
    }
    List<String> digests = edition.withheld().stream().map(WithheldCase::digest).toList();
    return new Snapshot(
        heading,
        edition.total(),
        edition.withheldCount(),
        rows,
        Optional.of(digests),
        edition.period().end());
  }

  /**
   * The short 和暦 the table prints (R7.4.25), so that a report names a case as the reader knows it.
   */
  static String wareki(Wareki w) {
    return w.eraLetter() + w.year() + "." + w.month() + "." + w.day();
  }

  private static String text(Text t) {
    return t.bulleted()
        ? String.join("\n", t.lines().stream().map(l -> "・" + l).toList())
        : t.joined();
  }
}
