package kohyo.diff;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One side of a comparison, from a period folder or a kohyo PDF.
 *
 * @param heading what identifies the edition, label → value: the title ({@link #TITLE}), as the
 *     document prints it
 * @param total 事案件数
 * @param withheldCount 非公表基準該当
 * @param rows published rows in NO order
 * @param withheldDigests digests of the withheld cases' files, known only from a folder
 * @param dated the date to stamp a redline with (the period's last day), so redlines are
 *     reproducible
 */
public record Snapshot(
    Map<String, String> heading,
    int total,
    int withheldCount,
    List<Row> rows,
    Optional<List<String>> withheldDigests,
    LocalDate dated) {

  /** The heading's label for the document's title, as a report names it. */
  public static final String TITLE = "表題";

  public Snapshot {
    heading = Collections.unmodifiableMap(new LinkedHashMap<>(heading));
    rows = List.copyOf(rows);
    withheldDigests = withheldDigests.map(List::copyOf);
  }
}
