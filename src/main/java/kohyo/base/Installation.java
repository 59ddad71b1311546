package kohyo.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The installation inputs every document depends on besides the data: each file under {@code
 * templates/} and the bundled fonts, with kohyo's version. Read once per process and shared by the
 * draft fingerprint, the archive manifest and the archive's copy of the inputs, so that all three
 * agree on what the installation was.
 */
public final class Installation {

  /**
   * One installed file.
   *
   * @param label its path relative to the installation, with {@code /} (e.g. {@code
   *     templates/edition.css}, {@code fonts/BIZUDGothic-Regular.ttf})
   */
  public record File(String label, byte[] bytes) {
    public String sha256() {
      return Sha256.hex(bytes);
    }
  }

  private final Home home;
  private List<File> files;
  private CompletableFuture<Fonts> fonts;

  private Installation(Home home) {
    this.home = home;
  }

  public static Installation of(Home home) {
    return new Installation(home);
  }

  public Home home() {
    return home;
  }

  public String version() {
    return KohyoVersion.get();
  }

  /**
   * Every file under templates/ by relative name, then the fonts the renderer embeds by name; read
   * on first use. The editor's pages ({@code templates/editor/}) are left out: no document is made
   * from them, so changing them must not change a draft's fingerprint or an archive's inputs.
   *
   * @throws UncheckedIOException when a file cannot be read (a broken installation)
   */
  public synchronized List<File> files() {
    if (files == null) {
      List<File> read = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(home.templates())) {
        for (Path f :
            walk.filter(Files::isRegularFile)
                .filter(f -> !f.startsWith(home.editorTemplates()))
                .sorted(Comparator.comparing(this::label))
                .toList()) {
          read.add(new File(label(f), Files.readAllBytes(f)));
        }
        for (Path f :
            home.fontFiles().stream().sorted(Comparator.comparing(this::label)).toList()) {
          read.add(new File(label(f), Files.readAllBytes(f)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files = List.copyOf(read);
    }
    return files;
  }

  /**
   * The bundled fonts, parsed from the same bytes as {@link #files()}, once for every check and
   * render of the process.
   *
   * @throws Fonts.UnreadableFont when a font is not a TrueType file
   */
  public Fonts fonts() {
    try {
      return parseFonts().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * Starts parsing the fonts on another thread and returns at once: a command calls this before
   * reading its data, which the parse then overlaps (a cold process spends some 35 ms on it).
   */
  public void prepareFonts() {
    parseFonts();
  }

  private synchronized CompletableFuture<Fonts> parseFonts() {
    if (fonts == null) {
      fonts =
          CompletableFuture.supplyAsync(
              () -> Fonts.parse(file(home.regularFont()), file(home.boldFont())),
              job -> {
                Thread t = new Thread(job, "kohyo-fonts");
                t.setDaemon(true);
                t.start();
              });
    }
    return fonts;
  }

  private File file(Path path) {
    String label = label(path);
    return files().stream()
        .filter(f -> f.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("not installed: " + label));
  }

  /** Forward slashes on every system, so that records do not depend on the platform. */
  private String label(Path file) {
    return home.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
