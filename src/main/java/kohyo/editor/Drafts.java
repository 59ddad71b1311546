package kohyo.editor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import kohyo.check.CheckedPeriod;
import kohyo.render.InputFingerprint;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The documents the editor shows: the draft PDF exactly as {@code build --draft} makes it, the
 * official PDF for a review (never written to disk here), and the draft's pages as pictures for the
 * preview page. Each is kept for the input fingerprint it was made from, so a preview after a save
 * renders once and a second look costs nothing.
 *
 * <p>Rendering is done one at a time: the PDF renderer's fonts are shared state.
 */
public final class Drafts {

  /**
   * Resolution of the preview pictures: a page of A4 landscape 1403 pixels wide, 8.5 pt text
   * legible.
   */
  static final int DPI = 120;

  private final Publisher publisher;
  private final Map<String, byte[]> pdfs = new HashMap<>();
  private final Map<String, byte[]> pages = new HashMap<>();
  private final Map<String, Integer> pageCounts = new HashMap<>();

  public Drafts(Publisher publisher) {
    this.publisher = publisher;
  }

  /** The input fingerprint of a checked period (as the draft stamps it). */
  public static String fingerprint(CheckedPeriod period) {
    return InputFingerprint.of(period);
  }

  /** The draft PDF ({@code build --draft}) of a period without errors. */
  public synchronized byte[] draft(CheckedPeriod period) {
    String fp = fingerprint(period);
    String key = "draft " + period.name() + " " + fp;
    return pdfs.computeIfAbsent(
        key, k -> publisher.pdf(period.checkedEdition(), RenderOptions.draft(fp)));
  }

  /** The official PDF of a period without errors, as {@code build} would write it. */
  public synchronized byte[] official(CheckedPeriod period) {
    String key = "official " + period.name() + " " + fingerprint(period);
    return pdfs.computeIfAbsent(
        key, k -> publisher.pdf(period.checkedEdition(), RenderOptions.official()));
  }

  /** How many pages the draft has. */
  public synchronized int pageCount(CheckedPeriod period) {
    String key = period.name() + " " + fingerprint(period);
    Integer n = pageCounts.get(key);
    if (n == null) {
      try (PDDocument doc = Loader.loadPDF(draft(period))) {
        n = doc.getNumberOfPages();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pageCounts.put(key, n);
    }
    return n;
  }

  /** A page of the draft (1-based) as PNG, or empty bytes when there is no such page. */
  public synchronized byte[] page(CheckedPeriod period, int page) {
    String key = period.name() + " " + fingerprint(period) + " " + page;
    byte[] png = pages.get(key);
    if (png == null) {
      try (PDDocument doc = Loader.loadPDF(draft(period))) {
        if (page < 1 || page > doc.getNumberOfPages()) {
          return new byte[0];
        }
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        png = out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pages.put(key, png);
    }
    return png;
  }
}
