package kohyo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kohyo.check.AcknowledgedFinding;
import kohyo.check.CheckedPeriod;
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
    PrintWriter out = spec.commandLine().getOut();
    List<CheckedPeriod> checked = Checks.run(periods.resolve());
    List<AcknowledgedFinding> acknowledged =
        checked.stream().flatMap(c -> c.acknowledged().stream()).toList();
    if (!acknowledged.isEmpty()) {
      out.println("確認済みとして公表する個人情報らしき文字列（" + acknowledged.size() + " 件）:");
      acknowledged.forEach(a -> out.println(a.format()));
    }
    if (!Checks.report(checked, spec.commandLine().getErr(), "ファイルは何も書き出していません。")) {
      return ExitCodes.INVALID_DATA;
    }
    for (CheckedPeriod c : checked) {
      Edition e = c.checkedEdition();
      out.println(
          e.name() + ": 問題ありません（事案 " + e.total() + " 件、うち非公表 " + e.withheldCount() + " 件）。");
    }
    return ExitCodes.OK;
  }
}
