package kohyo.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a check of an archive found: at most one line per file (or per line of a SHA256SUMS), so
 * that a file listed in two SHA256SUMS and a manifest is named and counted once. The first finding
 * about a file is kept: checks run from the most specific (its recorded digest) to the most general
 * (whether it belongs at all).
 */
final class Findings {

  private final Map<String, String> failures = new LinkedHashMap<>();
  private final Set<Path> matched = new HashSet<>();

  /** A file that does not hold; a later finding about the same file is dropped. */
  void fail(Path file, String message) {
    failures.putIfAbsent(file.toString(), message);
  }

  /** A line of a file that does not hold (e.g. a malformed SHA256SUMS line). */
  void failLine(Path file, int line, String message) {
    failures.putIfAbsent(file + ":" + line, message);
  }

  /** A file whose content matched a recorded digest. */
  void matched(Path file) {
    matched.add(file.toAbsolutePath().normalize());
  }

  boolean failed(Path file) {
    return failures.containsKey(file.toString());
  }

  boolean isEmpty() {
    return failures.isEmpty();
  }

  /** One line per failure: {@code <path>: <message>}. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    failures.forEach((where, message) -> out.add(where + ": " + message));
    return out;
  }

  /** How many distinct files matched their records and have no failure. */
  int checked() {
    Set<String> failed = new HashSet<>();
    for (String where : failures.keySet()) {
      failed.add(Path.of(where).toAbsolutePath().normalize().toString());
    }
    return (int) matched.stream().filter(p -> !failed.contains(p.toString())).count();
  }
}
