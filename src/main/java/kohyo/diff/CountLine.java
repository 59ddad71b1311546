package kohyo.diff;

import java.util.List;

/**
 * The check that a PDF's table agrees with its own 事案件数 line: as many rows as the line says are
 * published, numbered 1 to n. A PDF with pages cut out (or rows pasted in) would otherwise be read
 * as a version in which those cases were deleted (or added), which the document itself contradicts.
 */
final class CountLine {

  private CountLine() {}

  /**
   * @param rows the rows read from the table, in reading order
   * @param total 事案件数 as the count line prints it
   * @param withheld 非公表基準該当 as the count line prints it
   * @throws UnreadablePdf when the rows disagree with the count line
   */
  static void check(List<Row> rows, int total, int withheld) throws UnreadablePdf {
    int published = total - withheld;
    if (rows.size() != published) {
      throw new UnreadablePdf(
          "表の行数（"
              + rows.size()
              + "件）が事案件数の行（"
              + total
              + "件、うち非公表"
              + withheld
              + "件で掲載は"
              + published
              + "件）と合いません。ページが欠けているか、kohyo が作った PDF から変えられています。");
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).no().equals(Integer.toString(i + 1))) {
        throw new UnreadablePdf(
            "表の "
                + (i + 1)
                + " 行目の NO が "
                + (i + 1)
                + " ではありません。ページが欠けているか並べ替えられているか、kohyo が作った PDF から変えられています。");
      }
    }
  }
}
