package kohyo.render;

import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.model.Edition;

/**
 * Edition → PDF bytes: the template, then the renderer.
 *
 * <p>Rendering is a pure function of the edition and the options, and safe to call from several
 * threads at once: a command with several periods renders them in parallel (see {@link
 * kohyo.base.Parallel}) and gets the bytes it would get one by one.
 */
public final class Publisher {

  /** The document language written into the PDF catalog. */
  public static final String LANGUAGE = "ja-JP";

  private final TemplateRenderer templates;
  private final PdfRenderer pdf;

  /** A publisher that shares the installation's parsed fonts with the check. */
  public Publisher(Installation installation) {
    this.templates = new TemplateRenderer(installation.home());
    this.pdf = new PdfRenderer(installation);
  }

  public Publisher(Home home) {
    this(Installation.of(home));
  }

  public String xhtml(Edition edition, RenderOptions options) {
    return templates.render(edition, options);
  }

  /**
   * The PDF is dated on the last day of the period, so rebuilding an old period gives the same
   * bytes.
   */
  public byte[] pdf(Edition edition, RenderOptions options) {
    return pdf.render(xhtml(edition, options), edition.period().end(), LANGUAGE, options.pdfA());
  }
}
