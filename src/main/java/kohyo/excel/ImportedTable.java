package kohyo.excel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.base.Problem;
import kohyo.casefile.CanonicalYaml;
import kohyo.casefile.PeriodFields;

/**
 * A sheet read for import: what the period folder will hold, and every cell that could not be
 * understood. Nothing is written unless {@link #problems()} is empty.
 *
 * @param sheet the sheet the table was on
 * @param period 公表主体, 年度, 区分, from the title or the command's options; a part that neither gives is
 *     empty
 * @param count the count line's figures, when the sheet has one
 * @param internal whether the sheet has a 公表 column (an internal list with withheld rows)
 * @param cases the cases in sheet order
 * @param problems the cells that could not be understood, at {@code TABLE.xlsx:シート!C12}
 * @param ignoredColumns headings of columns that were not imported, e.g. 「B 列「担当課」」
 * @param renumbered whether the sheet's NO are not in 発生日 order (kohyo numbers by date)
 * @param hiddenRows rows below the header that are hidden and hold something (1-based): not
 *     printed, so not published, and not imported
 */
public record ImportedTable(
    String sheet,
    PeriodFields period,
    Optional<CountLine> count,
    boolean internal,
    List<ImportedCase> cases,
    List<Problem> problems,
    List<String> ignoredColumns,
    boolean renumbered,
    List<Integer> hiddenRows) {

  public ImportedTable {
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
    ignoredColumns = List.copyOf(ignoredColumns);
    hiddenRows = List.copyOf(hiddenRows);
  }

  /** 「1 事案件数 11件（うち、非公表基準該当1件）」 as figures. */
  public record CountLine(int total, int withheld) {}

  public long withheldRows() {
    return cases.stream().filter(ImportedCase::withheld).count();
  }

  /**
   * How many withheld cases the count line names that the sheet does not hold: a published table
   * shows them only as the count, so their files must be added by hand.
   */
  public int missingWithheld() {
    return count.map(c -> (int) Math.max(0, c.withheld() - withheldRows())).orElse(0);
  }

  /** The files of the period folder, in canonical YAML: {@code period.yaml} and {@code cases/}. */
  public Map<Path, byte[]> files(Path dir) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(dir.resolve("period.yaml"), utf8(CanonicalYaml.periodFile(period)));
    for (ImportedCase c : cases) {
      files.put(
          dir.resolve("cases").resolve(c.fileName()), utf8(CanonicalYaml.caseFile(c.fields())));
    }
    return files;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
