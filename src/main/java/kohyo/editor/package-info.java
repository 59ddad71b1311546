/**
 * The office's editor behind {@code kohyo serve}: a data folder as periods and cases a clerk edits
 * in forms, saved back as canonical YAML files that stay the source of truth.
 *
 * <p>Nothing here judges data: every file is checked by {@link kohyo.check.Checker} after it is
 * written, and the form shows the checker's own problems at their fields. Previews, builds and
 * reviews reuse the document pipeline ({@link kohyo.render.Publisher}, {@link kohyo.diff}) and the
 * command line itself, so the editor cannot publish anything the command line would not.
 *
 * <p>Withheld (非公表) cases can be opened and edited here, the office's own tool, but reach no list,
 * preview or review beyond 「非公表（基準n）」 and their date.
 */
package kohyo.editor;
