/**
 * The document's vocabulary: title, headings, column labels, the count line, the note, the
 * non-disclosure criteria and the short 和暦 date, read from {@code templates/wording.yaml}.
 *
 * <p>It is the one source of these words: the templates print them (as the shared variable {@code
 * wording}) and {@link kohyo.diff} recognises and names what it reads from a kohyo PDF with them,
 * so an edited heading can never leave the reader looking for the old one. A file that lacks a word
 * is a fault of the installation ({@link kohyo.wording.InvalidWording}, exit code 3), found before
 * anything is rendered.
 *
 * <p>Depends on {@code kohyo.base}, {@code kohyo.load} (the safe YAML reading) and {@code
 * kohyo.model} (the values a phrase is filled with).
 */
package kohyo.wording;
