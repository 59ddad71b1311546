package kohyo.editor;

import java.util.List;

/**
 * Runs a kohyo command in this process, as the command line would: the editor's official build and
 * archive are the {@code build} and {@code archive} commands themselves, so they give the same
 * guarantees and say the same things.
 */
@FunctionalInterface
public interface Commands {

  /** The exit code and what the command printed. */
  record Run(int exitCode, String out, String err) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  Run run(List<String> args);
}
