package kohyo.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Names in the editor's links, percent-encoded as one path segment or query value. */
final class Urls {

  private Urls() {}

  static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
