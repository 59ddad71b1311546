package kohyo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of personal data the scan looks for, each with its Japanese label (used in messages and
 * in the {@code 確認済み} key's {@code 種別}) and its detector.
 *
 * <p>Detectors read a {@link ScanText} (NFKC, with kanji digits and words at hand) and return
 * {@code [start, end)} ranges in it. The order is the priority when two findings overlap (a URL
 * that contains a telephone number is one URL finding; a My Number is not also reported as a number
 * with a label).
 */
enum PersonalDataKind {
  URL("URL", "クエリ付きURL") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return Urls.find(text, others);
    }
  },

  EMAIL("メールアドレス") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return EmailAddresses.find(text);
    }
  },

  /** マイナンバー. */
  INDIVIDUAL_NUMBER("個人番号") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return IndividualNumbers.find(text);
    }
  },

  /** 被保険者番号, 口座番号, 旅券番号…: numbers that identify a person by their label. */
  ID_NUMBER("識別番号") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return IdentifierNumbers.find(text);
    }
  },

  PHONE_NUMBER("電話番号") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return PhoneNumbers.find(text);
    }
  },

  POSTAL_CODE("郵便番号") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return PostalCodes.find(text);
    }
  },

  /** 丁目・番地・号, and 1-2-3 after a place. */
  ADDRESS("住所") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return Addresses.find(text);
    }
  },

  NAME("氏名", "敬称付きの氏名") {
    @Override
    List<int[]> find(ScanText text, List<int[]> others) {
      return PersonNames.find(text);
    }

    /** Earlier versions reported the honorific with the name: 「田中様」 still acknowledges 田中. */
    @Override
    boolean acknowledges(String acknowledged, String found) {
      return super.acknowledges(acknowledged, found)
          || super.acknowledges(
              acknowledged.strip().replaceFirst("(?:様|さま|さん|氏|殿|君|くん|ちゃん)$", ""), found);
    }
  };

  /** Hyphens people type between digit groups, after NFKC (which already maps －). */
  static final String HYPHEN = "[\\-‐‑‒–—―−ー─]";

  private final String label;

  /** Labels of earlier versions, still accepted in {@code 確認済み}. */
  private final List<String> formerLabels;

  PersonalDataKind(String label, String... formerLabels) {
    this.label = label;
    this.formerLabels = List.of(formerLabels);
  }

  /** The Japanese name shown in messages and written as {@code 種別} in {@code 確認済み}. */
  String label() {
    return label;
  }

  /**
   * The spans of this kind in {@code text}.
   *
   * @param others what the other kinds found in the same text (used by {@link #URL} only)
   */
  abstract List<int[]> find(ScanText text, List<int[]> others);

  /**
   * Whether the {@code 文字列} of an acknowledgement is this finding: the same after NFKC, line breaks
   * aside.
   */
  boolean acknowledges(String acknowledged, String found) {
    return NormalizedText.sameText(acknowledged, found);
  }

  /** The kind a {@code 種別} names, by its label or a label it had before (敬称付きの氏名 → 氏名). */
  static Optional<PersonalDataKind> byLabel(String label) {
    for (PersonalDataKind k : values()) {
      if (k.label.equals(label) || k.formerLabels.contains(label)) {
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
}
