package kohyo.render;

import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * A font resolver that knows only the fonts a render registers ({@link DocumentFonts}), not the 14
 * standard PDF fonts Flying Saucer would otherwise load (their metrics files are parsed anew in
 * every process, some 30 ms, and no template uses them: they cannot draw Japanese and are not
 * embedded, which PDF/A forbids). Text whose family is unknown falls back to {@code Serif}, which
 * {@link DocumentFonts} maps to the bundled family as well.
 */
final class BundledFontResolver extends ITextFontResolver {

  /** The family Flying Saucer falls back to for a name it does not know. */
  static final String FALLBACK_FAMILY = "Serif";

  @Override
  protected Map<String, FontFamily> loadFonts() {
    return new HashMap<>();
  }
}
