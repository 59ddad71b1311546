package kohyo.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.check.Checker;
import kohyo.cli.Main;
import kohyo.editor.Commands;
import kohyo.editor.Editor;
import kohyo.editor.Workspace;
import kohyo.serve.EditorServer;

/**
 * An editor server on a copy of the shipped data in a temporary folder, as {@code kohyo serve DATA
 * -o OUT --archive ARCHIVE} would run it: for HTTP and browser tests.
 */
public final class EditorFixture implements AutoCloseable {

  private final Path root;
  private final EditorServer server;

  private EditorFixture(Path root, EditorServer server) {
    this.root = root;
    this.server = server;
  }

  public static EditorFixture start() {
    return start(Path.of("data"));
  }

  /** An editor on a copy of another data folder (an example publisher's, say). */
  public static EditorFixture start(Path source) {
    try {
      Path root = Files.createTempDirectory("kohyo-editor-");
      copy(source, root.resolve("data"));
      Home home = Home.locate();
      Checker checker = new Checker(Installation.of(home));
      Workspace workspace =
          new Workspace(root.resolve("data"), root.resolve("out"), root.resolve("archive"));
      Editor editor = new Editor(workspace, checker, EditorFixture::run);
      return new EditorFixture(root, EditorServer.start(editor, home, 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A kohyo command in this process, as {@code kohyo serve} runs it. */
  public static Commands.Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Commands.Run(code, out.toString(), err.toString());
  }

  public EditorServer server() {
    return server;
  }

  public Path root() {
    return root;
  }

  public Path data() {
    return root.resolve("data");
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // temp files are harmless
    }
  }

  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
