package kohyo.archive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kohyo.render.Format;

/**
 * One period rendered for the archive but not yet written: its manifest, PDF/A bytes, the twins
 * published with the PDF (HTML and CSV, the same bytes as {@code build} writes) and the inputs the
 * archive keeps.
 */
public record PeriodBuild(
    Manifest manifest, byte[] pdf, Map<Format, byte[]> twins, List<ArchivedInput> inputs) {

  public PeriodBuild {
    twins = Collections.unmodifiableMap(new EnumMap<>(twins));
    inputs = List.copyOf(inputs);
  }

  public String period() {
    return manifest.period();
  }
}
