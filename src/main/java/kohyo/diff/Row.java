package kohyo.diff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One published row as compared: every field as the text a reader sees (items of a list each on a
 * line of its own, starting with ・).
 *
 * @param source the case file's name when read from a folder, empty when read from a PDF
 */
public record Row(String source, Map<Field, String> fields) {

  public Row {
    EnumMap<Field, String> copy = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      copy.put(f, fields.getOrDefault(f, ""));
    }
    fields = Collections.unmodifiableMap(copy);
  }

  public String get(Field field) {
    return fields.get(field);
  }

  public String no() {
    return get(Field.NO);
  }

  public String date() {
    return get(Field.DATE);
  }
}
