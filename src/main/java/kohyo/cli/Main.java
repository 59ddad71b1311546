package kohyo.cli;

import java.io.PrintWriter;
import java.util.Set;
import kohyo.base.Fonts;
import kohyo.base.KohyoVersion;
import kohyo.check.Checker;
import kohyo.load.PeriodReader;
import kohyo.render.TemplateRenderer;
import kohyo.wording.InvalidWording;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kohyo}: the entry point; wires subcommands, Japanese error handling and exit codes. */
@Command(
    name = "kohyo",
    versionProvider = Main.Version.class,
    description = "保有個人情報の漏えい事案概要を、事案ごとの YAML から A4 横の PDF にします。",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      BenchCommand.class,
      ArchiveCommand.class,
      VerifyCommand.class,
      DiffCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ServeCommand.class
    },
    exitCodeListHeading = "%n終了コード:%n",
    exitCodeList = {"0:成功", "1:データに問題がある（すべて表示し、何も書き出さない）", "2:使い方の誤り", "3:その他の失敗（書き出しできないなど）"})
public final class Main implements Runnable {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "版を表示して終了します。")
  private boolean version;

  /** The commands that check a period, and so need the personal-data scan's dictionaries. */
  private static final Set<String> CHECKING =
      Set.of("build", "check", "archive", "verify", "import", "export", "serve", "bench");

  public static void main(String[] args) {
    if (args.length > 0 && CHECKING.contains(args[0])) {
      // a fresh JVM spends ~90 ms in picocli before a command runs: read the dictionaries meanwhile
      Checker.prepare();
    }
    System.exit(run(args, Console.stdout(), Console.stderr()));
  }

  /** Runs kohyo as the command line would and returns the exit code; the tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    japaneseHeadings(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("使い方の誤り: " + UsageMessages.describe(ex, a));
          err.println(
              "詳しくは ./kohyo "
                  + (ex.getCommandLine().getParent() == null
                      ? ""
                      : ex.getCommandLine().getCommandName() + " ")
                  + "--help を見てください。");
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UsageException) {
            err.println("使い方の誤り: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          if (ex instanceof InstallationException
              || ex instanceof Fonts.UnreadableFont
              || ex instanceof TemplateRenderer.TemplateFailure
              || ex instanceof InvalidWording
              || ex instanceof kohyo.excel.TableLayout.Invalid) {
            err.println("kohyo: " + ex.getMessage());
            return ExitCodes.FAILURE;
          }
          // the exception's own text may quote input; say that it failed, never how (no stack
          // trace, no values)
          err.println("kohyo: 内部エラーのため処理を完了できませんでした。出力は書き換えていません。");
          return ExitCodes.FAILURE;
        });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes errors through; this one must still reach the user as a sentence
      err.println(
          "kohyo: メモリーが足りず、処理を完了できませんでした。出力は書き換えていません。"
              + "1 つの期間の事案は "
              + String.format("%,d", PeriodReader.MAX_CASE_FILES)
              + " 件までですが、1 件ごとの文章がとても長いとそれより少なくても足りなくなります。期間を分けてください。");
      return ExitCodes.FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The version from the build (pom.xml), the same one the archive manifests record. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kohyo " + KohyoVersion.get()};
    }
  }

  private static void japaneseHeadings(CommandLine cli) {
    cli.getCommandSpec()
        .usageMessage()
        .synopsisHeading("使い方: ")
        .commandListHeading("%nサブコマンド:%n")
        .optionListHeading("オプション:%n")
        .parameterListHeading("引数:%n");
    cli.getSubcommands().values().forEach(Main::japaneseHeadings);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "サブコマンドを指定してください（一覧は ./kohyo --help）。");
  }
}
