package kohyo.render;

import java.nio.charset.StandardCharsets;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.model.Edition;

/**
 * Edition → the bytes of each published file: the PDF (the template, then the renderer), and its
 * twins, an HTML page and a CSV, each from its own template over the same edition and words.
 *
 * <p>Rendering is a pure function of the edition and the options, and safe to call from several
 * threads at once: a command with several periods renders them in parallel (see {@link
 * kohyo.base.Parallel}) and gets the bytes it would get one by one.
 */
public final class Publisher {

  /** The document language written into the PDF catalog. */
  public static final String LANGUAGE = "ja-JP";

  /** The HTML twin: one self-contained page, its style sheet {@code html-twin.css} inlined. */
  public static final String HTML_TEMPLATE = "html-twin.ftlh";

  /** The CSV twin: RFC 4180 records, one a published case, under a header row. */
  public static final String CSV_TEMPLATE = "csv-twin.ftl";

  /** Lets Excel see the CSV as UTF-8 (without it, Excel reads Japanese as mojibake). */
  private static final String BYTE_ORDER_MARK = "\uFEFF";

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

  /** The HTML twin, UTF-8. */
  public byte[] html(Edition edition) {
    return templates
        .render(HTML_TEMPLATE, edition, RenderOptions.official())
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The CSV twin: UTF-8 with a byte order mark, records ended by CRLF. */
  public byte[] csv(Edition edition) {
    return (BYTE_ORDER_MARK + templates.render(CSV_TEMPLATE, edition, RenderOptions.official()))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The official edition in the given format. */
  public byte[] official(Edition edition, Format format) {
    return switch (format) {
      case PDF -> pdf(edition, RenderOptions.official());
      case HTML -> html(edition);
      case CSV -> csv(edition);
    };
  }
}
