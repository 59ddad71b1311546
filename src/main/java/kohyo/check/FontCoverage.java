package kohyo.check;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which characters the bundled fonts can draw. A character missing from the font would be printed
 * as an empty box or dropped — in an official publication, silently wrong — so such text is refused
 * before rendering.
 */
public final class FontCoverage {

  private final List<Font> fonts;

  private FontCoverage(List<Font> fonts) {
    this.fonts = fonts;
  }

  /**
   * Loads the given TrueType files; a character must be in every one of them (regular and bold).
   */
  public static FontCoverage of(List<Path> fontFiles) {
    List<Font> fonts = new ArrayList<>();
    for (Path file : fontFiles) {
      try {
        fonts.add(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
      } catch (IOException | FontFormatException e) {
        throw new UnreadableFont(file);
      }
    }
    return new FontCoverage(List.copyOf(fonts));
  }

  /** A bundled font that is missing or not a TrueType file: a broken installation, not bad data. */
  public static final class UnreadableFont extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFont(Path file) {
      super(
          "同梱フォント " + file + " を読めません（TrueType のファイルではありません）。" + "リポジトリから取り直してください。",
          null,
          false,
          false);
    }
  }

  public boolean canDraw(int codePoint) {
    for (Font f : fonts) {
      if (!f.canDisplay(codePoint)) {
        return false;
      }
    }
    return true;
  }
}
