package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kohyo.casefile.CaseFields;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.editor.CaseFiles;
import kohyo.editor.DataFile;
import kohyo.editor.Drafts;
import kohyo.editor.Workspace;
import kohyo.model.Edition;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo bench}: times each stage on real data and prints medians, so that performance
 * statements in notes and the README come from a run anyone can repeat rather than from a timed
 * test.
 */
@Command(
    name = "bench",
    description = "各段階（読み込み＋検査、テンプレート、PDF 出力、HTML と CSV の出力、編集画面の保存＋検査と校正刷り）の所要時間を計り、中央値を表示します。")
final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Option(
      names = {"-n", "--runs"},
      paramLabel = "N",
      defaultValue = "20",
      description = "計測回数（既定: ${DEFAULT-VALUE}）")
  private int runs;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "5",
      description = "計測前の空回し回数（既定: ${DEFAULT-VALUE}）")
  private int warmup;

  @Override
  public Integer call() {
    if (runs < 1 || warmup < 0) {
      throw new UsageException("--runs は 1 以上、--warmup は 0 以上にしてください。");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> folders = periods.resolve();
    Checker checker = Checks.checker();
    List<CheckedPeriod> checked = checker.checkAll(folders);
    if (!Checks.report(checked, spec.commandLine().getErr(), "計測していません。")) {
      return ExitCodes.INVALID_DATA;
    }
    Publisher publisher = new Publisher(checker.installation());
    out.printf("%-12s %-22s %10s %10s %10s%n", "期間", "段階", "中央値 ms", "最小 ms", "最大 ms");
    for (CheckedPeriod c : checked) {
      Edition e = c.checkedEdition();
      double[] check = time(() -> checker.check(c.folder()));
      report(out, e.name(), "読み込み+検査", check);
      // per case file: the figure the personal-data scan (with its analyser) is held to
      int cases = Math.max(1, e.published().size() + e.withheld().size());
      report(out, e.name(), "  うち 1 件あたり", Arrays.stream(check).map(ms -> ms / cases).toArray());
      report(
          out,
          e.name(),
          "テンプレート (XHTML)",
          time(() -> publisher.xhtml(e, RenderOptions.official())));
      report(
          out,
          e.name(),
          "PDF 出力 (XHTML+PDF)",
          time(() -> publisher.pdf(e, RenderOptions.official())));
      report(out, e.name(), "HTML 出力（同じ内容の HTML）", time(() -> publisher.html(e)));
      report(out, e.name(), "CSV 出力（同じ内容の CSV）", time(() -> publisher.csv(e)));
      editorStages(out, checker, publisher, c);
    }
    out.printf(
        "（%d 回計測、その前に空回し %d 回、同じ JVM、%d コア）%n",
        runs, warmup, Runtime.getRuntime().availableProcessors());
    return ExitCodes.OK;
  }

  /**
   * The editor's two waits, on a copy of the period in a temporary folder (the data is never
   * written): saving one case and checking the folder, and making the draft the preview shows.
   */
  private void editorStages(
      PrintWriter out, Checker checker, Publisher publisher, CheckedPeriod period) {
    Path copy = null;
    try {
      copy = Files.createTempDirectory("kohyo-bench-");
      Path folder = copy.resolve(period.name());
      copyFolder(period.folder(), folder);
      Optional<Path> file =
          Workspace.caseFiles(folder).stream()
              .map(n -> CaseFiles.fileOf(folder, n))
              .filter(f -> !period.confidential().contains(f.getFileName().toString()))
              .findFirst();
      if (file.isPresent()) {
        Path f = file.get();
        report(
            out,
            period.name(),
            "編集画面: 保存+検査",
            time(
                () -> {
                  try {
                    if (CaseFiles.open(f).orElseThrow()
                        instanceof DataFile.Fields<CaseFields> read) {
                      CaseFiles.save(f, read.fields(), read.version());
                    }
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return checker.check(folder);
                }));
      }
      report(
          out,
          period.name(),
          "編集画面: 校正刷り",
          time(() -> new Drafts(publisher).draft(checker.check(folder))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(copy);
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary copy left behind is harmless
    }
  }

  private double[] time(Supplier<?> stage) {
    for (int i = 0; i < warmup; i++) {
      stage.get();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      stage.get();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static void report(PrintWriter out, String period, String stage, double[] sorted) {
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    out.printf(
        "%-12s %-22s %10.1f %10.1f %10.1f%n",
        period, stage, median, sorted[0], Arrays.stream(sorted).max().orElse(0));
  }
}
