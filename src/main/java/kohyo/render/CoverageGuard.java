package kohyo.render;

import com.lowagie.text.pdf.BaseFont;
import java.util.Map;
import kohyo.base.Fonts.Face;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * The output device of a render with font subsets: before drawing text, makes sure the subset has
 * every character of it that the installed font has. OpenPDF would skip a character missing from
 * the font without a word; a subset made from too few characters (text the renderer adds itself,
 * say a list numbering the stylesheet asks for) must not lose glyphs that the whole font would have
 * drawn, so the render stops and is done again with the whole fonts.
 */
final class CoverageGuard extends ITextOutputDevice {

  /** A character the document draws is not in its subset. */
  static final class Missed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missed() {
      super("a character of the document is missing from its font subset", null, false, false);
    }
  }

  private final DocumentFonts fonts;
  private Map<BaseFont, Face> faces = Map.of();
  private BaseFont current;

  CoverageGuard(float dotsPerPoint, DocumentFonts fonts) {
    super(dotsPerPoint);
    this.fonts = fonts;
  }

  /** The fonts of this render, once they are made. */
  void watch(Map<BaseFont, Face> faces) {
    this.faces = faces;
  }

  @Override
  public void setFont(FSFont font) {
    super.setFont(font);
    current = ((ITextFSFont) font).getFontDescription().getFont();
  }

  @Override
  public void drawString(String s, float x, float y, JustificationInfo info) {
    Face face = current == null ? null : faces.get(current);
    if (face != null) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!current.charExists(c) && fonts.installedHas(face, c)) {
          throw new Missed();
        }
      }
    }
    super.drawString(s, x, y, info);
  }
}
