package kohyo.model;

import java.time.LocalDate;

/**
 * One row of the published table.
 *
 * @param no NO, 1..n in 発生日 order (ties by file name)
 * @param source the case file's name, for messages and diffs
 * @param secondaryDamage 二次被害の有無: 有 or 無
 * @param remarks 備考, empty when none
 */
public record PublishedCase(
    int no,
    String source,
    String office,
    LocalDate date,
    Wareki wareki,
    Text summary,
    Text cause,
    Text response,
    String secondaryDamage,
    Text prevention,
    String remarks) {}
