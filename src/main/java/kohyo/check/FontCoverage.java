package kohyo.check;

import java.util.function.Supplier;
import kohyo.base.Fonts;

/**
 * Which characters the bundled fonts can draw. A character missing from the font would be printed
 * as an empty box or dropped — in an official publication, silently wrong — so such text is refused
 * before rendering.
 *
 * <p>The answer comes from the fonts' own character maps, parsed once per process and shared with
 * the renderer ({@link kohyo.base.Installation#fonts()}).
 */
public final class FontCoverage {

  private final Supplier<Fonts> fonts;

  private FontCoverage(Supplier<Fonts> fonts) {
    this.fonts = fonts;
  }

  /**
   * A character must be in every face (regular and bold). The fonts are asked for on the first
   * question, so that their parsing overlaps the reading of the data.
   */
  public static FontCoverage of(Supplier<Fonts> fonts) {
    return new FontCoverage(fonts);
  }

  public boolean canDraw(int codePoint) {
    return fonts.get().canDraw(codePoint);
  }
}
