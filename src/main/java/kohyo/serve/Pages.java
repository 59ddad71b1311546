package kohyo.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import kohyo.base.Home;
import kohyo.render.TemplateRenderer;

/**
 * The editor's pages: FreeMarker templates of {@code templates/editor/}, filled by the document's
 * own safe renderer (auto-escaping, no {@code ?new}, no {@code ?api}, templates only from {@code
 * templates/}), so a case text is always printed as text.
 */
final class Pages {

  static final String FOLDER = "editor/";

  private final TemplateRenderer renderer;

  Pages(Home home) {
    this.renderer = new TemplateRenderer(home);
  }

  /** A page, with the CSRF token every form of it carries. */
  String render(String template, Map<String, Object> model, String csrf) {
    Map<String, Object> all = new LinkedHashMap<>(model);
    all.put("csrf", csrf);
    return renderer.render(FOLDER + template, all);
  }
}
