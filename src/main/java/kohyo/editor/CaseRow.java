package kohyo.editor;

/**
 * One line of a period's case list. A withheld case shows only 「非公表（基準n）」 and its date.
 *
 * @param file the case file's name (the link to its form)
 * @param no the NO it prints under, empty when it gets none (withheld, or no readable date)
 * @param date the 和暦 it prints (R7.4.25), or the value as written when it is not a date
 * @param office 所属
 * @param summary the first line of 事案の概要, or 「非公表（基準n）」 for a withheld case
 * @param status {@code ok}, {@code error}, {@code personal} (a personal-data finding) or {@code
 *     warning}
 * @param statusText the status in words, e.g. 「エラー 2 件」
 */
public record CaseRow(
    String file,
    String no,
    String date,
    String office,
    String summary,
    boolean withheld,
    String status,
    String statusText) {}
