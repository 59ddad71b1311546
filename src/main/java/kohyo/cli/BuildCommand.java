package kohyo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import kohyo.load.IoMessages;
import kohyo.model.Edition;
import kohyo.render.AtomicFiles;
import kohyo.render.Home;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kohyo build}: checks, then renders each period to {@code OUTDIR/<folder-name>.pdf}. */
@Command(name = "build", description = "期間のデータを検査し、PDF（A4 横）を作ります。1 件でも問題があれば何も書き出しません。")
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "期間のフォルダー（省略時は data/ の下のすべて）")
    private List<Path> folders;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", defaultValue = "out",
            description = "PDF を書き出すフォルダー（既定: ${DEFAULT-VALUE}）")
    private Path outputDir;

    @Override
    public Integer call() {
        Home home = Validation.home();
        List<Edition> editions = Validation.run(home, PeriodFolders.resolve(folders), spec.commandLine().getErr());
        if (editions == null) {
            return ExitCodes.INVALID_DATA;
        }
        Publisher publisher = new Publisher(home);
        // everything is rendered before anything is written, so a failure leaves all outputs as they were
        List<byte[]> pdfs = new ArrayList<>();
        for (Edition e : editions) {
            pdfs.add(publisher.pdf(e, RenderOptions.official()));
        }
        for (int i = 0; i < editions.size(); i++) {
            Edition e = editions.get(i);
            Path target = outputDir.resolve(e.name() + ".pdf");
            try {
                AtomicFiles.write(target, pdfs.get(i));
            } catch (IOException ex) {
                spec.commandLine().getErr().println(target + ": 書き出せません（" + IoMessages.describe(ex) + "）。");
                return ExitCodes.FAILURE;
            }
            spec.commandLine().getOut().println(target + " を作りました（事案 " + e.total() + " 件、うち非公表 "
                    + e.withheldCount() + " 件、掲載 " + e.published().size() + " 件）。");
        }
        return ExitCodes.OK;
    }
}
