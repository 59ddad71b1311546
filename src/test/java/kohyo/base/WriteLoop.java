package kohyo.base;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import kohyo.cli.Main;

/**
 * A separate process for {@link KilledWriteTest}: writes the same output again and again until it
 * is killed.
 *
 * <p>{@code build DIR OUTDIR}: runs {@code kohyo build} in a loop. {@code write TARGET SIZE}:
 * writes two large payloads in turn with {@link AtomicFiles}, so that a kill lands inside a write
 * often.
 */
public final class WriteLoop {

  private WriteLoop() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("build")) {
      while (true) {
        int code =
            Main.run(
                new String[] {"build", args[1], "-o", args[2]},
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        System.out.println("built " + code);
        System.out.flush();
      }
    }
    Path target = Path.of(args[1]);
    int size = Integer.parseInt(args[2]);
    byte[][] payloads = {KilledWriteTest.payload('A', size), KilledWriteTest.payload('B', size)};
    for (int i = 0; ; i++) {
      AtomicFiles.write(target, payloads[i % 2]);
      System.out.println("wrote " + i);
      System.out.flush();
    }
  }
}
