package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, also as people write them to keep them from robots: spaces around the @,
 * ＠, [at], (at), （アット）, アットマーク, [@], [dot], (dot), ドット, and intranet addresses without a top-level
 * domain (y-murakami@pref-intra).
 *
 * <p>A written-out at ([at], アットマーク…) is only ever used in an address, so it needs no more than a
 * local part and a domain; a plain @ with a one-label domain needs both sides to be more than a
 * letter, so that 1件@300円 and A@B are left alone. Placeholders (xxxx@xxxx, ****@****) are not
 * addresses.
 */
final class EmailAddresses {

  private static final String AT_WORD = "(?:at|@|アットマーク|アット|あっとまーく|あっと|@マーク)";
  private static final String AT = "(?:@マーク|@|[(\\[<{]" + AT_WORD + "[)\\]>}]|アットマーク|あっとまーく)";
  private static final String DOT = "(?:\\.|[(\\[<{](?:dot|\\.|ドット|どっと)[)\\]>}]|ドット)";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+\\-])([A-Za-z0-9._%+\\-]++) ?+("
              + AT
              + ") ?+([A-Za-z0-9\\-]++(?: ?+"
              + DOT
              + " ?+[A-Za-z0-9\\-]++)*+)",
          Pattern.CASE_INSENSITIVE);

  /** A domain that ends in a top-level domain: …(dot) com, ….jp. */
  private static final Pattern TOP_LEVEL =
      Pattern.compile(DOT + " ?[A-Za-z]{2,}$", Pattern.CASE_INSENSITIVE);

  private static final Pattern MASK = Pattern.compile("[xX*・.\\-_0]+");

  private EmailAddresses() {}

  static List<int[]> find(ScanText scan) {
    String text = scan.text();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean at =
        text.indexOf('@') >= 0
            || lower.contains("at)")
            || lower.contains("at]")
            || lower.contains("at>")
            || lower.contains("at}")
            || text.contains("アット")
            || text.contains("あっと");
    if (!at) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String local = m.group(1);
      String marker = m.group(2);
      String domain = m.group(3);
      if (MASK.matcher(local).matches() || MASK.matcher(domain.replace(" ", "")).matches()) {
        continue;
      }
      boolean dotted = TOP_LEVEL.matcher(domain).find();
      boolean plainAt = marker.equals("@");
      boolean ok =
          dotted
              ? local.length() >= 1
              : plainAt
                  ? local.length() >= 2 && domain.length() >= 3 && hasLetter(domain)
                  : local.length() >= 2 && domain.length() >= 2;
      if (ok) {
        int end = m.end(3);
        // an address does not end with a dot: the full stop of an English sentence
        while (end > m.start() && text.charAt(end - 1) == '.') {
          end--;
        }
        found.add(new int[] {m.start(1), end});
      }
    }
    return found;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ScanText.isLatin(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
