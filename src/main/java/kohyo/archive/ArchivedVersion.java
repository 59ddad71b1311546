package kohyo.archive;

import java.nio.file.Path;
import kohyo.render.Format;

/**
 * One version of a period as the archive holds it: the current one (the period folder) or a
 * replaced one ({@code history/<n>/}).
 *
 * @param folder where its PDF, manifest and inputs/ are
 * @param name how reports call it, e.g. {@code 2025-h1} or {@code 2025-h1/history/1}
 * @param manifest its manifest, read
 */
record ArchivedVersion(Path folder, String name, Manifest manifest) {

  boolean isHistory() {
    return name.contains("/");
  }

  Path pdf() {
    return folder.resolve(manifest.pdfName());
  }

  Path twin(Format twin) {
    return folder.resolve(manifest.twinName(twin));
  }

  /** Where a kept period input is, e.g. {@code inputs/cases/01-x.yaml}. */
  Path input(Manifest.Input input) {
    return folder.resolve(Version.INPUTS).resolve(input.label());
  }
}
