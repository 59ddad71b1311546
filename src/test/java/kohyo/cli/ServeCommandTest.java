package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code kohyo serve} as a process: the first line on stdout is the URL with this run's token, and
 * being stopped (Ctrl-C, or the SIGTERM a service manager sends; both run the same shutdown) ends
 * it with exit code 0.
 */
class ServeCommandTest {

  @Test
  void printsTheUrlFirstAndExitsZeroWhenStopped() throws Exception {
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "kohyo.cli.Main",
                    "serve",
                    "data",
                    "--port",
                    "0"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(
          first != null
              && first.matches("http://127\\.0\\.0\\.1:[0-9]+/\\?token=[A-Za-z0-9_-]{43}"),
          String.valueOf(first));
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aMissingDataFolderIsAUsageError() {
    kohyo.testing.Cli.Result r = kohyo.testing.Cli.run("serve", "no-such-folder", "--port", "0");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("フォルダーではありません"), r.err());
  }
}
