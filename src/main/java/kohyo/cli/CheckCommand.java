package kohyo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kohyo.check.AcknowledgedFinding;
import kohyo.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kohyo check}: validates period folders without writing anything. */
@Command(
    name = "check",
    description = "期間のデータを検査します（PDF は作りません）。問題はすべて path:line:column: の形で表示します。")
final class CheckCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Override
  public Integer call() {
    List<Path> resolved = periods.resolve();
    Validation.Outcome outcome =
        Validation.checkAll(Validation.home(), resolved, spec.commandLine().getErr());
    if (!outcome.acknowledged().isEmpty()) {
      spec.commandLine()
          .getOut()
          .println("確認済みとして公表する個人情報らしき文字列（" + outcome.acknowledged().size() + " 件）:");
      for (AcknowledgedFinding a : outcome.acknowledged()) {
        spec.commandLine().getOut().println(a.format());
      }
    }
    List<Edition> editions = outcome.editions();
    if (editions == null) {
      return ExitCodes.INVALID_DATA;
    }
    for (Edition e : editions) {
      spec.commandLine()
          .getOut()
          .println(
              e.name() + ": 問題ありません（事案 " + e.total() + " 件、うち非公表 " + e.withheldCount() + " 件）。");
    }
    return ExitCodes.OK;
  }
}
