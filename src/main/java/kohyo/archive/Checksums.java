package kohyo.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kohyo.base.Sha256;

/**
 * The {@code SHA256SUMS} format: one {@code <hex> <relative path>} line per file, as {@code
 * sha256sum} writes in text mode and {@code sha256sum -c} reads. Paths are relative to the folder
 * holding the file, with {@code /}.
 */
final class Checksums {

  /** One line of the file. */
  record Entry(String sha256, String path) {}

  /**
   * What a file held.
   *
   * @param entries the well-formed lines
   * @param badLines the 1-based numbers of the lines that are not in the format, so that each can
   *     be named and the others still checked
   */
  record Parsed(List<Entry> entries, List<Integer> badLines) {

    /** Path → digest; a path listed twice keeps its first line. */
    Map<String, String> byPath() {
      Map<String, String> out = new LinkedHashMap<>();
      entries.forEach(e -> out.putIfAbsent(e.path(), e.sha256()));
      return out;
    }
  }

  private Checksums() {}

  /**
   * @param files relative path → content, written in the map's order
   */
  static String formatFiles(Map<String, byte[]> files) {
    Map<String, String> hashes = new LinkedHashMap<>();
    files.forEach((path, bytes) -> hashes.put(path, Sha256.hex(bytes)));
    return format(hashes);
  }

  /**
   * @param hashes relative path → SHA-256, written in the map's order
   */
  static String format(Map<String, String> hashes) {
    StringBuilder out = new StringBuilder();
    hashes.forEach((path, sha) -> out.append(sha).append("  ").append(path).append('\n'));
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
          || !RelativePath.isSafe(line.substring(66))) {
        bad.add(i + 1);
        continue;
      }
      entries.add(new Entry(line.substring(0, 64), line.substring(66)));
    }
    return new Parsed(entries, bad);
  }
}
