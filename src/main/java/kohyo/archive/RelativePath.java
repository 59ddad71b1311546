package kohyo.archive;

import java.util.regex.Pattern;

/**
 * The paths an archive's own files name (in SHA256SUMS and manifests): relative, with {@code /},
 * and unable to lead out of the folder they are relative to. A rebuild writes files at such paths,
 * so a forged manifest must not be able to name {@code ../../somewhere}.
 */
final class RelativePath {

  private static final Pattern BAD_CHARACTER = Pattern.compile("[\\x00-\\x1f\\x7f\\\\]");

  private RelativePath() {}

  static boolean isSafe(String path) {
    if (path.isEmpty() || path.startsWith("/") || BAD_CHARACTER.matcher(path).find()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
