package kohyo.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the published table.
 *
 * @param no NO, 1..n in 発生日 order (ties by file name)
 * @param source the case file's name, for messages and diffs
 * @param secondaryDamage 二次被害の有無: 有 or 無
 * @param remarks 備考 as typed, empty when none; without a 「R7.5.20個別公表事案」 that {@code
 *     individuallyPublished} already says (the template prints that from the wording)
 * @param individuallyPublished 個別公表日: the day the case was published on its own at the time
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
    String remarks,
    Optional<LocalDate> individuallyPublished) {}
