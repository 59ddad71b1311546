package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kohyo.base.Home;
import kohyo.base.Problem;
import kohyo.check.AcknowledgedFinding;
import kohyo.check.EditionChecker;
import kohyo.check.FontCoverage;
import kohyo.load.LoadResult;
import kohyo.load.LoadedPeriod;
import kohyo.load.PeriodReader;
import kohyo.model.Edition;

/**
 * Loads and checks every folder of a run, reporting all problems together. Shared by build and
 * check.
 */
final class Validation {

  private Validation() {}

  /**
   * The editions, in the order given, or {@code null} when any folder had a problem (already
   * printed).
   */
  static List<Edition> run(Home home, List<Path> folders, PrintWriter err) {
    List<Checked> checked = runWithSources(home, folders, err);
    return checked == null ? null : checked.stream().map(Checked::edition).toList();
  }

  /** A valid edition with the files it was made from (for fingerprints and diffs). */
  record Checked(LoadedPeriod loaded, Edition edition) {}

  /** Like {@link #run}, keeping each edition's loaded files. */
  static List<Checked> runWithSources(Home home, List<Path> folders, PrintWriter err) {
    return checkAll(home, folders, err).checked();
  }

  /**
   * What a run found: the editions ({@code null} when any folder had a problem, already printed)
   * and the acknowledged personal-data findings, which {@code check} lists.
   */
  record Outcome(List<Checked> checked, List<AcknowledgedFinding> acknowledged) {
    List<Edition> editions() {
      return checked == null ? null : checked.stream().map(Checked::edition).toList();
    }
  }

  static Outcome checkAll(Home home, List<Path> folders, PrintWriter err) {
    EditionChecker checker = new EditionChecker(FontCoverage.of(home.fontFiles()));
    PeriodReader reader = new PeriodReader();
    List<Checked> editions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<AcknowledgedFinding> acknowledged = new ArrayList<>();
    for (Path folder : folders) {
      LoadResult loaded = reader.read(folder);
      EditionChecker.CheckResult result = checker.check(loaded);
      problems.addAll(result.problems());
      acknowledged.addAll(result.acknowledged());
      result.edition().ifPresent(e -> editions.add(new Checked(loaded.period(), e)));
    }
    if (problems.isEmpty()) {
      return new Outcome(editions, acknowledged);
    }
    for (Problem p : problems) {
      err.println(p.format());
    }
    if (problems.stream().anyMatch(p -> EditionChecker.isPersonalDataFinding(p.message()))) {
      err.println(
          "個人情報らしき文字列は、削除するか伏せ字にしてください。公表してよいと確認したものは、" + "その事案ファイルの「確認済み」に種別・文字列・理由を書けます。");
    }
    err.println("エラー " + problems.size() + " 件。ファイルは何も書き出していません。");
    return new Outcome(null, acknowledged);
  }

  /**
   * Fails early and clearly when templates/ or fonts/ are missing, rather than deep inside the
   * renderer.
   */
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
}
