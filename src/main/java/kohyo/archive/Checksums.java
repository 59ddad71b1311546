package kohyo.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kohyo.base.Sha256;

/**
 * The {@code SHA256SUMS} file: one {@code <hex> <relative path>} line per file, as {@code
 * sha256sum} writes in text mode and {@code sha256sum -c} reads. Paths are relative to the folder
 * holding the file, with {@code /}.
 */
final class Checksums {

  static final String FILE_NAME = "SHA256SUMS";

  /** One line of the file. */
  record Entry(String sha256, String path) {}

  /**
   * What a file held.
   *
   * @param entries the well-formed lines
   * @param badLines the 1-based numbers of the lines that are not in the format, so that each can
   *     be named and the others still checked
   */
  record Parsed(List<Entry> entries, List<Integer> badLines) {}

  private Checksums() {}

  /**
   * @param files relative path → content, written in the map's order
   */
  static String format(Map<String, byte[]> files) {
    StringBuilder out = new StringBuilder();
    files.forEach(
        (path, bytes) -> out.append(Sha256.hex(bytes)).append("  ").append(path).append('\n'));
    return out.toString();
  }

  static Parsed parse(String text) {
    List<Entry> entries = new ArrayList<>();
    List<Integer> bad = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      // "<hex>  name" (text mode) or "<hex> *name" (binary mode); a path may not leave the folder
      if (line.length() < 67
          || !Sha256.isHex(line.substring(0, 64))
          || line.charAt(64) != ' '
          || (line.charAt(65) != ' ' && line.charAt(65) != '*')
          || line.substring(66).startsWith("/")
          || List.of(line.substring(66).split("/")).contains("..")) {
        bad.add(i + 1);
        continue;
      }
      entries.add(new Entry(line.substring(0, 64), line.substring(66)));
    }
    return new Parsed(entries, bad);
  }
}
