package kohyo.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker (vnu, {@code nu.validator:validator} from Maven) as its command line runs,
 * {@code nu.validator.client.SimpleCommandLineValidator --format gnu}, in a child JVM (it ends with
 * System.exit). Offline: its schemas and the CSS checker are inside its jar, and it is given files,
 * never URLs. It checks the HTML and the CSS of {@code <style>} elements.
 */
public final class NuHtmlChecker {

  /**
   * One message of the checker.
   *
   * @param line as printed: {@code "file:…":line.col-line.col: error|info warning|info: text}
   */
  public record Message(String line) {
    public boolean isError() {
      return line.contains(": error: ") || line.contains(": fatal: ");
    }

    public boolean isWarning() {
      return line.contains(": info warning: ");
    }
  }

  private NuHtmlChecker() {}

  /** Checks the files in one run (the checker takes a few seconds to start). */
  public static List<Message> check(List<Path> files) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("nu.validator.client.SimpleCommandLineValidator");
    command.add("--format");
    command.add("gnu");
    command.add("--exit-zero-always");
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    try {
      Path log = Files.createTempFile("kohyo-vnu-", ".log");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File(System.getProperty("user.dir")))
                .start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("the Nu Html Checker did not finish");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
          throw new AssertionError("the Nu Html Checker failed: " + output);
        }
        return output.lines().filter(l -> !l.isBlank()).map(Message::new).toList();
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new AssertionError("the Nu Html Checker could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
