package kohyo.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL, no shutdown hooks) while writing leaves the old file or none — never a
 * part of one. What may remain is a hidden temporary file {@code .<name>.<random>.tmp} beside the
 * target: nothing reads such files, and the next write does not depend on them (README, 公表前の安全確認).
 */
class KilledWriteTest {

  @TempDir Path dir;

  private final Random random = new Random(20251127L);

  @Test
  void aBuildKilledMidwayLeavesTheOldPdf() throws Exception {
    Path period = Periods.copySeed(dir, "2025-h1");
    byte[] expected =
        new Publisher(Periods.home()).pdf(Periods.edition(period), RenderOptions.official());
    Path out = dir.resolve("out");
    Path target = out.resolve("2025-h1.pdf");
    kohyo.base.AtomicFiles.write(target, expected);
    // killed somewhere in its first builds (a cold JVM takes a few seconds to the first); the write
    // test
    // below is the one that lands kills inside the write itself
    for (int round = 0; round < 2; round++) {
      Process p = start("build", period.toString(), out.toString());
      try {
        Thread.sleep(500 + random.nextInt(2000));
      } finally {
        kill(p);
      }
      byte[] left = Files.readAllBytes(target);
      assertArrayEquals(expected, left, "round " + round + ": the PDF is not the complete one");
      assertTrue(Pdfs.text(left).contains("事案件数"));
      assertOnlyTempLeftovers(out, "2025-h1.pdf");
    }
  }

  @Test
  void aWriteKilledAtRandomMomentsLeavesOneWholeVersionOrNone() throws Exception {
    int size = 4 * 1024 * 1024;
    byte[] a = payload('A', size);
    byte[] b = payload('B', size);
    Path target = dir.resolve("out").resolve("edition.pdf");
    Files.createDirectories(target.getParent());
    for (int round = 0; round < 4; round++) {
      Process p = start("write", target.toString(), Integer.toString(size));
      try {
        if (round > 0) {
          awaitLine(p, "wrote 0");
        }
        Thread.sleep(random.nextInt(round == 0 ? 400 : 120));
      } finally {
        kill(p);
      }
      if (Files.exists(target)) {
        byte[] left = Files.readAllBytes(target);
        assertTrue(
            Arrays.equals(a, left) || Arrays.equals(b, left),
            "round " + round + ": a partial or mixed file (" + left.length + " bytes)");
      } else {
        assertEquals(0, round, "only the first round can end before anything was written");
      }
      assertOnlyTempLeftovers(target.getParent(), "edition.pdf");
    }
    // each leftover is a kill that landed inside a write
    System.out.println(
        "KilledWriteTest: kills inside a write: "
            + tempLeftovers(target.getParent(), "edition.pdf").size());
  }

  /** A payload whose every byte says which version it is: any mix or cut is visible. */
  static byte[] payload(char version, int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) version);
    return bytes;
  }

  private static Process start(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "-Djava.awt.headless=true",
                "-Xshare:auto",
                WriteLoop.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static void awaitLine(Process p, String line) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (String l; (l = in.readLine()) != null; ) {
      if (l.equals(line)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    throw new AssertionError("the child process did not get to \"" + line + "\"");
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
  }

  private static List<Path> tempLeftovers(Path folder, String name) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.getFileName().toString().equals(name)).toList();
    }
  }

  /** Besides the target, only hidden temporary files named after it, which nothing reads. */
  private static void assertOnlyTempLeftovers(Path folder, String name) throws IOException {
    for (Path f : tempLeftovers(folder, name)) {
      String n = f.getFileName().toString();
      assertTrue(n.startsWith("." + name + ".") && n.endsWith(".tmp"), "unexpected file " + n);
    }
  }
}
