package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.base.Problem;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.check.Messages;

/**
 * How every command checks the periods of a run and tells the user what it found: one {@link
 * Checker}, and one way of printing its problems, so that build, check, diff and archive say the
 * same thing about the same folder.
 */
final class Checks {

  private Checks() {}

  /** Fails early and clearly when templates/ or fonts/ are missing, rather than deep inside. */
  static Home home() {
    Home home = Home.locate();
    if (!home.isComplete()) {
      throw new InstallationException(
          "kohyo の templates/ または fonts/ が見つかりません（"
              + home.root()
              + "）。リポジトリの最上位で実行するか、-Dkohyo.home を指定してください。");
    }
    return home;
  }

  /** A checker over this installation. */
  static Checker checker() {
    return new Checker(Installation.of(home()));
  }

  /** Loads and checks each folder, in the order given. */
  static List<CheckedPeriod> run(List<Path> folders) {
    return checker().checkAll(folders);
  }

  /**
   * Prints every problem (errors and warnings) of the run in {@code path:line:column: message}
   * form; when there are errors, a hint for personal data and a last line saying that nothing was
   * written.
   *
   * @param nothingWritten what the last line says was left alone, e.g. 「ファイルは何も書き出していません。」
   * @return whether every period can be published
   */
  static boolean report(List<CheckedPeriod> periods, PrintWriter err, String nothingWritten) {
    List<Problem> problems = periods.stream().flatMap(p -> p.problems().stream()).toList();
    problems.forEach(p -> err.println(p.format()));
    long errors = problems.stream().filter(Problem::isError).count();
    boolean ok = periods.stream().allMatch(CheckedPeriod::ok);
    if (ok) {
      err.flush();
      return true;
    }
    if (problems.stream().anyMatch(p -> p.kind() == Problem.Kind.PERSONAL_DATA)) {
      err.println(Messages.personalDataHint());
    }
    err.println("エラー " + errors + " 件。" + nothingWritten);
    err.flush();
    return false;
  }
}
