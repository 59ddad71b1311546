package kohyo.check;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which characters the bundled fonts can draw. A character missing from the font would be printed as an empty
 * box or dropped — in an official publication, silently wrong — so such text is refused before rendering.
 */
public final class FontCoverage {

    private final List<Font> fonts;

    private FontCoverage(List<Font> fonts) {
        this.fonts = fonts;
    }

    /** Loads the given TrueType files; a character must be in every one of them (regular and bold). */
    public static FontCoverage of(List<Path> fontFiles) {
        List<Font> fonts = new ArrayList<>();
        for (Path file : fontFiles) {
            try {
                fonts.add(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("not a TrueType font: " + file.getFileName(), e);
            }
        }
        return new FontCoverage(List.copyOf(fonts));
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
