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
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import kohyo.base.Fonts;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.base.Sha256;
import org.w3c.dom.Document;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

/**
 * Lays out XHTML with Flying Saucer and writes the PDF through OpenPDF, reproducibly.
 *
 * <p>Three things would otherwise differ between two runs on the same input, and each is pinned
 * here: the Info dates (set from the data, not the clock), the trailer /ID (from a hash of the
 * content and its fonts) and the six letters of each font-subset name (OpenPDF draws them from the
 * font's SecureRandom, seeded from the same hash).
 *
 * <p>A render is a pure function of its arguments and shares nothing mutable with another: each
 * makes its own renderer and its own font objects ({@link DocumentFonts}), so several may run at
 * once on different threads and each gives the bytes it would give alone.
 */
public final class PdfRenderer {

  private static final byte[] PDFA_SALT = "PDF/A-1b".getBytes(StandardCharsets.US_ASCII);

  private final Home home;
  private final Fonts fonts;
  private final LineBreakingStrategy lineBreaks;
  private final int stretchRows;

  public PdfRenderer(Installation installation) {
    this(installation, new JlreqLineBreakingStrategy());
  }

  /** With other line-breaking rules: for tests that show the typesetting checks catch them. */
  PdfRenderer(Installation installation, LineBreakingStrategy lineBreaks) {
    this(installation, lineBreaks, RowChunks.ROWS);
  }

  /**
   * @param stretchRows rows of a long table laid out at a time ({@link RowChunks}); 0 lays every
   *     document out whole. Other than {@link RowChunks#ROWS} for tests only.
   */
  PdfRenderer(Installation installation, LineBreakingStrategy lineBreaks, int stretchRows) {
    this.home = installation.home();
    this.fonts = installation.fonts();
    this.lineBreaks = lineBreaks;
    this.stretchRows = stretchRows;
  }

  /** A renderer over the installation at {@code home}, for callers that have no other use of it. */
  public PdfRenderer(Home home) {
    this(Installation.of(home));
  }

  PdfRenderer(Home home, LineBreakingStrategy lineBreaks) {
    this(Installation.of(home), lineBreaks);
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
    DocumentFonts subsets = DocumentFonts.of(fonts, xhtml);
    if (subsets.isSubset()) {
      try {
        return render(xhtml, dated, language, pdfA, subsets);
      } catch (CoverageGuard.Missed e) {
        // the renderer drew a character that is not in the XHTML: again, with the whole fonts
      }
    }
    return render(xhtml, dated, language, pdfA, DocumentFonts.whole(fonts));
  }

  private byte[] render(
      String xhtml, LocalDate dated, String language, boolean pdfA, DocumentFonts documentFonts) {
    // a long table in stretches; when one cannot be cut at a page, the whole document at once
    return render(xhtml, dated, language, pdfA, documentFonts, true)
        .or(() -> render(xhtml, dated, language, pdfA, documentFonts, false))
        .orElseThrow();
  }

  private Optional<byte[]> render(
      String xhtml,
      LocalDate dated,
      String language,
      boolean pdfA,
      DocumentFonts documentFonts,
      boolean stretches) {
    byte[] contentHash =
        Sha256.of(xhtml.getBytes(StandardCharsets.UTF_8), documentFonts.identity());
    if (pdfA) {
      contentHash = Sha256.of(contentHash, PDFA_SALT);
    }
    try {
      CoverageGuard device = new CoverageGuard(ITextRenderer.DEFAULT_DOTS_PER_POINT, documentFonts);
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
              agent,
              new BundledFontResolver());
      renderer.getSharedContext().setLineBreakingStrategy(lineBreaks);
      Map<BaseFont, Fonts.Face> registered =
          documentFonts.register(renderer.getFontResolver(), contentHash);
      if (documentFonts.isSubset()) {
        device.watch(registered);
      }
      if (pdfA) {
        renderer.setPDFXConformance(PdfWriter.PDFA1B);
      }
      renderer.setListener(new Reproducible(dated, language, contentHash, pdfA));
      Document doc;
      try (StringReader in = new StringReader(xhtml)) {
        doc = XMLResource.load(new InputSource(in)).getDocument();
      }
      InlineBoundaries.apply(doc);
      String base = home.templates().toUri().toString();
      Optional<RowChunks> chunks = stretches ? RowChunks.of(doc, stretchRows) : Optional.empty();
      if (chunks.isPresent()) {
        return inStretches(renderer, doc, base, chunks.get());
      }
      renderer.setDocument(doc, base);
      renderer.layout();
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      renderer.createPDF(out);
      return Optional.of(out.toByteArray());
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF could not be written", e);
    }
  }

  /**
   * A long table laid out and written a stretch of rows at a time ({@link RowChunks}), into one PDF
   * whose pages are numbered on; empty when a stretch cannot be cut at a page.
   */
  private static Optional<byte[]> inStretches(
      ITextRenderer renderer, Document doc, String base, RowChunks chunks)
      throws DocumentException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    int start = 0;
    int written = 0;
    while (true) {
      boolean last = chunks.arrange(start);
      renderer.setDocument(doc, base);
      renderer.layout();
      List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
      int next = last ? chunks.size() : chunks.nextStart(start, renderer.getRootBox(), pages);
      if (next < 0) {
        return Optional.empty();
      }
      if (start == 0) {
        renderer.createPDF(out, false, 0);
      } else {
        // the footer's counter(page) goes on from the pages before
        renderer.writeNextDocument(written + 1);
      }
      written += pages.size();
      if (last) {
        renderer.finishPDF();
        return Optional.of(out.toByteArray());
      }
      start = next;
    }
  }

  /** Pins the Info dictionary and /ID just before OpenPDF closes the document. */
  private static final class Reproducible extends DefaultPDFCreationListener {
    private final LocalDate dated;
    private final String language;
    private final byte[] contentHash;
    private final boolean pdfA;
    private boolean intentSet;

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
      // called again for every stretch of a long table (RowChunks); the intent is the document's
      if (pdfA && !intentSet) {
        intentSet = true;
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
}
