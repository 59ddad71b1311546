package kohyo.render;

import kohyo.base.Home;
import kohyo.model.Edition;

/** Edition → PDF bytes: the template, then the renderer. */
public final class Publisher {

  /** The document language written into the PDF catalog. */
  public static final String LANGUAGE = "ja-JP";

  private final TemplateRenderer templates;
  private final PdfRenderer pdf;

  public Publisher(Home home) {
    this.templates = new TemplateRenderer(home);
    this.pdf = new PdfRenderer(home);
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
