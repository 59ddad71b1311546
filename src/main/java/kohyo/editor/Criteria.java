package kohyo.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Home;
import kohyo.render.TemplateRenderer;

/**
 * The 非公表基準 a withheld case may name, numbered as the document numbers them, with their text. Read
 * from where the PDF prints them, so the form lists exactly the criteria of the document; this is
 * the one place to point at the document vocabulary once it is data of its own.
 *
 * @param number the value of {@code 非公表基準}
 */
public record Criteria(List<Criterion> all) {

  public record Criterion(int number, String text) {}

  /** An {@code <li>} of the template's criteria list: (n) and the text. */
  private static final Pattern ITEM = Pattern.compile("<li>\\((\\d+)\\)([^<]*)</li>");

  public Criteria {
    all = List.copyOf(all);
  }

  public static Criteria load(Home home) {
    String template;
    try {
      template =
          Files.readString(
              home.templates().resolve(TemplateRenderer.MAIN_TEMPLATE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Criterion> out = new ArrayList<>();
    Matcher m = ITEM.matcher(template);
    while (m.find()) {
      out.add(new Criterion(Integer.parseInt(m.group(1)), m.group(2).strip()));
    }
    return new Criteria(out);
  }
}
