package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of personal data the scan looks for, each with its Japanese label (used in messages and
 * in the {@code 確認済み} key's {@code 種別}) and its detector.
 *
 * <p>Detectors read NFKC text (see {@link NormalizedText}) and return {@code [start, end)} ranges
 * in it. They err on the side of reporting: a false alarm costs one reviewed acknowledgement, a
 * miss costs a leak. The order is the priority when two findings overlap (a URL that contains a
 * phone number is one URL finding).
 */
enum PersonalDataKind {
  URL_WITH_QUERY("クエリ付きURL") {
    @Override
    List<int[]> find(String text) {
      return Urls.withQuery(text);
    }
  },

  EMAIL("メールアドレス") {
    private final Pattern email =
        Pattern.compile(
            // starts only where a local part starts, and never gives back what it took: linear on
            // any input
            "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]++(?:@|\\[at\\]|\\(at\\))(?:[A-Za-z0-9\\-]++\\.)+[A-Za-z]{2,}");

    @Override
    List<int[]> find(String text) {
      boolean at = text.indexOf('@') >= 0 || text.contains("[at]") || text.contains("(at)");
      return at ? all(email, text) : List.of();
    }
  },

  /** マイナンバー: twelve digits, in groups of four or not. */
  INDIVIDUAL_NUMBER("個人番号") {
    private final Pattern number =
        Pattern.compile(
            "(?<![0-9])(?<![0-9][ \\-])[0-9]{4}[ \\-]?[0-9]{4}[ \\-]?[0-9]{4}(?![0-9])(?![ \\-][0-9])");

    @Override
    List<int[]> find(String text) {
      return hasDigit(text) ? all(number, text) : List.of();
    }
  },

  PHONE_NUMBER("電話番号") {
    @Override
    List<int[]> find(String text) {
      return PhoneNumbers.find(text);
    }
  },

  POSTAL_CODE("郵便番号") {
    private final Pattern marked = Pattern.compile("〒 ?[0-9]{3}" + HYPHEN + "?[0-9]{4}(?![0-9])");
    private final Pattern bare =
        Pattern.compile("(?<![0-9\\-‐‑‒–—―−ー])[0-9]{3}" + HYPHEN + "?[0-9]{4}(?![0-9\\-‐‑‒–—―−ー])");
    private final Pattern addressWord = Pattern.compile("[都道府県市区町村]|丁目|番地|郵便|住所|所在地|〒");

    @Override
    List<int[]> find(String text) {
      if (!hasDigit(text)) {
        return List.of();
      }
      List<int[]> found = all(marked, text);
      Matcher m = bare.matcher(text);
      while (m.find()) {
        boolean hyphenated = m.end() - m.start() == 8;
        int reach = hyphenated ? 12 : 6;
        // a bare seven-digit number is a postal code only right after 郵便番号 or 〒
        String before = text.substring(Math.max(0, m.start() - reach), m.start());
        String after =
            hyphenated ? text.substring(m.end(), Math.min(text.length(), m.end() + reach)) : "";
        boolean nearAddress =
            hyphenated
                ? addressWord.matcher(before + " " + after).find()
                : before.contains("郵便") || before.contains("〒");
        if (nearAddress) {
          found.add(new int[] {m.start(), m.end()});
        }
      }
      return found;
    }
  },

  /** 丁目・番地・号 and 町1-2-3: the part of an address that points at one house. */
  ADDRESS("住所") {
    private final Pattern address =
        Pattern.compile(
            "(?<![0-9一二三四五六七八九十百])[0-9一二三四五六七八九十]++丁目(?:"
                + HYPHEN
                + "?[0-9]+(?:番地?|"
                + HYPHEN
                + ")?(?:の?[0-9]+号?)?"
                + "(?:"
                + HYPHEN
                + "[0-9]+)?)?"
                + "|(?<![0-9一二三四五六七八九十百])[0-9一二三四五六七八九十百]++番地(?:の?[0-9]+(?:号)?)?"
                + "|(?<![0-9])[0-9]++番[0-9]++号"
                + "|(?<=[町村区])[0-9]{1,4}(?:"
                + HYPHEN
                + "[0-9]{1,4}){1,2}(?![0-9])");

    @Override
    List<int[]> find(String text) {
      boolean marker =
          text.contains("丁目")
              || text.indexOf('番') >= 0
              || text.indexOf('町') >= 0
              || text.indexOf('村') >= 0
              || text.indexOf('区') >= 0;
      return marker ? all(address, text) : List.of();
    }
  },

  HONORIFIC_NAME("敬称付きの氏名") {
    @Override
    List<int[]> find(String text) {
      return HonorificNames.find(text);
    }
  };

  /** Hyphens people type between digit groups, after NFKC (which already maps －). */
  static final String HYPHEN = "[\\-‐‑‒–—―−ー]";

  private final String label;

  PersonalDataKind(String label) {
    this.label = label;
  }

  /** The Japanese name shown in messages and written as {@code 種別} in {@code 確認済み}. */
  String label() {
    return label;
  }

  abstract List<int[]> find(String normalizedText);

  static Optional<PersonalDataKind> byLabel(String label) {
    for (PersonalDataKind k : values()) {
      if (k.label.equals(label)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  static List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (PersonalDataKind k : values()) {
      labels.add(k.label);
    }
    return labels;
  }

  /**
   * A cheap test before the expressions: most text has no digit at all, and hostile text may be
   * long.
   */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> all(Pattern p, String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }
}
