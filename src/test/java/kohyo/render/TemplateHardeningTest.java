package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case text is data, never markup or template code; templates cannot reach Java. */
class TemplateHardeningTest {

  /** Text that would do something if it were not escaped. */
  static final List<String> INERT =
      List.of(
          "${7*7}",
          "<#assign x=1>",
          "<b>太字</b>",
          "<img src=\"file:///etc/passwd\"/>",
          "]]>",
          "&amp;",
          "&lt;&#x41;",
          "<![CDATA[x]]>",
          "<!-- c -->",
          "#{1+1}",
          "[#assign y=2]",
          "<?xml-stylesheet href=\"x\"?>");

  @TempDir Path dir;

  @Test
  void markupAndTemplateCodeInACasePrintLiterally() {
    Path folder = Periods.empty(dir, "2025-h1", 2025, "上半期");
    StringBuilder yaml =
        new StringBuilder(
            "所属: '<i>本庁</i>'\n発生日: 2025-05-01\n事案の概要: '${7*7}と<#assign x=1>'\n"
                + "発生原因: 確認不足。\n対応: 謝罪した。\n二次被害: 無\n備考: '&amp;]]>'\n再発防止策:\n");
    for (String s : INERT) {
      yaml.append("  - '").append(s.replace("'", "''")).append("'\n");
    }
    Periods.write(folder.resolve("cases/01.yaml"), yaml.toString());
    Edition edition = Periods.edition(folder);
    Publisher publisher = new Publisher(Periods.home());
    String text = Pdfs.squeeze(Pdfs.text(publisher.pdf(edition, RenderOptions.official())));
    for (String s : INERT) {
      assertTrue(
          text.contains(Pdfs.squeeze("・" + s)), "not printed literally: " + s + " in " + text);
    }
    assertTrue(text.contains("<i>本庁</i>"), text);
    assertTrue(text.contains("${7*7}と<#assign"), text);
    assertTrue(text.contains("&amp;]]>"), text);
    assertFalse(text.contains("49と"), "the expression was evaluated");
    // and the XHTML carries them as escaped text, not as elements
    String xhtml = publisher.xhtml(edition, RenderOptions.official());
    assertFalse(xhtml.contains("<img"), "an element was injected");
    assertFalse(xhtml.contains("<b>"), "an element was injected");
    assertTrue(xhtml.contains("&amp;amp;"));
  }

  @Test
  void aTemplateCannotInstantiateClasses() throws Exception {
    TemplateRenderer renderer =
        withTemplate("<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>");
    TemplateRenderer.TemplateFailure e =
        assertThrows(TemplateRenderer.TemplateFailure.class, () -> render(renderer));
    String why = e.getCause().getMessage();
    assertTrue(why.contains("not allowed") || why.contains("Instantiating"), why);
    assertTrue(e.getMessage().startsWith("テンプレート templates/edition.ftlh の 1 行"), e.getMessage());
    TemplateRenderer objectConstructor =
        withTemplate(
            "<#assign c = \"freemarker.template.utility.ObjectConstructor\"?new()><p>${c(\"java.lang.String\")}</p>");
    assertThrows(TemplateRenderer.TemplateFailure.class, () -> render(objectConstructor));
  }

  @Test
  void aTemplateCannotUseTheApiBuiltIn() throws Exception {
    TemplateRenderer renderer = withTemplate("<p>${edition.period?api.getClass().getName()}</p>");
    TemplateRenderer.TemplateFailure e =
        assertThrows(TemplateRenderer.TemplateFailure.class, () -> render(renderer));
    assertTrue(e.getCause().getMessage().contains("api"), e.getCause().getMessage());
  }

  @Test
  void theSameTemplateMachineryRendersAHarmlessTemplate() throws Exception {
    // the two refusals above are the sandbox, not a broken template directory
    assertEquals("<p>○県</p>", render(withTemplate("<p>${edition.period.issuer}</p>")).strip());
  }

  private TemplateRenderer withTemplate(String body) throws Exception {
    Path root = Files.createTempDirectory(dir, "home");
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(root.resolve("templates").resolve(TemplateRenderer.MAIN_TEMPLATE), body);
    Files.copy(
        Periods.home().templates().resolve(Wording.FILE),
        root.resolve("templates").resolve(Wording.FILE));
    return new TemplateRenderer(new Home(root));
  }

  private static String render(TemplateRenderer renderer) {
    return renderer.render(Periods.edition(Periods.SEED), RenderOptions.official());
  }
}
