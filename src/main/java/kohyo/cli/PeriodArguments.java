package kohyo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The {@code DIR...} arguments of every command that works on period folders; mixed in with
 * {@code @Mixin}.
 */
final class PeriodArguments {

  @Parameters(
      paramLabel = "DIR",
      arity = "0..*",
      description = "期間のフォルダー（省略時は data/ の下のすべて。期間のフォルダーが入ったフォルダーなら、その中のすべて）")
  private List<Path> folders;

  /**
   * The folders named, or every period under {@code data/}. A named folder that holds periods
   * rather than being one ({@code data}, a publisher's folder with its publisher.yaml) stands for
   * the periods in it, as {@code data/} does when nothing is named.
   */
  List<Path> resolve() {
    if (folders == null || folders.isEmpty()) {
      return PeriodFolders.resolve(folders);
    }
    List<Path> expanded = new ArrayList<>();
    for (Path f : folders) {
      expanded.addAll(PeriodFolders.periodsIn(f).orElse(List.of(f)));
    }
    return PeriodFolders.resolve(expanded);
  }
}
