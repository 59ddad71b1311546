/**
 * Stage beside render: what changed between two editions, per case and per field, for reviewers who
 * receive draft after draft.
 *
 * <p>Both sides become a {@link kohyo.diff.Snapshot} — from a checked period folder or from a PDF
 * kohyo built, read back with {@link kohyo.readback.PageContent} — so one comparison serves both.
 * Cases are paired by file name or content similarity, fields are compared character by character
 * (Japanese has no spaces to split on) with java-diff-utils. Withheld (非公表) cases are compared only
 * by their digests, or, from a PDF, by their count: no text of theirs is ever available here, so no
 * report can show it.
 */
package kohyo.diff;
