package kohyo.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import kohyo.base.Fonts.Face;
import kohyo.testing.Periods;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled fonts as the check and the renderer see them: the same coverage as before (java.awt,
 * which the check used to ask), and subsets whose glyphs are the installed ones.
 */
class FontsTest {

  private static Installation installation;
  private static Fonts fonts;

  @BeforeAll
  static void load() {
    installation = Installation.of(Periods.home());
    fonts = installation.fonts();
  }

  /**
   * Every code point: drawable exactly when java.awt says so, except the characters java.awt calls
   * displayable without a glyph (controls, format characters, line and paragraph separators), which
   * the font cannot draw either.
   */
  @Test
  void coverageIsJavaAwtsWithoutItsInvisibleCharacters() throws Exception {
    List<Font> awt = new ArrayList<>();
    for (Path f : Periods.home().fontFiles()) {
      awt.add(Font.createFont(Font.TRUETYPE_FONT, f.toFile()));
    }
    List<String> differences = new ArrayList<>();
    int covered = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int c = cp;
      boolean byAwt = awt.stream().allMatch(f -> f.canDisplay(c));
      boolean byCmap = fonts.canDraw(cp);
      covered += byCmap ? 1 : 0;
      int type = Character.getType(cp);
      boolean invisible =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      if (byAwt != byCmap && !(byAwt && invisible)) {
        differences.add(String.format("U+%04X awt=%s cmap=%s", cp, byAwt, byCmap));
      }
    }
    assertEquals(List.of(), differences);
    assertTrue(covered > 11_000, "covered " + covered);
    assertTrue(fonts.canDraw('漢') && fonts.canDraw(0x2000B), "a kanji and one outside the BMP");
  }

  /** A subset's glyphs are the installed ones: same outline, same advance, no instructions. */
  @Test
  void subsetGlyphsAreTheInstalledOnes() throws Exception {
    String text = "保有個人情報の漏えい事案概要【令和7年度上半期分】（Ａ）ＡＢＣabc123・ー「」、。※";
    SortedSet<Integer> characters = new TreeSet<>();
    text.codePoints().forEach(characters::add);
    for (Face face : Face.values()) {
      TrueTypeFont installed = parse(fonts.file(face).bytes());
      byte[] bytes = fonts.subset(face, characters);
      TrueTypeFont subset = parse(bytes);
      assertTrue(subset.getNumberOfGlyphs() <= characters.size() + 1, face + " glyph count");
      Map<String, byte[]> tables = TrueTypeTables.read(bytes);
      assertFalse(tables.containsKey("fpgm") || tables.containsKey("prep"), "hinting programs");
      assertFalse(tables.containsKey("GSUB") || tables.containsKey("vmtx"), "tables of old glyphs");
      assertArrayEquals(
          installed.getTableBytes(installed.getTableMap().get("OS/2")),
          tables.get("OS/2"),
          face + " OS/2 as installed");
      for (int cp : characters) {
        int was = installed.getUnicodeCmapLookup().getGlyphId(cp);
        int is = subset.getUnicodeCmapLookup().getGlyphId(cp);
        assertTrue(is > 0, face + " maps " + Character.toString(cp));
        assertEquals(
            installed.getAdvanceWidth(was), subset.getAdvanceWidth(is), "advance of " + cp);
        GlyphData before = installed.getGlyph().getGlyph(was);
        GlyphData after = subset.getGlyph().getGlyph(is);
        assertEquals(
            outline(before), outline(after), face + " outline of " + Character.toString(cp));
        if (!after.getDescription().isComposite()) {
          int[] instructions =
              ((org.apache.fontbox.ttf.GlyfDescript) after.getDescription()).getInstructions();
          assertTrue(instructions == null || instructions.length == 0, "instructions left");
        }
      }
    }
  }

  @Test
  void subsetsMapOnlyTheBasicMultilingualPlane() {
    SortedSet<Integer> characters = new TreeSet<>(List.of((int) 'あ', 0x20BB7));
    assertThrows(IllegalArgumentException.class, () -> fonts.subset(Face.REGULAR, characters));
  }

  @Test
  void aFontThatIsNotTrueTypeIsABrokenInstallation(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("kohyo");
    Files.createDirectories(root.resolve("templates"));
    Files.createDirectories(root.resolve("fonts"));
    for (Path f : Periods.home().fontFiles()) {
      Files.writeString(root.resolve("fonts").resolve(f.getFileName()), "not a font");
    }
    Fonts.UnreadableFont e =
        assertThrows(Fonts.UnreadableFont.class, () -> Installation.of(new Home(root)).fonts());
    assertTrue(e.getMessage().contains("fonts/BIZUDGothic-Regular.ttf を読めません"), e.getMessage());
  }

  /** Stripping instructions from a composite glyph clears its flag and keeps its components. */
  @Test
  void compositeGlyphsLoseOnlyTheirInstructions() {
    byte[] glyph = {
      (byte) 0xFF,
      (byte) 0xFF,
      0,
      0,
      0,
      0,
      0,
      10,
      0,
      10, // header: composite, bbox
      0x00,
      0x21,
      0,
      5,
      0,
      1,
      0,
      2, // ARG_1_AND_2_ARE_WORDS | MORE_COMPONENTS, glyph 5, dx dy
      0x01,
      0x01,
      0,
      6,
      0,
      3,
      0,
      4, // ARG_1_AND_2_ARE_WORDS | WE_HAVE_INSTRUCTIONS, glyph 6
      0,
      3,
      1,
      2,
      3 // three instruction bytes
    };
    byte[] stripped = TrueTypeTables.withoutInstructions(glyph);
    assertEquals(26, stripped.length);
    assertEquals(0x00, stripped[18], "WE_HAVE_INSTRUCTIONS cleared");
    assertEquals(0x01, stripped[19]);
    assertEquals(6, stripped[21], "second component kept");
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    return new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
  }

  private static List<String> outline(GlyphData glyph) throws IOException {
    List<String> out = new ArrayList<>();
    PathIterator it = glyph.getPath().getPathIterator(null);
    double[] c = new double[6];
    while (!it.isDone()) {
      int type = it.currentSegment(c);
      out.add(type + ":" + Stream.of(c[0], c[1], c[2], c[3], c[4], c[5]).toList());
      it.next();
    }
    return out;
  }
}
