package kohyo.archive;

import java.util.List;

/**
 * One period rendered for the archive but not yet written: its manifest, PDF/A bytes and the inputs
 * the archive keeps.
 */
public record PeriodBuild(Manifest manifest, byte[] pdf, List<ArchivedInput> inputs) {

  public PeriodBuild {
    inputs = List.copyOf(inputs);
  }

  public String period() {
    return manifest.period();
  }
}
