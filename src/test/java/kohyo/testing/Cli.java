package kohyo.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import kohyo.base.Parallel;
import kohyo.cli.Main;

/** Runs the command line in-process and captures what the user would see. */
public final class Cli {

  public record Result(int exitCode, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  private Cli() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Runs the command line with {@code threads} jobs at once ({@link Parallel#PROPERTY}), as {@code
   * -Dkohyo.threads} would; the property is as before afterwards.
   */
  public static Result runWithThreads(String threads, String... args) {
    String before = System.getProperty(Parallel.PROPERTY);
    System.setProperty(Parallel.PROPERTY, threads);
    try {
      return run(args);
    } finally {
      if (before == null) {
        System.clearProperty(Parallel.PROPERTY);
      } else {
        System.setProperty(Parallel.PROPERTY, before);
      }
    }
  }
}
