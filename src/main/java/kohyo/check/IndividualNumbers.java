package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds マイナンバー (個人番号): twelve digits, in any grouping (1234 5678 9012, 468-139-526-300) or none, in
 * ASCII, full-width or kanji digits.
 *
 * <p>The twelfth digit is a check digit (番号法施行令 第8条), so twelve digits that pass it are a My Number
 * wherever they stand — unless they are an amount (…円) or a count; twelve digits that fail it are
 * one only when the text says so just before (個人番号, マイナンバー, My Number): a miswritten number is
 * still a person's.
 */
final class IndividualNumbers {

  private static final String SEPARATORS = " -‐‑‒–—―−ー.";

  /** Words just before the number that say it is a My Number. */
  private static final Pattern CONTEXT =
      Pattern.compile("(?i)(?:個人番号|マイナンバー|my ?number|特定個人情報|番号確認)");

  /** Units after an amount or a count: 278528303720円 is a budget, not a person. */
  private static final Pattern UNIT =
      Pattern.compile("^ ?(?:円|千円|万円|億円|ドル|件|名|人|個|枚|通|部|回|台|本|点|冊|%|kb|mb|gb|バイト|ポイント|pt)");

  private IndividualNumbers() {}

  static List<int[]> find(ScanText scan) {
    String t = scan.digits();
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      if (!ScanText.isDigit(t.charAt(i)) || i > 0 && precededByNumber(t, i)) {
        i++;
        continue;
      }
      // a chain of digit groups joined by single separators
      List<int[]> groups = new ArrayList<>();
      int j = i;
      while (true) {
        int g = j;
        while (j < t.length() && ScanText.isDigit(t.charAt(j))) {
          j++;
        }
        groups.add(new int[] {g, j});
        if (j + 1 < t.length()
            && SEPARATORS.indexOf(t.charAt(j)) >= 0
            && ScanText.isDigit(t.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      match(t, groups).ifPresent(found::add);
      i = j;
    }
    return found;
  }

  /** Twelve digits from the start of the chain or after a space, to its end or before a space. */
  private static java.util.Optional<int[]> match(String t, List<int[]> groups) {
    for (int a = 0; a < groups.size(); a++) {
      if (a > 0 && t.charAt(groups.get(a)[0] - 1) != ' ') {
        continue;
      }
      int digits = 0;
      for (int b = a; b < groups.size() && digits < 12; b++) {
        digits += groups.get(b)[1] - groups.get(b)[0];
        boolean endsHere = b == groups.size() - 1 || t.charAt(groups.get(b)[1]) == ' ';
        if (digits == 12 && endsHere) {
          int start = groups.get(a)[0];
          int end = groups.get(b)[1];
          if (accept(t, start, end)) {
            return java.util.Optional.of(new int[] {start, end});
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean accept(String t, int start, int end) {
    StringBuilder digits = new StringBuilder(12);
    for (int i = start; i < end; i++) {
      if (ScanText.isDigit(t.charAt(i))) {
        digits.append(t.charAt(i));
      }
    }
    String before = t.substring(Math.max(0, start - 16), start);
    if (CONTEXT.matcher(before).find()) {
      return true;
    }
    String after =
        t.substring(end, Math.min(t.length(), end + 5)).toLowerCase(java.util.Locale.ROOT);
    return checkDigitValid(digits.toString())
        && !UNIT.matcher(after).find()
        && !before.endsWith("¥")
        && !before.endsWith("\\");
  }

  /** The check digit of 番号法施行令 第8条 over the first eleven digits. */
  static boolean checkDigitValid(String twelve) {
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = twelve.charAt(11 - n) - '0';
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int r = sum % 11;
    int check = r <= 1 ? 0 : 11 - r;
    return check == twelve.charAt(11) - '0';
  }

  /** A digit run that continues a longer number (12,345 or 1.5 or 03-…) is not a start. */
  private static boolean precededByNumber(String t, int i) {
    char c = t.charAt(i - 1);
    if (ScanText.isDigit(c)) {
      return true;
    }
    return (c == ',' || c == '.' || SEPARATORS.indexOf(c) >= 0 && c != ' ')
        && i >= 2
        && ScanText.isDigit(t.charAt(i - 2));
  }
}
