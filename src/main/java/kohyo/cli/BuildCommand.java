package kohyo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import kohyo.base.AtomicFiles;
import kohyo.base.IoMessages;
import kohyo.base.Parallel;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.model.Edition;
import kohyo.render.Format;
import kohyo.render.InputFingerprint;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo build}: checks, then renders each period to {@code OUTDIR/<folder-name>.pdf} and its
 * twins {@code .html} (the accessible form) and {@code .csv} (open data), all written or none; a
 * draft to {@code OUTDIR/<folder-name>（案）.pdf} only, so that it never takes the official file's
 * name.
 */
@Command(
    name = "build",
    description =
        "期間のデータを検査し、PDF（A4 横）と、同じ内容の HTML（読み上げソフトやスマートフォン向け）・CSV（オープンデータ）を作ります。"
            + "1 件でも問題があれば何も書き出しません。")
final class BuildCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTDIR",
      defaultValue = "out",
      description =
          "書き出すフォルダー（既定: ${DEFAULT-VALUE}）。公表版は <フォルダー名>.pdf・.html・.csv、校正刷りは <フォルダー名>（案）.pdf")
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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "作る形式を pdf、html、csv からコンマ区切りで（例: --format pdf,csv。既定: 3 つとも、--draft では pdf だけ）")
  private String formatList;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<Format> formats = formats();
    if (draft && !canName(outputDir, DRAFT_SUFFIX)) {
      err.println(
          "校正刷りのファイル名「<フォルダー名>"
              + DRAFT_SUFFIX
              + ".pdf」を作れません: この環境ではファイル名に日本語を使えません。"
              + "LANG=C.UTF-8 のような UTF-8 のロケールで実行してください。何も書き出していません。");
      return ExitCodes.FAILURE;
    }
    Checker checker = Checks.checker();
    Publisher publisher = new Publisher(checker.installation());
    List<Path> folders = periods.resolve();
    List<CheckedPeriod> checked;
    List<Rendered> rendered = new ArrayList<>();
    // several periods are checked on all cores at once; each starts rendering on another core as
    // soon as its fields have passed, while its personal-data scan runs. Everything is rendered
    // before anything is written, and nothing is written unless every check passed, so a failure
    // (the scan's too) leaves all outputs as they were and the renders are dropped.
    try (Parallel.Batch<Rendered> renders = Parallel.batch()) {
      AtomicReferenceArray<Supplier<Rendered>> started = new AtomicReferenceArray<>(folders.size());
      checked =
          Parallel.map(
              IntStream.range(0, folders.size()).boxed().toList(),
              i ->
                  checker.check(
                      folders.get(i),
                      early ->
                          started.set(
                              i,
                              renders.submit(
                                  () ->
                                      Parallel.onCore(() -> render(publisher, early, formats))))));
      if (!Checks.report(checked, err, "ファイルは何も書き出していません。")) {
        return ExitCodes.INVALID_DATA;
      }
      for (int i = 0; i < folders.size(); i++) {
        rendered.add(started.get(i).get());
      }
    }
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    rendered.forEach(r -> outputs.putAll(r.files()));
    try {
      AtomicFiles.writeAll(outputs);
    } catch (AtomicFiles.Failed ex) {
      err.println(
          ex.target() + ": 書き出せません（" + IoMessages.describe(ex.reason()) + "）。どのファイルも書き換えていません。");
      return ExitCodes.FAILURE;
    }
    for (int i = 0; i < checked.size(); i++) {
      Edition e = checked.get(i).checkedEdition();
      Format first = formats.iterator().next();
      out.println(
          path(first, e.name())
              + " を作りました（事案 "
              + e.total()
              + " 件、うち非公表 "
              + e.withheldCount()
              + " 件、掲載 "
              + e.published().size()
              + " 件）。");
      if (draft) {
        out.println("  校正刷り（案）: 入力指紋 " + rendered.get(i).fingerprint());
      }
      for (Format f : formats) {
        if (f != first) {
          out.println("  " + SAME_CONTENT.get(f) + ": " + path(f, e.name()));
        }
      }
      if (!draft) {
        for (Format f : Format.values()) {
          Path stale = path(f, e.name());
          if (!formats.contains(f) && Files.exists(stale)) {
            out.println("  注意: " + stale + " は今回作っていません（前に作ったもので、内容が違うかもしれません）。");
          }
        }
      }
    }
    return ExitCodes.OK;
  }

  /** One period's files, and its input fingerprint for a draft. */
  private record Rendered(String fingerprint, Map<Path, byte[]> files) {}

  private Rendered render(Publisher publisher, CheckedPeriod period, Set<Format> formats) {
    String fingerprint = draft ? InputFingerprint.of(period) : "";
    RenderOptions options = draft ? RenderOptions.draft(fingerprint) : RenderOptions.official();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (formats.contains(Format.PDF)) {
      files.put(pdfPath(period.name()), publisher.pdf(period.checkedEdition(), options));
    }
    for (Format twin : twins(formats)) {
      files.put(path(twin, period.name()), publisher.official(period.checkedEdition(), twin));
    }
    return new Rendered(fingerprint, files);
  }

  /** How the success message names a twin made beside the first file. */
  private static final Map<Format, String> SAME_CONTENT =
      Map.of(
          Format.PDF, "同じ内容の PDF",
          Format.HTML, "同じ内容の HTML（読み上げ・スマートフォン向け）",
          Format.CSV, "同じ内容の CSV（オープンデータ）");

  /**
   * The formats asked for, in the order pdf, html, csv. A draft is a proof of the PDF for the
   * reviewers: its twins would carry no 「案」 and could be posted by mistake, so a draft is a PDF
   * only and asking for another format with it is a usage mistake.
   */
  private Set<Format> formats() {
    if (formatList == null) {
      return draft ? EnumSet.of(Format.PDF) : EnumSet.allOf(Format.class);
    }
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String name : formatList.split(",", -1)) {
      Format f =
          Format.named(name)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--format の「"
                              + name.strip()
                              + "」は使えません。pdf、html、csv をコンマで区切って書いてください（例: --format pdf,csv）。"));
      formats.add(f);
    }
    if (draft && !formats.equals(EnumSet.of(Format.PDF))) {
      throw new UsageException("校正刷り（--draft）は PDF だけを作ります。--format を外すか、--format pdf にしてください。");
    }
    return formats;
  }

  private static List<Format> twins(Set<Format> formats) {
    return formats.stream().filter(f -> f != Format.PDF).toList();
  }

  private Path path(Format format, String period) {
    return format == Format.PDF ? pdfPath(period) : outputDir.resolve(format.fileName(period));
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
