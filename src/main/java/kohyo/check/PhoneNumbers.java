package kohyo.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Japanese telephone numbers: fixed-line (10 digits, 03-1234-5678, 0120-123-456,
 * (03)1234-5678), mobile and IP (11 digits beginning 070/080/090/050), +81 forms, and the same
 * without separators or with any separator people type (076.444.1234, 076/444/1234, 076・444・1234,
 * 076_444_1234, 076 ― 444 ― 1234), in kanji digits (〇七六－四四四－一二三四, read through {@link
 * ScanText#digits}) and right after TEL, Tel., ℡ (which NFKC makes TEL) or FAX.
 *
 * <p>A small parser rather than one regular expression: groups of digits are read with the
 * separators people type between them (hyphens of every width, spaces, brackets), then the longest
 * run of groups that makes a valid number is taken, so that two numbers written one after the other
 * are found as two.
 */
final class PhoneNumbers {

  private static final String SEPARATORS = "-‐‑‒–—―−ー─━ ()./・_";

  /** Latin words that may stand right before a number: TEL0766-44-2381, Fax.076…. */
  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile("(?i)(?:tel|fax|phone|mobile|keitai|denwa|no|cell)$");

  private static final int MAX_GROUPS = 4;

  private PhoneNumbers() {}

  static List<int[]> find(ScanText scan) {
    String text = scan.digits();
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = numberAt(text, i);
      if (end > i) {
        // an opening bracket belongs to the number only when it closes around the area code
        boolean ownBracket = text.charAt(i) != '(' || text.substring(i, end).indexOf(')') >= 0;
        found.add(new int[] {ownBracket ? i : i + 1, end});
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The end of a phone number starting at {@code start}, or -1. */
  private static int numberAt(String t, int start) {
    if (start > 0 && isAsciiAlnum(t.charAt(start - 1)) && !labelled(t, start)) {
      return -1;
    }
    StringBuilder digits = new StringBuilder();
    int i = start;
    if (t.startsWith("+81", i)) {
      digits.append('0');
      i += 3;
      i = skip(t, i, " -");
      if (t.startsWith("(0)", i)) {
        i += 3;
      }
    } else if (t.startsWith("(0", i)) {
      i++;
    } else if (!t.startsWith("0", i)) {
      return -1;
    }
    List<Integer> lengths = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    while (lengths.size() < MAX_GROUPS) {
      int groupStart = i;
      while (i < t.length() && isDigit(t.charAt(i))) {
        digits.append(t.charAt(i));
        i++;
      }
      if (i == groupStart) {
        break;
      }
      lengths.add(i - groupStart);
      ends.add(i);
      int separator = i;
      while (separator < t.length()
          && separator - i < 3
          && SEPARATORS.indexOf(t.charAt(separator)) >= 0) {
        separator++;
      }
      if (separator == i || separator >= t.length() || !isDigit(t.charAt(separator))) {
        break;
      }
      i = separator;
    }
    // the longest run of groups that reads as one number
    for (int groups = lengths.size(); groups >= 1; groups--) {
      int count = 0;
      for (int g = 0; g < groups; g++) {
        count += lengths.get(g);
      }
      if (t.startsWith("+81", start)) {
        count++;
      }
      String number = digits.substring(0, count);
      if (valid(number, lengths.subList(0, groups), t.startsWith("+81", start))) {
        return ends.get(groups - 1);
      }
    }
    return -1;
  }

  /** Whether the letters right before {@code start} are a label such as TEL, not part of an ID. */
  private static boolean labelled(String t, int start) {
    int from = start;
    while (from > 0 && start - from < 8 && isAsciiAlnum(t.charAt(from - 1))) {
      from--;
    }
    return LABEL.matcher(t.substring(from, start)).find();
  }

  private static boolean valid(String number, List<Integer> groups, boolean international) {
    int n = number.length();
    if (n != 10 && n != 11 || number.charAt(0) != '0' || number.charAt(1) == '0') {
      return false;
    }
    if (n == 11 && !(number.charAt(2) == '0' && "5789".indexOf(number.charAt(1)) >= 0)) {
      return false;
    }
    if (groups.size() == 1) {
      return true;
    }
    int last = groups.get(groups.size() - 1);
    int first = groups.get(0) + (international ? 1 : 0);
    return last >= 3
        && last <= 4
        && first >= 2
        && first <= 5
        && groups.stream().allMatch(g -> g <= 5);
  }

  private static int skip(String t, int i, String chars) {
    while (i < t.length() && chars.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    return isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
