package kohyo.archive;

import java.util.ArrayList;
import java.util.List;
import kohyo.base.Installation;
import kohyo.check.CheckedPeriod;
import kohyo.load.PeriodReader;
import kohyo.load.PublisherFile;
import kohyo.load.SourceFile;

/**
 * The inputs that determine a period's PDF, taken from the very bytes that were checked. Another
 * input file (say a profile above the period folders) is one more line here, with a {@link Place}
 * saying where the archive keeps it and where a rebuild puts it back.
 */
final class ArchivedInputs {

  private ArchivedInputs() {}

  /**
   * period.yaml, the publisher file that applies (the period's own, or the shared one above it),
   * each case file in file-name order (a withheld one as its digest only), then the installation's
   * templates and fonts.
   */
  static List<ArchivedInput> of(CheckedPeriod period) {
    List<ArchivedInput> inputs = new ArrayList<>();
    period
        .period()
        .ifPresent(
            f -> inputs.add(ArchivedInput.kept(Place.PERIOD, PeriodReader.PERIOD_FILE, f.bytes())));
    period.publisher().ifPresent(p -> p.source().ifPresent(f -> inputs.add(publisher(p, f))));
    for (SourceFile c : period.cases()) {
      inputs.add(
          period.isConfidential(c)
              ? ArchivedInput.withheld(c.bytes())
              : ArchivedInput.kept(
                  Place.PERIOD, PeriodReader.CASES_DIR + "/" + c.fileName(), c.bytes()));
    }
    for (Installation.File f : period.installation().files()) {
      inputs.add(ArchivedInput.kept(Place.INSTALLATION, f.label(), f.bytes()));
    }
    return List.copyOf(inputs);
  }

  /** The period's own publisher file is kept with it; the shared one once for the archive. */
  private static ArchivedInput publisher(PublisherFile p, SourceFile f) {
    Place place =
        p.label().equals(PeriodReader.SHARED_PUBLISHER_FILE) ? Place.SHARED : Place.PERIOD;
    return ArchivedInput.kept(place, PeriodReader.PUBLISHER_FILE, f.bytes());
  }
}
