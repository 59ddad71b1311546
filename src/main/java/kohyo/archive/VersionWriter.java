package kohyo.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes one built version into a folder: its PDF, twins, manifest and kept period inputs. */
final class VersionWriter {

  private VersionWriter() {}

  /**
   * @return every file written, by path relative to {@code folder}, in the order SHA256SUMS lists
   *     them
   */
  static Map<String, byte[]> write(Path folder, PeriodBuild build) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(build.manifest().pdfName(), build.pdf());
    build.twins().forEach((twin, bytes) -> files.put(build.manifest().twinName(twin), bytes));
    files.put(Version.MANIFEST, build.manifest().format().getBytes(StandardCharsets.UTF_8));
    for (ArchivedInput i : build.inputs()) {
      if (i.place().kept() == Place.Kept.IN_VERSION) {
        files.put(Version.INPUTS + "/" + i.label(), i.bytes());
      }
    }
    Folders.write(folder, files);
    return files;
  }
}
