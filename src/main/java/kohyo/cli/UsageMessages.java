package kohyo.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Japanese wording for picocli's (English) command-line errors. */
final class UsageMessages {

  private UsageMessages() {}

  /**
   * @param args the command line as given, to tell an option given without its value from a
   *     required option not given at all
   */
  static String describe(CommandLine.ParameterException ex, String[] args) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      return first.startsWith("-") ? "不明なオプションです: " + first : "不明なサブコマンド、または余分な引数です: " + first;
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      for (ArgSpec missing : m.getMissing()) {
        Optional<String> typed =
            missing instanceof OptionSpec o ? typed(o, args) : Optional.empty();
        if (typed.isPresent()) {
          return typed.get()
              + " の後に「"
              + missing.paramLabel()
              + "」を書いてください（"
              + typed.get()
              + " の値がありません）。";
        }
      }
      return "必須の指定がありません: "
          + m.getMissing().stream().map(UsageMessages::name).collect(Collectors.joining("、"));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return "同じオプションが二度指定されています: " + name(o.getOverwritten());
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return "引数が多すぎます。";
    }
    String message = String.valueOf(ex.getMessage());
    if (message.codePoints().anyMatch(c -> c >= 0x3000)) {
      return message; // already ours
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return name(ex.getArgSpec()) + " の値「" + ex.getValue() + "」が正しくありません。";
    }
    return "コマンドラインを解釈できません。";
  }

  /** The option's name as the user typed it, if the command line has it. */
  private static Optional<String> typed(OptionSpec option, String[] args) {
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) {
      return o.longestName();
    }
    if (spec instanceof PositionalParamSpec p) {
      return p.paramLabel();
    }
    return String.valueOf(spec);
  }
}
