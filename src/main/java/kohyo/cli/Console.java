package kohyo.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 writers for the terminal. Java 17 encodes System.out with the platform charset, which under
 * a C locale turns every Japanese message into question marks.
 */
final class Console {

  private Console() {}

  static PrintWriter stdout() {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
        true);
  }

  static PrintWriter stderr() {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
        true);
  }
}
