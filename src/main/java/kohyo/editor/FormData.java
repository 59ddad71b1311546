package kohyo.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form: every name with its values in the order the browser sent them (a name may
 * repeat, as the items of 再発防止策 do).
 */
public record FormData(Map<String, List<String>> values) {

  public FormData {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = java.util.Collections.unmodifiableMap(copy);
  }

  public static FormData empty() {
    return new FormData(Map.of());
  }

  /** The first value, or empty; line breaks as the browser sends them (CR LF) become LF. */
  public String first(String name) {
    List<String> v = values.getOrDefault(name, List.of());
    return v.isEmpty() ? "" : lf(v.get(0));
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().map(FormData::lf).toList();
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  private static String lf(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
