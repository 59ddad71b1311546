package kohyo.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import kohyo.base.Home;

/**
 * The editor's stylesheet and its small script (from {@code templates/editor/}) and htmx (from its
 * WebJar inside the jar): everything a page loads besides itself, so that nothing comes from
 * outside.
 */
final class Assets {

  record Asset(String contentType, byte[] bytes) {}

  static final String HTMX = "/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js";

  private final Home home;
  private final byte[] htmx;

  Assets(Home home) {
    this.home = home;
    try (InputStream in = Assets.class.getResourceAsStream(HTMX)) {
      this.htmx = in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Asset> find(Request r) {
    if (!r.method().equals("GET") || r.segments().size() != 2 || !r.segment(0).equals("assets")) {
      return Optional.empty();
    }
    try {
      return switch (r.segment(1)) {
        case "editor.css" ->
            Optional.of(
                new Asset(
                    "text/css; charset=utf-8",
                    Files.readAllBytes(home.editorTemplates().resolve("editor.css"))));
        case "editor.js" ->
            Optional.of(
                new Asset(
                    "text/javascript; charset=utf-8",
                    Files.readAllBytes(home.editorTemplates().resolve("editor.js"))));
        case "htmx.min.js" -> Optional.of(new Asset("text/javascript; charset=utf-8", htmx));
        default -> Optional.empty();
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
