package kohyo.excel;

import java.time.LocalDate;
import java.util.Optional;
import kohyo.casefile.CaseFields;

/**
 * One case read from a sheet.
 *
 * @param row the sheet row it starts on (1-based, as Excel numbers rows)
 * @param fileName the case file it becomes: NO and 発生日, e.g. {@code 03-2025-06-09.yaml}
 * @param no the sheet's NO, when it has one
 * @param withheld whether the sheet's 公表 column says 非公表 (an internal list)
 */
public record ImportedCase(
    int row,
    String fileName,
    Optional<Integer> no,
    LocalDate date,
    boolean withheld,
    CaseFields fields) {}
