package kohyo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kohyo.load.PeriodReader;

/** Which period folders a command works on: those named, or every folder under {@code data/}. */
final class PeriodFolders {

  static final Path DEFAULT_DATA = Path.of("data");

  private PeriodFolders() {}

  static List<Path> resolve(List<Path> named) {
    if (named != null && !named.isEmpty()) {
      refuseSameNames(named);
      return List.copyOf(named);
    }
    if (!Files.isDirectory(DEFAULT_DATA)) {
      throw new UsageException("data フォルダーがありません。期間のフォルダーを指定してください。");
    }
    try {
      List<Path> found = periodFolders(DEFAULT_DATA);
      if (found.isEmpty()) {
        throw new UsageException("data フォルダーに期間のフォルダー（period.yaml のあるフォルダー）がありません。");
      }
      return found;
    } catch (IOException e) {
      throw new UsageException("data フォルダーを読めません。");
    }
  }

  /**
   * The periods in a folder that is not one itself (no period.yaml, no cases/) but holds period
   * folders; empty for anything else, which is then checked as a period and reported as such.
   */
  static Optional<List<Path>> periodsIn(Path folder) {
    if (!Files.isDirectory(folder)
        || Files.exists(folder.resolve(PeriodReader.PERIOD_FILE))
        || Files.exists(folder.resolve("cases"))) {
      return Optional.empty();
    }
    try {
      List<Path> found = periodFolders(folder);
      return found.isEmpty() ? Optional.empty() : Optional.of(found);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The folders directly in {@code folder} that have a period.yaml, by name. */
  private static List<Path> periodFolders(Path folder) throws IOException {
    try (Stream<Path> dirs = Files.list(folder)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(PeriodReader.PERIOD_FILE)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Two folders with one name would write one output file twice. */
  private static void refuseSameNames(List<Path> folders) {
    Map<String, Path> byName = new HashMap<>();
    for (Path f : folders) {
      String name = name(f);
      Path other = byName.putIfAbsent(name, f);
      if (other != null) {
        throw new UsageException("同じ名前の期間フォルダーが二度指定されています: " + other + " と " + f);
      }
    }
  }

  static String name(Path folder) {
    return folder.toAbsolutePath().normalize().getFileName().toString();
  }
}
