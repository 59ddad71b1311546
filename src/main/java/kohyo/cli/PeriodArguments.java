package kohyo.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The {@code DIR...} arguments of every command that works on period folders; mixed in with
 * {@code @Mixin}.
 */
final class PeriodArguments {

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "期間のフォルダー（省略時は data/ の下のすべて）")
  private List<Path> folders;

  /** The folders named, or every period under {@code data/}. */
  List<Path> resolve() {
    return PeriodFolders.resolve(folders);
  }
}
