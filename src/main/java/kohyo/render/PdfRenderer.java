package kohyo.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.locks.ReentrantLock;
import kohyo.base.Home;
import kohyo.base.Sha256;
import org.w3c.dom.Document;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

/**
 * Lays out XHTML with Flying Saucer and writes the PDF through OpenPDF, reproducibly.
 *
 * <p>Three things would otherwise differ between two runs on the same input, and each is pinned
 * here: the Info dates (set from the data, not the clock), the trailer /ID (from a hash of the
 * content) and the six letters of each font-subset name (OpenPDF draws them from the font's
 * SecureRandom, which is re-seeded from the content before every render). The fonts are shared
 * process-wide by OpenPDF's cache, so renders take turns.
 */
public final class PdfRenderer {

  /** Fonts and their random generators are process-wide; see class comment. */
  private static final ReentrantLock FONT_LOCK = new ReentrantLock();

  private static final byte[] PDFA_SALT = "PDF/A-1b".getBytes(StandardCharsets.US_ASCII);

  private final Home home;
  private final byte[] fontDigest;
  private final LineBreakingStrategy lineBreaks;

  public PdfRenderer(Home home) {
    this(home, new JlreqLineBreakingStrategy());
  }

  /** With other line-breaking rules: for tests that show the typesetting checks catch them. */
  PdfRenderer(Home home, LineBreakingStrategy lineBreaks) {
    this.home = home;
    this.fontDigest = fontDigest(home.fontFiles());
    this.lineBreaks = lineBreaks;
  }

  /**
   * @param xhtml the document
   * @param dated the date written as CreationDate and ModDate (from the data)
   * @param language the document language for the catalog, e.g. {@code ja-JP}
   */
  public byte[] render(String xhtml, LocalDate dated, String language) {
    return render(xhtml, dated, language, false);
  }

  /**
   * @param pdfA whether to write PDF/A-1b: sRGB output intent and XMP metadata mirroring the Info
   *     dictionary. The /ID then also depends on this flag, so the two outputs of one input are
   *     told apart.
   */
  public byte[] render(String xhtml, LocalDate dated, String language, boolean pdfA) {
    byte[] contentHash = Sha256.of(xhtml.getBytes(StandardCharsets.UTF_8), fontDigest);
    if (pdfA) {
      contentHash = Sha256.of(contentHash, PDFA_SALT);
    }
    FONT_LOCK.lock();
    try {
      ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
      ITextUserAgent agent =
          new RestrictedUserAgent(
              device,
              ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
              List.of(home.templates(), home.fonts()));
      ITextRenderer renderer =
          new ITextRenderer(
              ITextRenderer.DEFAULT_DOTS_PER_POINT,
              ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
              device,
              agent);
      renderer.getSharedContext().setLineBreakingStrategy(lineBreaks);
      ITextFontResolver fonts = renderer.getFontResolver();
      for (Path font : home.fontFiles()) {
        fonts.addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      }
      seedSubsetPrefixes(fonts, contentHash);
      if (pdfA) {
        renderer.setPDFXConformance(PdfWriter.PDFA1B);
      }
      renderer.setListener(new Reproducible(dated, language, contentHash, pdfA));
      Document doc;
      try (StringReader in = new StringReader(xhtml)) {
        doc = XMLResource.load(new InputSource(in)).getDocument();
      }
      InlineBoundaries.apply(doc);
      renderer.setDocument(doc, home.templates().toUri().toString());
      renderer.layout();
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      renderer.createPDF(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF could not be written", e);
    } finally {
      FONT_LOCK.unlock();
    }
  }

  private static void seedSubsetPrefixes(ITextFontResolver fonts, byte[] seed) {
    for (FontFamily family : fonts.getFonts().values()) {
      for (FontDescription description : family.getFontDescriptions()) {
        description.getFont().setSecureRandom(seeded(seed));
      }
    }
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

  /** Pins the Info dictionary and /ID just before OpenPDF closes the document. */
  private static final class Reproducible extends DefaultPDFCreationListener {
    private final LocalDate dated;
    private final String language;
    private final byte[] contentHash;
    private final boolean pdfA;

    Reproducible(LocalDate dated, String language, byte[] contentHash, boolean pdfA) {
      this.dated = dated;
      this.language = language;
      this.contentHash = contentHash;
      this.pdfA = pdfA;
    }

    /**
     * PDF/A wants an output intent for the device colours the pages use. The writer takes it only
     * once the document is open (before that it has no body to add the ICC stream to), so this is
     * the first moment.
     */
    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
      if (pdfA) {
        try {
          renderer
              .getWriter()
              .setOutputIntents(
                  "Custom",
                  "",
                  "http://www.color.org",
                  "sRGB IEC61966-2.1",
                  ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void onClose(ITextRenderer renderer) {
      PdfWriter writer = renderer.getWriter();
      PdfDictionary info = writer.getInfo();
      GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Tokyo"));
      calendar.clear();
      calendar.set(dated.getYear(), dated.getMonthValue() - 1, dated.getDayOfMonth());
      info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
      info.put(PdfName.MODDATE, new PdfDate(calendar));
      info.put(PdfName.FILEID, PdfEncryption.createInfoId(contentHash, contentHash));
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
      if (pdfA) {
        writer.setXmpMetadata(Xmp.of(info, language));
      }
    }
  }

  /** The fonts' bytes in the installation's order (regular, bold), hashed as one. */
  private static byte[] fontDigest(List<Path> files) {
    MessageDigest md = Sha256.digest();
    try {
      for (Path f : files) {
        md.update(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return md.digest();
  }
}
