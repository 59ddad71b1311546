package kohyo.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.wording.Wording;

/**
 * Fills {@code templates/edition.ftlh} with the edition model, producing XHTML (and the twins'
 * templates, producing HTML and CSV). Every template also sees the document's words from {@code
 * templates/wording.yaml} as {@code wording}; an edition sees them with its publisher's title, note
 * and criteria ({@link Wording#forEdition}).
 *
 * <p>The configuration is the safe one: XHTML auto-escaping (so case text such as {@code <b>} or
 * {@code ${7*7}} prints literally), no {@code ?new} class instantiation, no {@code ?api}, templates
 * only from {@code templates/}.
 */
public final class TemplateRenderer {

  public static final String MAIN_TEMPLATE = "edition.ftlh";

  private final Configuration config;
  private final Wording wording;

  /** With the installation's own wording, checked before anything is rendered. */
  public TemplateRenderer(Home home) {
    this(home, Wording.load(home));
  }

  public TemplateRenderer(Home home, Wording wording) {
    this.wording = wording;
    try {
      config = new Configuration(Configuration.VERSION_2_3_34);
      config.setTemplateLoader(new FileTemplateLoader(home.templates().toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    config.setDefaultEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(false);
    config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
    // the CSV twin's template declares <#ftl output_format="CSV">: each ${...} one RFC 4180 field
    config.setRegisteredCustomOutputFormats(List.of(CsvOutputFormat.INSTANCE));
    config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocale(Locale.JAPAN);
    config.setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
    config.setNumberFormat("computer");
    config.setLocalizedLookup(false);
    try {
      config.setSharedVariable("wording", wording);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Any template of {@code templates/} with the given data model (e.g. the redline of {@code kohyo
   * diff}).
   */
  public String render(String template, Map<String, ?> model) {
    try {
      StringWriter out = new StringWriter();
      config.getTemplate(template).process(model, out);
      return out.toString();
    } catch (freemarker.core.ParseException e) {
      throw new TemplateFailure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new TemplateFailure(
          e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), e);
    }
  }

  /** The edition, with its publisher's words in place of the installation's. */
  public String render(Edition edition, RenderOptions options) {
    return render(MAIN_TEMPLATE, edition, options);
  }

  /**
   * The edition through any of its templates (the PDF's, or a twin's), with its publisher's words
   * in place of the installation's.
   */
  public String render(String template, Edition edition, RenderOptions options) {
    return render(
        template,
        Map.of("edition", edition, "options", options, "wording", wording.forEdition(edition)));
  }

  /**
   * A template that does not parse or fails while filling in: a fault of the installation, reported
   * with the template's name and position so that whoever edits templates/ can find it.
   * FreeMarker's own message is kept only as the cause, never printed, since it can quote the
   * values being printed.
   */
  public static final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemplateFailure(String template, Integer line, Integer column, Exception cause) {
      super(
          "テンプレート templates/"
              + (template == null ? "?" : template)
              + " の "
              + (line == null ? "?" : line)
              + " 行 "
              + (column == null ? "?" : column)
              + " 桁で処理に失敗しました。",
          cause,
          false,
          false);
    }
  }
}
