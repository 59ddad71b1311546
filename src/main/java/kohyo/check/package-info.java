/**
 * Stage 2: turns composed YAML into the {@link kohyo.model.Edition} model, or into every problem at
 * once.
 *
 * <p>Nothing is thrown for bad data: each finding is a {@link kohyo.base.Problem} with the file,
 * line and column of the node it is about, so the user can fix all of them in one pass. Withheld
 * cases are checked for what the count needs (date and criterion) and their text is dropped here;
 * messages about them never quote a value (nor, for a date in the wrong year, the date meant).
 *
 * <p>A date outside the period that has its month and day inside it (R7.1.20 in 令和7年度下半期) is
 * answered with that date, written as the clerk writes dates, at the first character to change.
 *
 * <p>Published text also passes the personal-data scan ({@code PersonalDataCheck}, {@code
 * PersonalDataScan}): e-mail addresses, phone numbers, postal codes, street addresses, names,
 * individual numbers (My Number), numbers labelled as a person's (被保険者番号…) and URLs that carry
 * personal data are problems unless the case file acknowledges them under {@code 確認済み}. Names and
 * places are told from words by Japanese morphological analysis ({@code Morphology}, Kuromoji). A
 * pattern that begins with one of many words (氏名|…|相続人) is tried only where one of their first
 * characters stands ({@code FirstChars}): the same matches, at a fraction of the cost.
 *
 * <p>The publisher file ({@code publisher.yaml}, {@code PublisherChecker}) settles the title, note
 * and non-disclosure criteria of an edition ({@link kohyo.model.PublisherRules}), falling back to
 * the installation's {@code templates/wording.yaml} (read through {@code kohyo.wording}); a
 * withheld case's criterion is checked against that list. 個別公表日 is reconciled with a hand-typed 備考
 * by {@code IndividualPublication}, with the wording's 個別公表 phrase.
 */
package kohyo.check;
