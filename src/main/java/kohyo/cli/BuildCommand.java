package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kohyo.base.AtomicFiles;
import kohyo.base.IoMessages;
import kohyo.base.Parallel;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.model.Edition;
import kohyo.render.InputFingerprint;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kohyo build}: checks, then renders each period to {@code OUTDIR/<folder-name>.pdf}. */
@Command(name = "build", description = "期間のデータを検査し、PDF（A4 横）を作ります。1 件でも問題があれば何も書き出しません。")
final class BuildCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTDIR",
      defaultValue = "out",
      description = "PDF を書き出すフォルダー（既定: ${DEFAULT-VALUE}）")
  private Path outputDir;

  @Option(names = "--draft", description = "校正刷りにします: 全ページに「案」の透かしと入力指紋（入力の SHA-256 の先頭 12 桁）を入れます")
  private boolean draft;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Checker checker = Checks.checker();
    Publisher publisher = new Publisher(checker.installation());
    List<CheckedPeriod> checked = new ArrayList<>();
    List<Rendered> rendered;
    // each period renders on another core as soon as it has passed its check, while the next one
    // is checked; nothing is written unless every period passes and renders, so a failure leaves
    // every output as it was
    try (Parallel.Batch<Rendered> renders = Parallel.batch()) {
      for (Path folder : periods.resolve()) {
        CheckedPeriod c = checker.check(folder);
        checked.add(c);
        if (c.ok()) {
          renders.submit(() -> render(publisher, c));
        }
      }
      if (!Checks.report(checked, err, "ファイルは何も書き出していません。")) {
        return ExitCodes.INVALID_DATA;
      }
      rendered = renders.results();
    }
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      outputs.put(outputDir.resolve(checked.get(i).name() + ".pdf"), rendered.get(i).pdf());
    }
    try {
      AtomicFiles.writeAll(outputs);
    } catch (AtomicFiles.Failed ex) {
      err.println(
          ex.target() + ": 書き出せません（" + IoMessages.describe(ex.reason()) + "）。どの PDF も書き換えていません。");
      return ExitCodes.FAILURE;
    }
    for (int i = 0; i < checked.size(); i++) {
      Edition e = checked.get(i).checkedEdition();
      out.println(
          outputDir.resolve(e.name() + ".pdf")
              + " を作りました（事案 "
              + e.total()
              + " 件、うち非公表 "
              + e.withheldCount()
              + " 件、掲載 "
              + e.published().size()
              + " 件）。");
      if (draft) {
        out.println("  校正刷り（案）: 入力指紋 " + rendered.get(i).options().fingerprint());
      }
    }
    return ExitCodes.OK;
  }

  private record Rendered(RenderOptions options, byte[] pdf) {}

  private Rendered render(Publisher publisher, CheckedPeriod period) {
    RenderOptions options =
        draft ? RenderOptions.draft(InputFingerprint.of(period)) : RenderOptions.official();
    return new Rendered(options, publisher.pdf(period.checkedEdition(), options));
  }
}
