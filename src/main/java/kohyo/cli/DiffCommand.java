package kohyo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import kohyo.base.AtomicFiles;
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
    exitCodeList = {"0:同じ（何も表示しない）", "1:違いがある", "2:問題がある（使い方の誤り、読めない入力、データの問題）"})
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

  private enum Kind {
    FOLDER,
    PDF
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Kind kindBefore = kind(before);
      Kind kindAfter = kind(after);
      if (kindBefore != kindAfter) {
        throw new UsageException("フォルダーと PDF は比べられません。フォルダー同士か PDF 同士を指定してください。");
      }
      if (redline != null && (same(redline, before) || same(redline, after))) {
        throw new UsageException("--pdf の書き出し先が比べる版と同じファイルです。");
      }
      Snapshot a;
      Snapshot b;
      if (kindBefore == Kind.FOLDER) {
        List<CheckedPeriod> checked = Checks.run(List.of(before, after));
        if (!Checks.report(checked, err, "ファイルは何も書き出していません。")) {
          return TROUBLE;
        }
        a = Snapshots.of(checked.get(0).checkedEdition());
        b = Snapshots.of(checked.get(1).checkedEdition());
      } else {
        a = readPdf(before);
        b = readPdf(after);
      }
      EditionDiff diff = Differ.compare(a, b);
      TextReport.lines(diff, colour() ? TextReport.Style.ANSI : TextReport.Style.PLAIN)
          .forEach(out::println);
      out.flush();
      if (redline != null) {
        byte[] pdf = new Redline(Checks.home()).pdf(diff, a, b, name(before), name(after));
        try {
          AtomicFiles.write(redline, pdf);
        } catch (IOException e) {
          err.println(redline + ": 書き出せません（" + IoMessages.describe(e) + "）。");
          return TROUBLE;
        }
        // on stderr: stdout stays the diff alone, empty for identical versions
        err.println(redline + " に差分の校正刷りを作りました。");
      }
      return diff.identical() ? SAME : DIFFERENT;
    } catch (UsageException e) {
      err.println("使い方の誤り: " + e.getMessage());
      return TROUBLE;
    } catch (Unreadable e) {
      err.println(e.getMessage());
      return TROUBLE;
    } catch (RuntimeException | StackOverflowError e) {
      // say what failed and nothing of how: an exception's class and message are for developers and
      // its
      // message may quote the input; a deeply nested PDF can overflow the reader's stack
      err.println("kohyo: 内部エラーのため比較を完了できませんでした。");
      return TROUBLE;
    }
  }

  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private static Kind kind(Path p) throws Unreadable {
    if (Files.isDirectory(p)) {
      return Kind.FOLDER;
    }
    if (!Files.isRegularFile(p)) {
      throw new Unreadable(p + ": 見つかりません（期間のフォルダーか PDF を指定してください）。");
    }
    try (InputStream in = Files.newInputStream(p)) {
      if (Arrays.equals(
          in.readNBytes(5), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        return Kind.PDF;
      }
    } catch (IOException e) {
      throw new Unreadable(p + ": 読めません（" + IoMessages.describe(e) + "）。");
    }
    throw new Unreadable(p + ": 期間のフォルダーでも PDF でもありません。");
  }

  private static Snapshot readPdf(Path p) throws Unreadable {
    try {
      return PdfSnapshotReader.read(Files.readAllBytes(p));
    } catch (IOException e) {
      throw new Unreadable(p + ": 読めません（" + IoMessages.describe(e) + "）。");
    } catch (UnreadablePdf e) {
      throw new Unreadable(p + ": " + e.getMessage());
    }
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
