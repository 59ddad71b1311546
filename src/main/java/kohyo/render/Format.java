package kohyo.render;

import java.util.Locale;
import java.util.Optional;

/**
 * The files made from one edition: the PDF that the office posts, and its two twins from the same
 * model and the same words, so they never disagree with it: an HTML page (the accessible form of
 * the publication) and a CSV (open data).
 */
public enum Format {
  PDF("pdf"),
  HTML("html"),
  CSV("csv");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The file name's ending, without the dot; also the format's name on the command line. */
  public String extension() {
    return extension;
  }

  /** {@code 2025-h1.csv} for the edition named {@code 2025-h1}. */
  public String fileName(String edition) {
    return edition + "." + extension;
  }

  /** The format with this name ({@code pdf}, {@code html}, {@code csv}; case ignored). */
  public static Optional<Format> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.extension.equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
