package kohyo.editor;

import java.util.Map;

/** What the editor answers a request with; the server turns it into an HTTP response. */
public sealed interface Result {

  /**
   * A page from a template of {@code templates/editor/}.
   *
   * @param status the HTTP status (200, or 404, 409 for a refused save…)
   */
  record Page(int status, String template, Map<String, Object> model) implements Result {}

  /** See other: where to go after a change (so that reloading never repeats it). */
  record Redirect(String location) implements Result {}

  /**
   * A file to show or download.
   *
   * @param inline shown by the browser (a PDF to look at) rather than saved
   */
  record Download(String contentType, String fileName, byte[] bytes, boolean inline)
      implements Result {}

  static Page page(String template, Map<String, Object> model) {
    return new Page(200, template, model);
  }

  static Page notFound() {
    return new Page(404, "not-found.ftlh", Map.of());
  }
}
