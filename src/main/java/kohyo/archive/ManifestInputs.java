package kohyo.archive;

import java.util.ArrayList;
import java.util.List;
import kohyo.base.Installation;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.load.PeriodReader;
import kohyo.load.SourceFile;

/**
 * The inputs a manifest records for a checked period, hashed from the very bytes that were checked:
 * period.yaml, each case file (a withheld one only as {@link Manifest#WITHHELD_LABEL} and its
 * hash), then the installation's templates and fonts.
 */
final class ManifestInputs {

  private ManifestInputs() {}

  static List<Manifest.Input> of(CheckedPeriod period) {
    List<Manifest.Input> inputs = new ArrayList<>();
    period
        .period()
        .ifPresent(
            p -> inputs.add(new Manifest.Input(PeriodReader.PERIOD_FILE, Sha256.hex(p.bytes()))));
    period
        .publisher()
        .flatMap(p -> p.source().map(s -> new Manifest.Input(p.label(), Sha256.hex(s.bytes()))))
        .ifPresent(inputs::add);
    for (SourceFile c : period.cases()) {
      String label =
          period.isConfidential(c)
              ? Manifest.WITHHELD_LABEL
              : PeriodReader.CASES_DIR + "/" + c.fileName();
      inputs.add(new Manifest.Input(label, Sha256.hex(c.bytes())));
    }
    for (Installation.File f : period.installation().files()) {
      inputs.add(new Manifest.Input(f.label(), f.sha256()));
    }
    return inputs;
  }
}
