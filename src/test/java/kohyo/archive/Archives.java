package kohyo.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kohyo.base.Sha256;
import kohyo.testing.Periods;

/** Archive folders for the archive tests: read them whole, copy them, forge them. */
final class Archives {

  private Archives() {}

  /** Every file but the lock file (which a run leaves, empty, on purpose), by path. */
  static Map<Path, byte[]> filesUnder(Path root) {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f :
          all.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals(ArchiveFolder.LOCK))
              .toList()) {
        files.put(f, Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every file under {@code root} with its path relative to it, with {@code /}. */
  static Map<String, byte[]> relativeFiles(Path root) {
    Map<String, byte[]> out = new TreeMap<>();
    filesUnder(root)
        .forEach((p, b) -> out.put(root.relativize(p).toString().replace('\\', '/'), b));
    return out;
  }

  static Path copy(Path archive, Path to) {
    filesUnder(archive)
        .forEach((p, b) -> Periods.writeBytes(to.resolve(archive.relativize(p).toString()), b));
    return to;
  }

  /**
   * What a forger who knows the format does after changing files of a period: rewrites the period's
   * SHA256SUMS over every file in the folder and the archive's record line for it.
   */
  static void reseal(Path archive, String period) {
    Path folder = archive.resolve(period);
    StringBuilder sums = new StringBuilder();
    relativeFiles(folder)
        .forEach(
            (path, bytes) -> {
              if (!path.equals("SHA256SUMS")) {
                sums.append(Sha256.hex(bytes)).append("  ").append(path).append('\n');
              }
            });
    byte[] sumsBytes = sums.toString().getBytes(StandardCharsets.UTF_8);
    Periods.writeBytes(folder.resolve("SHA256SUMS"), sumsBytes);
    String record = read(archive.resolve("SHA256SUMS"));
    StringBuilder updated = new StringBuilder();
    for (String line : record.split("\n")) {
      updated
          .append(
              line.endsWith("  " + period + "/SHA256SUMS")
                  ? Sha256.hex(sumsBytes) + "  " + period + "/SHA256SUMS"
                  : line)
          .append('\n');
    }
    Periods.write(archive.resolve("SHA256SUMS"), updated.toString());
  }

  /** A forger's new PDF for a period, with the manifest, SHA256SUMS and record made to agree. */
  static void forgePdf(Path archive, String period, byte[] pdf) {
    Path folder = archive.resolve(period);
    Path manifest = folder.resolve("manifest.txt");
    String old = Sha256.hex(bytes(folder.resolve(period + ".pdf")));
    Periods.writeBytes(folder.resolve(period + ".pdf"), pdf);
    Periods.write(manifest, read(manifest).replace(old, Sha256.hex(pdf)));
    reseal(archive, period);
  }

  static String sha(Path file) {
    return Sha256.hex(bytes(file));
  }

  static String read(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
