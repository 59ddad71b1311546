package kohyo.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} with a Japanese description; mixed into every subcommand. */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "この説明を表示して終了します。")
  boolean help;
}
