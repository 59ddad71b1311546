package kohyo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    try (Stream<Path> dirs = Files.list(DEFAULT_DATA)) {
      List<Path> found =
          dirs.filter(d -> Files.isRegularFile(d.resolve(PeriodReader.PERIOD_FILE)))
              .sorted(Comparator.comparing(Path::toString))
              .toList();
      if (found.isEmpty()) {
        throw new UsageException("data フォルダーに期間のフォルダー（period.yaml のあるフォルダー）がありません。");
      }
      return found;
    } catch (IOException e) {
      throw new UsageException("data フォルダーを読めません。");
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
