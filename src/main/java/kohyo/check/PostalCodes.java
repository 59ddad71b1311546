package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds postal codes: 〒 and seven digits (〒100-0001, 〒1000001, 〒 ９３９－０２６２, 〒九三〇－〇〇九四); three and
 * four digits after 郵便番号 or Zip; and 123-4567 next to the words of an address (東京都, 市, 丁目, 住所). A
 * bare seven-digit number is one only after 郵便番号, 〒 or Zip.
 */
final class PostalCodes {

  private static final String HYPHEN = " ?" + PersonalDataKind.HYPHEN + " ?";
  private static final Pattern MARKED =
      Pattern.compile("〒 ?([0-9]{3}(?:" + HYPHEN + "| )?[0-9]{4})(?![0-9])");
  private static final Pattern BARE =
      Pattern.compile(
          "(?<![0-9\\-‐‑‒–—―−ー])([0-9]{3}(?:" + HYPHEN + ")?[0-9]{4})(?![0-9\\-‐‑‒–—―−ー])");
  private static final Pattern ADDRESS_WORD =
      Pattern.compile("[都道府県市区町村郡]|丁目|番地|郵便|住所|所在地|〒|宛先|送付先|返送先|転居先");
  private static final Pattern LABEL =
      Pattern.compile("(?i)(?:郵便|〒|zip|postal|post code|postcode)[^0-9]{0,6}$");

  private PostalCodes() {}

  static List<int[]> find(ScanText scan) {
    String text = scan.digits();
    List<int[]> found = new ArrayList<>();
    // a postal code has seven digits, and a marked one 〒: most texts are not searched at all
    if (digitCount(text) < 7) {
      return found;
    }
    if (text.indexOf('〒') >= 0) {
      Matcher marked = MARKED.matcher(text);
      while (marked.find()) {
        if (!zeros(marked.group(1))) {
          found.add(new int[] {marked.start(), marked.end()});
        }
      }
    }
    Matcher m = BARE.matcher(text);
    while (m.find()) {
      String code = m.group(1);
      if (zeros(code) || m.start() > 0 && text.charAt(m.start() - 1) == '〒') {
        continue;
      }
      boolean hyphenated = code.length() > 7;
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      boolean labelled = LABEL.matcher(before).find();
      boolean nearAddress = false;
      if (hyphenated && !labelled) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        nearAddress = ADDRESS_WORD.matcher(before + " " + after).find();
      }
      if (labelled || nearAddress) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    return found;
  }

  private static int digitCount(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  /** 〒000-0000 is a blank form, not a postal code. */
  private static boolean zeros(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }
}
