package kohyo.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;

/**
 * For the benchmark ({@code bench/cold.sh}): writes the XHTML kohyo makes of a period, beside
 * copies of the stylesheets it links, so that another renderer (WeasyPrint) can print the same
 * document. {@code EditionXhtml PERIOD OUTDIR} writes {@code OUTDIR/<period>.xhtml}.
 */
public final class EditionXhtml {

  private EditionXhtml() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EditionXhtml PERIOD OUTDIR");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    String xhtml =
        new Publisher(Periods.home()).xhtml(Periods.edition(folder), RenderOptions.official());
    try (var css = Files.newDirectoryStream(Periods.home().templates(), "*.css")) {
      for (Path f : css) {
        Files.copy(
            f, out.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(
        out.resolve(folder.toAbsolutePath().normalize().getFileName() + ".xhtml"), xhtml);
  }
}
