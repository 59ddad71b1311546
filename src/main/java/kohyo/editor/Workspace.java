package kohyo.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kohyo.load.PeriodReader;

/**
 * The folders the editor works on: DATA with its period folders, and where official builds and the
 * archive go. Every name that comes from a request is looked up here among the folder's real
 * entries, so no request can reach a file outside DATA ({@code ..}, absolute paths, symbolic links
 * leading elsewhere all resolve to nothing).
 *
 * @param data the data folder as given (e.g. {@code data}); problems name files under it as the
 *     command line does
 * @param output where official builds go ({@code build -o}), e.g. {@code out}
 * @param archive where {@code archive --to} puts periods
 */
public record Workspace(Path data, Path output, Path archive) {

  /** Names the editor may create or open: no separators, no hidden or relative names. */
  static boolean plainName(String name) {
    return name != null
        && !name.isEmpty()
        && name.length() <= 200
        && !name.startsWith(".")
        && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f);
  }

  /** Period folders (those holding a period.yaml), by name. */
  public List<String> periods() {
    List<String> names = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(data)) {
      for (Path d : dirs.sorted().toList()) {
        String name = d.getFileName().toString();
        if (plainName(name)
            && Files.isDirectory(d)
            && Files.isRegularFile(d.resolve(PeriodReader.PERIOD_FILE))
            && inside(d)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return names;
  }

  /** A period folder by name, if it is one of {@link #periods()}. */
  public Optional<Path> period(String name) {
    if (!plainName(name) || !periods().contains(name)) {
      return Optional.empty();
    }
    return Optional.of(data.resolve(name));
  }

  /** The case files of a period: {@code *.yaml} regular files of {@code cases/}, by name. */
  public static List<String> caseFiles(Path period) {
    Path cases = period.resolve(PeriodReader.CASES_DIR);
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(cases)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (plainName(name) && name.endsWith(".yaml") && Files.isRegularFile(f)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return names;
  }

  /** A case file of a period by name, if it exists there and stays inside DATA. */
  public Optional<Path> caseFile(Path period, String name) {
    if (!plainName(name) || !caseFiles(period).contains(name)) {
      return Optional.empty();
    }
    Path file = period.resolve(PeriodReader.CASES_DIR).resolve(name);
    return inside(file) ? Optional.of(file) : Optional.empty();
  }

  /** Whether a path, with every symbolic link followed, is inside DATA. */
  boolean inside(Path p) {
    try {
      Path root = data.toRealPath();
      Path real = p.toRealPath();
      return real.startsWith(root) && !real.equals(root);
    } catch (IOException e) {
      return false;
    }
  }

  /** The official build of a period: {@code OUTDIR/<name>.pdf}. */
  public Path officialPdf(String period) {
    return output.resolve(period + ".pdf");
  }

  /**
   * The official build of a period when there is one, and only if it lies in the output folder (no
   * symbolic link leads elsewhere).
   */
  public Optional<Path> built(String period) {
    if (!plainName(period)) {
      return Optional.empty();
    }
    Path pdf = officialPdf(period);
    try {
      if (!Files.isRegularFile(pdf)
          || !pdf.toRealPath().startsWith(output.toRealPath())
          || !pdf.toRealPath().getParent().equals(output.toRealPath())) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(pdf);
  }

  /** A period's archived PDF: {@code ARCHIVE/<name>/<name>.pdf}. */
  public Path archivedPdf(String period) {
    return archive.resolve(period).resolve(period + ".pdf");
  }

  static boolean exists(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }
}
