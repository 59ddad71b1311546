package kohyo.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's auto-escaping for RFC 4180 CSV: in a template that declares {@code
 * output_format="CSV"}, every {@code ${...}} is one field, quoted when it holds a comma, a quote or
 * a line break (quotes doubled). So a case's text can never split a field or a record, however it
 * is written; the template only places the separators ({@code ,} and {@code ${"\r\n"?no_esc}}).
 */
public final class CsvOutputFormat extends CommonMarkupOutputFormat<CsvOutputFormat.Field> {

  public static final CsvOutputFormat INSTANCE = new CsvOutputFormat();

  private CsvOutputFormat() {}

  @Override
  public String getName() {
    return "CSV";
  }

  @Override
  public String getMimeType() {
    return "text/csv";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    boolean quote =
        plainTextContent.indexOf(',') >= 0
            || plainTextContent.indexOf('"') >= 0
            || plainTextContent.indexOf('\n') >= 0
            || plainTextContent.indexOf('\r') >= 0;
    return quote ? '"' + plainTextContent.replace("\"", "\"\"") + '"' : plainTextContent;
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Field newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Field(plainTextContent, markupContent);
  }

  /** A value already in CSV form (an escaped field, or the separators the template writes). */
  public static final class Field extends CommonTemplateMarkupOutputModel<Field> {
    Field(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public CsvOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
