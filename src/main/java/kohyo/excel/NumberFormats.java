package kohyo.excel;

/**
 * Whether a number format shows a date. POI's {@code DateUtil.isADateFormat} knows the Western
 * codes only; Japanese-era formats ({@code [$-ja-JP-x-gannen]ggge"年"m"月"d"日"}, {@code
 * [$-411]ge.m.d}, LibreOffice's {@code [$-1030411]ggge\年m\月d\日}) show the same serials and are
 * dates too.
 */
final class NumberFormats {

  private NumberFormats() {}

  /**
   * Whether the format code shows a date: once literal text ({@code "…"}, {@code \x}), bracketed
   * locale or colour codes and padding are removed, a section still has a year, day or era letter
   * ({@code y d g e}), or a month {@code m} with no hour or second beside it (which would make it
   * minutes).
   */
  static boolean isDate(String format) {
    if (format == null) {
      return false;
    }
    String section = firstSection(format);
    String lower = section.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("[h") || lower.contains("[m") || lower.contains("[s")) {
      return false; // elapsed time, a duration
    }
    String codes = strip(section).toLowerCase(java.util.Locale.ROOT).replaceAll("e[+-]", "");
    if (codes.isEmpty() || codes.equals("general")) {
      return false;
    }
    boolean yearDayEra =
        codes.indexOf('y') >= 0
            || codes.indexOf('d') >= 0
            || codes.indexOf('g') >= 0
            || codes.indexOf('e') >= 0;
    boolean month = codes.indexOf('m') >= 0 && codes.indexOf('h') < 0 && codes.indexOf('s') < 0;
    return yearDayEra || month;
  }

  /**
   * Whether a date format shows the year ({@code y}, or an era year {@code e} / {@code g}): 「m月d日」
   * and 「m/d」, which Excel gives a date typed without a year, do not.
   */
  static boolean showsYear(String format) {
    if (!isDate(format)) {
      return false;
    }
    String codes = strip(firstSection(format)).toLowerCase(java.util.Locale.ROOT);
    return codes.indexOf('y') >= 0 || codes.indexOf('e') >= 0 || codes.indexOf('g') >= 0;
  }

  /** A format has up to four sections separated by ; (positive, negative, zero, text). */
  private static String firstSection(String format) {
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && !quoted) {
        i++;
      } else if (c == ';' && !quoted) {
        return format.substring(0, i);
      }
    }
    return format;
  }

  private static String strip(String section) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      switch (c) {
        case '"' -> {
          int end = section.indexOf('"', i + 1);
          i = end < 0 ? section.length() : end;
        }
        case '[' -> {
          int end = section.indexOf(']', i + 1);
          i = end < 0 ? section.length() : end;
        }
        case '\\', '_', '*' -> i++;
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
