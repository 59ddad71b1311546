package kohyo.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
