package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kohyo.check.Checker;
import kohyo.editor.Commands;
import kohyo.editor.Editor;
import kohyo.editor.Workspace;
import kohyo.serve.EditorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo serve}: the office's editor in the browser. Prints the address to open (with this
 * run's token) as the first line, serves until Ctrl-C and then exits 0.
 */
@Command(
    name = "serve",
    description = {
      "事案を入力・修正するための編集画面をブラウザーで開けるようにします（この PC の中からだけ使えます）。",
      "最初の行に表示する URL をブラウザーで開いてください。Ctrl-C で終了します。"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DATA",
      defaultValue = "data",
      description = "期間のフォルダーを収めたフォルダー（既定: ${DEFAULT-VALUE}）")
  private Path data;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8765",
      description = "待ち受けるポート番号。0 なら空いている番号（既定: ${DEFAULT-VALUE}）")
  private int port;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTDIR",
      defaultValue = "out",
      description = "「公表版を作る」で PDF を書き出すフォルダー（build -o と同じ。既定: ${DEFAULT-VALUE}）")
  private Path output;

  @Option(
      names = "--archive",
      paramLabel = "ARCHIVE",
      defaultValue = "archive",
      description = "「アーカイブに保管する」の保管先（archive --to と同じ。既定: ${DEFAULT-VALUE}）")
  private Path archive;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new UsageException("--port は 0〜65535 の番号にしてください。");
    }
    if (!Files.isDirectory(data)) {
      throw new UsageException(data + " はフォルダーではありません。期間のフォルダーを収めたフォルダーを指定してください。");
    }
    Checker checker = Checks.checker();
    Editor editor = new Editor(new Workspace(data, output, archive), checker, ServeCommand::run);
    EditorServer server;
    try {
      server = EditorServer.start(editor, checker.installation().home(), port);
    } catch (BindException e) {
      err.println("ポート " + port + " は使用中です。--port で別の番号を指定してください（--port 0 で空いている番号）。");
      return ExitCodes.FAILURE;
    }
    // the stop is arranged before the URL is shown: a Ctrl-C at any moment after it exits 0
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  err.println("編集画面を終了しました。");
                  err.flush();
                  stopped.countDown();
                  // Ctrl-C is how this command ends: exit 0, not the signal's 130
                  Runtime.getRuntime().halt(ExitCodes.OK);
                },
                "kohyo-serve-stop"));
    out.println(server.url());
    out.flush();
    err.println("編集画面を開きました（" + data + "）。上の URL をブラウザーで開いてください。終了するには Ctrl-C を押してください。");
    err.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /** A command of this kohyo, run in this process with its output collected. */
  private static Commands.Run run(java.util.List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Commands.Run(code, out.toString(), err.toString());
  }
}
