package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.render.TypesetChecks.Report;
import kohyo.render.TypesetChecks.Rule;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks can fail: each is shown a layout with the rule it guards switched off in the
 * stylesheet.
 */
class TypesetChecksTest {

  @TempDir Path temp;

  private Report renderWith(UnaryOperator<String> css, Edition edition) throws IOException {
    Home real = Periods.home();
    Path root = temp.resolve("home");
    Files.createDirectories(root.resolve("templates"));
    Files.createSymbolicLink(root.resolve("fonts"), real.fonts());
    try (Stream<Path> templates = Files.list(real.templates())) {
      for (Path t : templates.toList()) {
        Files.copy(t, root.resolve("templates").resolve(t.getFileName()));
      }
    }
    String original = Files.readString(real.templates().resolve("edition.css"));
    String changed = css.apply(original);
    assertTrue(!changed.equals(original), "the stylesheet was changed");
    Files.writeString(root.resolve("templates/edition.css"), changed);
    return TypesetChecks.check(
        new Publisher(new Home(root)).pdf(edition, RenderOptions.official()), edition);
  }

  @Test
  void overflowIsCaughtWhenCellsDoNotWrap() throws IOException {
    Path folder = Periods.empty(temp, "2025-h1", 2025, "上半期");
    Periods.write(
        folder.resolve("cases/01.yaml"),
        Periods.publishedCase(
                "2025-05-01",
                "添付ファイル https://www.pref.example.lg.jp/soshiki/kojinjoho/leak/2025/notice-0612.html を誤送信したもの。")
            + "備考: 20250612_houkokusho_jigyousha_B_final_v3.xlsx\n");
    Report report =
        renderWith(
            css -> css.replace("word-wrap: break-word;", "white-space: nowrap;"),
            Periods.edition(folder));
    assertTrue(report.count(Rule.OVERFLOW) > 0, report.summary());
  }

  @Test
  void aRowSplitThatFitsOnAPageIsCaught() throws IOException {
    Report report =
        renderWith(
            css -> css.replaceAll("page-break-inside: avoid;", "page-break-inside: auto;"),
            Periods.edition(Periods.SEED));
    assertTrue(report.count(Rule.ROW_SPLIT) > 0, report.summary());
  }

  @Test
  void aMissingHeaderIsCaught() throws IOException {
    Report report =
        renderWith(
            css -> css.replace("-fs-table-paginate: paginate;", ""), Periods.edition(Periods.SEED));
    assertTrue(report.count(Rule.HEADER) > 0, report.summary());
  }
}
