package kohyo.model;

import java.util.List;

/**
 * One period's publication: the published rows and the counts for the 事案件数 line.
 *
 * @param name the period folder's name, e.g. {@code 2025-h1}; names the output file
 * @param rules the publisher's title, note and criteria in force for this edition
 * @param published rows in NO order
 * @param withheld withheld cases, contentless
 */
public record Edition(
    String name,
    Period period,
    PublisherRules rules,
    List<PublishedCase> published,
    List<WithheldCase> withheld) {

  public Edition {
    published = List.copyOf(published);
    withheld = List.copyOf(withheld);
  }

  /** 事案件数: every case, published or withheld. */
  public int total() {
    return published.size() + withheld.size();
  }

  public int withheldCount() {
    return withheld.size();
  }
}
