package kohyo.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled TrueType fonts, parsed once per process (with fontbox) and shared by the check, which
 * asks which characters they can draw, and the renderer, which embeds a subset of them in each
 * document.
 *
 * <p>A subset keeps only the glyphs of the given characters, renumbered, so that its glyph tables
 * are as small as its text; the renderer's own subsetting (OpenPDF) keeps the full index and width
 * tables of all 13,932 glyphs, some 117 KB of every PDF. Subsets cannot map characters outside the
 * Basic Multilingual Plane (fontbox writes a BMP-only cmap), so text with any such character gets
 * the whole font instead.
 *
 * <p>Shared across threads: every table a subset reads is parsed here, before the object is
 * published, and each face is subset by one thread at a time.
 */
public final class Fonts {

  /** The faces of the bundled family. */
  public enum Face {
    REGULAR,
    BOLD
  }

  /**
   * The tables a subset keeps: those a renderer needs to lay out and embed TrueType outlines. The
   * rest would refer to glyph numbers the subset no longer has (GSUB, vertical metrics), are
   * signatures of the whole file, or are hinting, which a PDF does not need ({@link
   * TrueTypeTables#unhint}).
   */
  private static final List<String> SUBSET_TABLES =
      List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name", "OS/2", "post");

  private static final String OS2 = "OS/2";

  private record Loaded(Installation.File file, TrueTypeFont font, CmapLookup cmap, byte[] os2) {}

  private final Map<Face, Loaded> faces;

  private Fonts(Map<Face, Loaded> faces) {
    this.faces = faces;
  }

  /**
   * Parses the installation's fonts.
   *
   * @throws UnreadableFont when a font is not a TrueType file
   */
  static Fonts parse(Installation.File regular, Installation.File bold) {
    Map<Face, Loaded> faces = new EnumMap<>(Face.class);
    faces.put(Face.REGULAR, load(regular));
    faces.put(Face.BOLD, load(bold));
    return new Fonts(faces);
  }

  private static Loaded load(Installation.File file) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file.bytes()));
      // every table is read now, on one thread, so that later readers only look
      font.getHeader();
      font.getHorizontalHeader();
      font.getHorizontalMetrics();
      font.getMaximumProfile();
      font.getIndexToLocation();
      font.getGlyph();
      font.getNaming();
      font.getOS2Windows();
      font.getPostScript();
      CmapLookup cmap = font.getUnicodeCmapLookup();
      byte[] os2 = font.getTableBytes(font.getTableMap().get(OS2));
      return new Loaded(file, font, cmap, os2);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFont(file.label());
    }
  }

  /** Whether every face has a glyph for the character. */
  public boolean canDraw(int codePoint) {
    for (Face face : Face.values()) {
      if (!has(face, codePoint)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the face has a glyph for the character. */
  public boolean has(Face face, int codePoint) {
    return faces.get(face).cmap().getGlyphId(codePoint) != 0;
  }

  /**
   * What identifies the installed fonts, cheaply: each file's table directory, which holds a
   * checksum of every table, so that a changed glyph changes it. For the PDF's /ID, which must
   * change with the fonts without hashing 9 MB for every document.
   */
  public byte[] identity() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Face face : Face.values()) {
      byte[] font = faces.get(face).file().bytes();
      int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
      out.write(font, 0, Math.min(font.length, 12 + 16 * tables));
    }
    return out.toByteArray();
  }

  /** The font file as installed, e.g. for a document whose text a subset cannot map. */
  public Installation.File file(Face face) {
    return faces.get(face).file();
  }

  /**
   * A TrueType font with the glyphs of the given characters (those the face has) and {@code
   * .notdef}, renumbered from 0, without hinting; outlines, metrics and names as in the installed
   * font.
   *
   * @param codePoints characters of the Basic Multilingual Plane
   * @throws IllegalArgumentException for a character outside it
   */
  public byte[] subset(Face face, SortedSet<Integer> codePoints) {
    if (!codePoints.isEmpty() && codePoints.last() > Character.MAX_VALUE) {
      throw new IllegalArgumentException("a subset maps only the Basic Multilingual Plane");
    }
    Loaded loaded = faces.get(face);
    synchronized (loaded) {
      try {
        TTFSubsetter subsetter = new TTFSubsetter(loaded.font(), SUBSET_TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(out);
        Map<String, byte[]> tables = TrueTypeTables.read(out.toByteArray());
        // fontbox writes the OS/2 table in its first version's length but keeps the installed
        // version number, so a reader that trusts the number (OpenPDF reads the cap height for
        // the PDF's font descriptor) would read past its end: the installed table goes back in
        tables.put(OS2, loaded.os2());
        TrueTypeTables.unhint(tables);
        return TrueTypeTables.write(tables);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A bundled font that is not a TrueType file: a broken installation, not bad data. */
  public static final class UnreadableFont extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFont(String label) {
      super(
          "同梱フォント " + label + " を読めません（TrueType のファイルではありません）。リポジトリから取り直してください。",
          null,
          false,
          false);
    }
  }
}
