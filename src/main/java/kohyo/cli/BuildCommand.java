package kohyo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kohyo.base.AtomicFiles;
import kohyo.base.Home;
import kohyo.base.IoMessages;
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
    Home home = Validation.home();
    List<Validation.Checked> checked =
        Validation.runWithSources(home, periods.resolve(), spec.commandLine().getErr());
    if (checked == null) {
      return ExitCodes.INVALID_DATA;
    }
    List<Edition> editions = checked.stream().map(Validation.Checked::edition).toList();
    Publisher publisher = new Publisher(home);
    // everything is rendered before anything is written, so a failure leaves all outputs as they
    // were
    List<byte[]> pdfs = new ArrayList<>();
    List<String> fingerprints = new ArrayList<>();
    for (Validation.Checked c : checked) {
      RenderOptions options = RenderOptions.official();
      if (draft) {
        String fingerprint = InputFingerprint.of(c.loaded(), home);
        fingerprints.add(fingerprint);
        options = RenderOptions.draft(fingerprint);
      }
      pdfs.add(publisher.pdf(c.edition(), options));
    }
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    for (int i = 0; i < editions.size(); i++) {
      outputs.put(outputDir.resolve(editions.get(i).name() + ".pdf"), pdfs.get(i));
    }
    try {
      AtomicFiles.writeAll(outputs);
    } catch (AtomicFiles.Failed ex) {
      spec.commandLine()
          .getErr()
          .println(
              ex.target()
                  + ": 書き出せません（"
                  + IoMessages.describe(ex.reason())
                  + "）。どの PDF も書き換えていません。");
      return ExitCodes.FAILURE;
    }
    for (int i = 0; i < editions.size(); i++) {
      Edition e = editions.get(i);
      spec.commandLine()
          .getOut()
          .println(
              outputDir.resolve(e.name() + ".pdf")
                  + " を作りました（事案 "
                  + e.total()
                  + " 件、うち非公表 "
                  + e.withheldCount()
                  + " 件、掲載 "
                  + e.published().size()
                  + " 件）。");
      if (draft) {
        spec.commandLine().getOut().println("  校正刷り（案）: 入力指紋 " + fingerprints.get(i));
      }
    }
    return ExitCodes.OK;
  }
}
