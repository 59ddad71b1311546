package kohyo.model;

import java.util.List;

/**
 * What one local government prints differently from another, as it applies to one edition: the
 * title, the note under the table and the non-disclosure criteria (非公表基準). The check stage settles
 * them, from the publisher file ({@code publisher.yaml}) where it says so and otherwise from the
 * installation's {@code templates/wording.yaml}, so every output (the PDF, its twins, exports, the
 * editor) takes them from here and none has to know where they came from.
 *
 * @param title 表題, with the places {@code {公表主体}} {@code {年度}} {@code {区分}} still to fill
 * @param note 注記 below the table
 * @param criteria 非公表基準 in order, printed (1), (2)…; a withheld case's {@code 非公表基準: n} is the n-th
 */
public record PublisherRules(String title, String note, List<String> criteria) {

  public PublisherRules {
    criteria = List.copyOf(criteria);
  }

  /** Whether {@code n} names one of the criteria. */
  public boolean hasCriterion(int n) {
    return n >= 1 && n <= criteria.size();
  }
}
