package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kohyo.base.AtomicFiles;
import kohyo.base.IoMessages;
import kohyo.check.CheckedPeriod;
import kohyo.model.Edition;
import kohyo.render.InputFingerprint;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo build}: checks, then renders each period to {@code OUTDIR/<folder-name>.pdf}; a
 * draft to {@code OUTDIR/<folder-name>（案）.pdf}, so that it never takes the official file's name.
 */
@Command(name = "build", description = "期間のデータを検査し、PDF（A4 横）を作ります。1 件でも問題があれば何も書き出しません。")
final class BuildCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTDIR",
      defaultValue = "out",
      description = "PDF を書き出すフォルダー（既定: ${DEFAULT-VALUE}）。公表版は <フォルダー名>.pdf、校正刷りは <フォルダー名>（案）.pdf")
  private Path outputDir;

  @Option(
      names = "--draft",
      description =
          "校正刷りにします: 全ページに「案」の透かしと入力指紋（入力の SHA-256 の先頭 12 桁）を入れ、<フォルダー名>（案）.pdf に書き出します（公表版の PDF は書き換えません）")
  private boolean draft;

  /**
   * What a draft's file name adds to the period's: 「（案）」 is how an office marks a draft file, it
   * reads at a glance in Explorer, sorts next to the official PDF, and stays with the file when it
   * is copied or mailed out of its folder (a folder of drafts would not).
   */
  static final String DRAFT_SUFFIX = "（案）";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (draft && !canName(outputDir, DRAFT_SUFFIX)) {
      err.println(
          "校正刷りのファイル名「<フォルダー名>"
              + DRAFT_SUFFIX
              + ".pdf」を作れません: この環境ではファイル名に日本語を使えません。"
              + "LANG=C.UTF-8 のような UTF-8 のロケールで実行してください。何も書き出していません。");
      return ExitCodes.FAILURE;
    }
    List<CheckedPeriod> checked = Checks.run(periods.resolve());
    if (!Checks.report(checked, err, "ファイルは何も書き出していません。")) {
      return ExitCodes.INVALID_DATA;
    }
    Publisher publisher = new Publisher(checked.get(0).installation().home());
    // everything is rendered before anything is written, so a failure leaves all outputs as they
    // were
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    List<String> fingerprints = new ArrayList<>();
    for (CheckedPeriod c : checked) {
      RenderOptions options = RenderOptions.official();
      if (draft) {
        String fingerprint = InputFingerprint.of(c);
        fingerprints.add(fingerprint);
        options = RenderOptions.draft(fingerprint);
      }
      outputs.put(pdfPath(c.name()), publisher.pdf(c.checkedEdition(), options));
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
          pdfPath(e.name())
              + " を作りました（事案 "
              + e.total()
              + " 件、うち非公表 "
              + e.withheldCount()
              + " 件、掲載 "
              + e.published().size()
              + " 件）。");
      if (draft) {
        out.println("  校正刷り（案）: 入力指紋 " + fingerprints.get(i));
      }
    }
    return ExitCodes.OK;
  }

  private Path pdfPath(String period) {
    return outputDir.resolve(period + (draft ? DRAFT_SUFFIX : "") + ".pdf");
  }

  /**
   * Whether file names with these characters can be made here: a JVM in the C locale encodes file
   * names as ASCII and cannot.
   */
  private static boolean canName(Path folder, String characters) {
    try {
      folder.resolve(characters);
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
