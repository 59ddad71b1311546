package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kohyo.check.EditionChecker;
import kohyo.check.FontCoverage;
import kohyo.load.PeriodReader;
import kohyo.load.Problem;
import kohyo.model.Edition;
import kohyo.render.Home;

/** Loads and checks every folder of a run, reporting all problems together. Shared by build and check. */
final class Validation {

    private Validation() {
    }

    /** The editions, in the order given, or {@code null} when any folder had a problem (already printed). */
    static List<Edition> run(Home home, List<Path> folders, PrintWriter err) {
        EditionChecker checker = new EditionChecker(FontCoverage.of(home.fontFiles()));
        PeriodReader reader = new PeriodReader();
        List<Edition> editions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path folder : folders) {
            EditionChecker.CheckResult result = checker.check(reader.read(folder));
            problems.addAll(result.problems());
            result.edition().ifPresent(editions::add);
        }
        if (problems.isEmpty()) {
            return editions;
        }
        for (Problem p : problems) {
            err.println(p.format());
        }
        err.println("エラー " + problems.size() + " 件。ファイルは何も書き出していません。");
        return null;
    }

    /** Fails early and clearly when templates/ or fonts/ are missing, rather than deep inside the renderer. */
    static Home home() {
        Home home = Home.locate();
        if (!home.isComplete()) {
            throw new UsageException("kohyo の templates/ または fonts/ が見つかりません（" + home.root()
                    + "）。リポジトリの最上位で実行するか、-Dkohyo.home を指定してください。");
        }
        return home;
    }
}
