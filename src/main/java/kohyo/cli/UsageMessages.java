package kohyo.cli;

import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Japanese wording for picocli's (English) command-line errors. */
final class UsageMessages {

  private UsageMessages() {}

  static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      return first.startsWith("-") ? "不明なオプションです: " + first : "不明なサブコマンド、または余分な引数です: " + first;
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
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
