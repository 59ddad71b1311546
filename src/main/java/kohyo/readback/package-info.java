/**
 * Reading back what a PDF really draws, with PDFBox: {@link kohyo.readback.PageContent} gives each
 * page's glyphs (position, size, font, whether the glyph has an outline) and its table borders,
 * clipped as the page shows them.
 *
 * <p>The project's one PDF reader: kohyo.diff reads a PDF kohyo built back into cases with it, and
 * the typesetting checks of the tests read every rendered edition with it. It knows nothing of
 * cases or tables; each user interprets the glyphs and borders itself.
 */
package kohyo.readback;
