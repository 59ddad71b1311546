/**
 * Stage 4: the {@link kohyo.model.Edition} to a PDF: FreeMarker writes XHTML from {@code
 * templates/}, Flying Saucer lays it out through OpenPDF with the TrueType fonts in {@code fonts/}.
 * The same edition, through the same words, also becomes the PDF's twins ({@link
 * kohyo.render.Format}): a self-contained HTML page, the accessible form of the publication, and an
 * RFC 4180 CSV for open data ({@link kohyo.render.CsvOutputFormat} quotes its fields).
 *
 * <p>All wording and layout is in the templates; Java here only wires the libraries together, makes
 * the output byte-for-byte reproducible, keeps the renderer away from anything but {@code
 * templates/} and {@code fonts/}, lays out every line under the JLREQ line-breaking rules ({@link
 * kohyo.render.JlreqLineBreaks}, handed to Flying Saucer as its line-breaking strategy), and writes
 * files atomically.
 */
package kohyo.render;
