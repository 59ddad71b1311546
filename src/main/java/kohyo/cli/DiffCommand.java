package kohyo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kohyo.base.AtomicFiles;
import kohyo.base.Home;
import kohyo.base.IoMessages;
import kohyo.check.CheckedPeriod;
import kohyo.diff.Differ;
import kohyo.diff.EditionDiff;
import kohyo.diff.PdfSnapshotReader;
import kohyo.diff.Redline;
import kohyo.diff.Snapshot;
import kohyo.diff.Snapshots;
import kohyo.diff.TextReport;
import kohyo.diff.UnreadablePdf;
import kohyo.wording.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo diff OLD NEW}: what changed between two drafts, per case and per field. Exit codes
 * as diff(1): 0 identical, 1 different, 2 trouble.
 */
@Command(
    name = "diff",
    description = {
      "二つの版（期間のフォルダー同士、または kohyo が作った PDF 同士）を事案ごと・項目ごとに比べ、" + "挿入と削除を文字単位で示します。非公表の事案は件数だけを示します。"
    },
    exitCodeListHeading = "%n終了コード:%n",
    exitCodeList = {
      "0:同じ（何も表示しない）",
      "1:違いがある",
      "2:問題がある（使い方の誤り、読めない入力、データの問題）",
      "3:kohyo の設置の問題（templates/ や fonts/ が見つからない、壊れている）"
    })
final class DiffCommand implements Callable<Integer> {

  static final int SAME = 0;
  static final int DIFFERENT = 1;
  static final int TROUBLE = 2;

  enum When {
    auto,
    always,
    never
  }

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(index = "0", paramLabel = "OLD", description = "旧版: 期間のフォルダーまたは PDF")
  private Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "新版: 期間のフォルダーまたは PDF（OLD と同じ種類）")
  private Path after;

  @Option(
      names = "--pdf",
      paramLabel = "REDLINE.pdf",
      description = "差分の校正刷り（A4 横、挿入は網掛け、削除は取り消し線）を書き出します")
  private Path redline;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "色付け: auto（端末で NO_COLOR がないとき）、always、never（既定: ${DEFAULT-VALUE}）")
  private When color;

  /** What a path given to compare is: a period folder, a PDF, or neither (with why not). */
  private enum Kind {
    FOLDER,
    PDF,
    NEITHER
  }

  private record Input(Kind kind, Optional<String> problem) {}

  /** The two sides to compare. */
  private record Sides(Snapshot before, Snapshot after) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // a broken installation is exit code 3 like everywhere else (thrown to Main, not a diff result)
    Home home = Checks.home();
    Wording wording = Wording.load(home);
    Input a = input(before);
    Input b = input(after);
    Optional<String> unusable = a.problem().or(b::problem);
    if (unusable.isPresent()) {
      err.println(unusable.get());
      return TROUBLE;
    }
    Optional<String> misuse = misuse(a, b);
    if (misuse.isPresent()) {
      err.println("使い方の誤り: " + misuse.get());
      return TROUBLE;
    }
    Optional<Sides> sides =
        a.kind() == Kind.FOLDER ? fromFolders(home, wording, err) : fromPdfs(wording, err);
    if (sides.isEmpty()) {
      return TROUBLE;
    }
    EditionDiff diff = Differ.compare(sides.get().before(), sides.get().after());
    PrintWriter out = spec.commandLine().getOut();
    TextReport.lines(diff, colour() ? TextReport.Style.ANSI : TextReport.Style.PLAIN, wording)
        .forEach(out::println);
    out.flush();
    if (redline != null && !writeRedline(home, wording, diff, sides.get(), err)) {
      return TROUBLE;
    }
    return diff.identical() ? SAME : DIFFERENT;
  }

  private static Input input(Path p) {
    if (Files.isDirectory(p)) {
      return new Input(Kind.FOLDER, Optional.empty());
    }
    if (!Files.isRegularFile(p)) {
      return neither(p + ": 見つかりません（期間のフォルダーか PDF を指定してください）。");
    }
    try (InputStream in = Files.newInputStream(p)) {
      if (Arrays.equals(in.readNBytes(5), "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
        return new Input(Kind.PDF, Optional.empty());
      }
    } catch (IOException e) {
      return neither(p + ": 読めません（" + IoMessages.describe(e) + "）。");
    }
    return neither(p + ": 期間のフォルダーでも PDF でもありません。");
  }

  private static Input neither(String problem) {
    return new Input(Kind.NEITHER, Optional.of(problem));
  }

  /** A mistake in what was asked for, as the message after 「使い方の誤り: 」. */
  private Optional<String> misuse(Input a, Input b) {
    if (a.kind() != b.kind()) {
      return Optional.of("フォルダーと PDF は比べられません。フォルダー同士か PDF 同士を指定してください。");
    }
    if (redline != null && (same(redline, before) || same(redline, after))) {
      return Optional.of("--pdf の書き出し先が比べる版と同じファイルです。");
    }
    return Optional.empty();
  }

  /** Both folders loaded and checked; empty when either had a problem (already printed). */
  private Optional<Sides> fromFolders(Home home, Wording wording, PrintWriter err) {
    List<CheckedPeriod> checked = Checks.run(List.of(before, after));
    if (!Checks.report(checked, err, "ファイルは何も書き出していません。")) {
      return Optional.empty();
    }
    return Optional.of(
        new Sides(
            Snapshots.of(checked.get(0).checkedEdition(), wording),
            Snapshots.of(checked.get(1).checkedEdition(), wording)));
  }

  /** Both PDFs read back; empty when either could not be (already printed). */
  private Optional<Sides> fromPdfs(Wording wording, PrintWriter err) {
    PdfSnapshotReader reader = new PdfSnapshotReader(wording);
    Optional<Snapshot> a = readPdf(reader, before, err);
    Optional<Snapshot> b = a.isEmpty() ? Optional.empty() : readPdf(reader, after, err);
    return b.map(snapshot -> new Sides(a.get(), snapshot));
  }

  private static Optional<Snapshot> readPdf(PdfSnapshotReader reader, Path p, PrintWriter err) {
    try {
      return Optional.of(reader.read(Files.readAllBytes(p)));
    } catch (IOException e) {
      err.println(p + ": 読めません（" + IoMessages.describe(e) + "）。");
    } catch (UnreadablePdf e) {
      err.println(p + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The redline PDF written atomically; false when it could not be (already printed). */
  private boolean writeRedline(
      Home home, Wording wording, EditionDiff diff, Sides sides, PrintWriter err) {
    byte[] pdf =
        new Redline(home, wording)
            .pdf(diff, sides.before(), sides.after(), name(before), name(after));
    try {
      AtomicFiles.write(redline, pdf);
    } catch (IOException e) {
      err.println(redline + ": 書き出せません（" + IoMessages.describe(e) + "）。");
      return false;
    }
    // on stderr: stdout stays the diff alone, empty for identical versions
    err.println(redline + " に差分の校正刷りを作りました。");
    return true;
  }

  private boolean colour() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto ->
          System.console() != null
              && (System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty());
    };
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Only the last name goes into the redline, never the full path (which may name the user). */
  private static String name(Path p) {
    return p.toAbsolutePath().normalize().getFileName().toString();
  }
}
