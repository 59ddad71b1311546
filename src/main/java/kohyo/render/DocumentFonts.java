package kohyo.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Fonts;
import kohyo.base.Fonts.Face;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * The fonts one document is rendered with: for each face, a subset of the bundled font holding the
 * characters of the document's XHTML, or the whole font when the text has a character outside the
 * Basic Multilingual Plane (which a subset cannot map).
 *
 * <p>The characters are every code point of the XHTML (markup included, and character references
 * decoded) and printable ASCII, which covers the page numbers the stylesheet generates: more than
 * the text needs, which costs nothing in the PDF, since OpenPDF embeds only the glyphs it draws.
 * Fewer would lose glyphs silently; {@link CoverageGuard} makes sure none is.
 *
 * <p>Each render gets its own OpenPDF font objects, made from these bytes: nothing is shared with
 * another render, so renders may run in parallel.
 */
final class DocumentFonts {

  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#(?:x([0-9A-Fa-f]+)|([0-9]+));");

  private final Map<Face, byte[]> bytes;
  private final boolean subset;
  private final Fonts bundled;

  private DocumentFonts(Fonts bundled, Map<Face, byte[]> bytes, boolean subset) {
    this.bundled = bundled;
    this.bytes = bytes;
    this.subset = subset;
  }

  /** Subsets for the document's characters, or the whole fonts when a subset cannot map them. */
  static DocumentFonts of(Fonts bundled, String xhtml) {
    BitSet characters = characters(xhtml);
    if (characters.nextSetBit(Character.MAX_VALUE + 1) >= 0) {
      return whole(bundled);
    }
    SortedSet<Integer> set = new TreeSet<>();
    characters.stream().forEach(set::add);
    Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    for (Face face : Face.values()) {
      bytes.put(face, bundled.subset(face, set));
    }
    return new DocumentFonts(bundled, bytes, true);
  }

  /** The bundled fonts as installed. */
  static DocumentFonts whole(Fonts bundled) {
    Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    for (Face face : Face.values()) {
      bytes.put(face, bundled.file(face).bytes());
    }
    return new DocumentFonts(bundled, bytes, false);
  }

  static BitSet characters(String xhtml) {
    BitSet set = new BitSet();
    set.set(0x20, 0x7F);
    xhtml.codePoints().forEach(set::set);
    if (xhtml.indexOf("&#") >= 0) {
      Matcher m = CHARACTER_REFERENCE.matcher(xhtml);
      while (m.find()) {
        try {
          int cp =
              m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
          if (Character.isValidCodePoint(cp)) {
            set.set(cp);
          }
        } catch (NumberFormatException e) {
          // too long to be a character; the XML parser refuses it
        }
      }
    }
    return set;
  }

  boolean isSubset() {
    return subset;
  }

  /**
   * What the fonts contribute to the content hash: the installed fonts' identity and whether they
   * are subset (the subsets themselves follow from the XHTML).
   */
  byte[] identity() {
    byte[] installed = bundled.identity();
    byte[] out = java.util.Arrays.copyOf(installed, installed.length + 1);
    out[installed.length] = (byte) (subset ? 1 : 0);
    return out;
  }

  /**
   * Makes this render's OpenPDF fonts and registers them under the family names they carry (BIZ
   * UDGothic) and as the resolver's fallback. The six letters of each subset name are drawn from a
   * generator seeded with {@code seed}, so that the same document gets the same names.
   *
   * @return the registered fonts with their faces, for the {@link CoverageGuard}
   */
  Map<BaseFont, Face> register(ITextFontResolver resolver, byte[] seed) {
    Map<BaseFont, Face> made = new java.util.IdentityHashMap<>();
    for (Map.Entry<Face, byte[]> e : bytes.entrySet()) {
      String label = bundled.file(e.getKey()).label();
      try {
        // not cached: OpenPDF's font cache is process-wide, and a font carries its own generator
        BaseFont font =
            BaseFont.createFont(
                label, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, e.getValue(), null);
        font.setSecureRandom(seeded(seed));
        FontDescription description =
            TrueTypeUtil.extractDescription(label, e.getValue(), font, false, null, null);
        List<String> families = new ArrayList<>(TrueTypeUtil.getFamilyNames(font));
        families.add(BundledFontResolver.FALLBACK_FAMILY);
        for (String family : families) {
          resolver
              .getFonts()
              .computeIfAbsent(family, DocumentFonts::family)
              .addFontDescription(description);
        }
        made.put(font, e.getKey());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      } catch (DocumentException ex) {
        throw new IllegalStateException("font could not be read: " + label, ex);
      }
    }
    return made;
  }

  /**
   * A new font family for the resolver. Flying Saucer's own way to add a font, {@code
   * addFont(BaseFont, path, name)}, reads the font's weight and decorations back from the file at
   * {@code path}, which a subset made in memory does not have; its way from bytes is private, and
   * so is the constructor of {@link FontFamily}, which is called here by reflection.
   */
  private static FontFamily family(String name) {
    try {
      Constructor<FontFamily> constructor = FontFamily.class.getDeclaredConstructor(String.class);
      constructor.setAccessible(true);
      return constructor.newInstance(name);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Flying Saucer's FontFamily has changed", e);
    }
  }

  /** Whether the installed face has a glyph for the character (so a subset must have it too). */
  boolean installedHas(Face face, int codePoint) {
    return bundled.has(face, codePoint);
  }

  private static SecureRandom seeded(byte[] seed) {
    try {
      // SHA1PRNG seeded before first use is deterministic, unlike the platform default
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
