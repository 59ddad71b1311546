package kohyo.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.editor.FormData;

/**
 * A request as the routes see it: the method, the decoded path segments, the query and (for a POST)
 * the submitted form.
 */
record Request(String method, List<String> segments, FormData query, FormData form) {

  /**
   * The path split into decoded segments; empty when the path cannot be a route of this server (a
   * bad escape, an encoded slash or NUL, a {@code .} or {@code ..} segment).
   */
  static Optional<List<String>> segments(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    String[] parts = rawPath.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty() && i == parts.length - 1) {
        break;
      }
      String decoded;
      try {
        decoded = URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (decoded.isEmpty()
          || decoded.equals(".")
          || decoded.equals("..")
          || decoded.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f)
          || decoded.contains("\uFFFD")) {
        return Optional.empty();
      }
      out.add(decoded);
    }
    return Optional.of(out);
  }

  /** {@code application/x-www-form-urlencoded}, every value kept in order. */
  static FormData parseForm(String encoded) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        try {
          values
              .computeIfAbsent(
                  URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
              .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // a malformed pair is dropped; the form then lacks it, like an empty field
        }
      }
    }
    return new FormData(values);
  }

  /** A path segment: the i-th, or empty. */
  String segment(int i) {
    return i < segments.size() ? segments.get(i) : "";
  }
}
