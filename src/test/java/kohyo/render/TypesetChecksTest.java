package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.model.Edition;
import kohyo.render.TypesetChecks.Report;
import kohyo.render.TypesetChecks.Rule;
import kohyo.testing.Periods;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Every rule of {@link TypesetChecks} can fail: each is shown an edition typeset with the thing it
 * guards broken (in a copy of the stylesheet, of a font, or in the line breaker), and must report
 * it while the other rules stay as quiet as the break allows.
 */
class TypesetChecksTest {

  @TempDir Path temp;

  private final Edition seed = Periods.edition(Periods.SEED);
  private final LineBreakingStrategy jlreq = new JlreqLineBreakingStrategy();

  // ---- JLREQ line breaking, broken in the line breaker

  @Test
  void aLineStartingWithClosingPunctuationIsCaught() throws IOException {
    Report report =
        render(home(css -> css), jlreqAnd((text, i) -> "、。）」".indexOf(text.charAt(i)) >= 0), seed);
    assertOnly(report, Rule.LINE_START);
  }

  @Test
  void aLineEndingWithAnOpeningBracketIsCaught() throws IOException {
    Edition brackets = oneCase("「確認」のため（念のため）書類を送付したもの。".repeat(12));
    Report report =
        render(
            home(css -> css),
            jlreqAnd((text, i) -> "「（".indexOf(text.charAt(i - 1)) >= 0),
            brackets);
    assertOnly(report, Rule.LINE_END);
  }

  @Test
  void aDashOrEllipsisSplitAcrossLinesIsCaught() throws IOException {
    Edition dashes = oneCase("書類を確認中……連絡――完了したもの。".repeat(30));
    Report report =
        render(
            home(css -> css),
            jlreqAnd(
                (text, i) ->
                    text.charAt(i) == text.charAt(i - 1) && "―…‥".indexOf(text.charAt(i)) >= 0),
            dashes);
    assertOnly(report, Rule.INSEPARABLE);
  }

  // ---- layout, broken in the stylesheet

  @Test
  void textLeavingItsCellIsCaught() throws IOException {
    Report report = render(home(css -> css + "div.line { margin-left: -1.5mm; }\n"), jlreq, seed);
    assertOnly(report, Rule.OVERFLOW);
  }

  @Test
  void overprintedTextIsCaught() throws IOException {
    // each line drawn over the one before: the glyphs collide, and so the cells read back wrong
    Report report =
        render(home(css -> css + "div.line + div.line { margin-top: -1.35em; }\n"), jlreq, seed);
    assertOnly(report, Rule.OVERFLOW, Rule.TEXT);
    assertTrue(
        report.violations().get(Rule.OVERFLOW).stream().anyMatch(v -> v.endsWith("overprint")),
        report.examples(Rule.OVERFLOW));
  }

  @Test
  void textInThePageMarginsIsCaught() throws IOException {
    Report report =
        render(
            home(css -> css.replace("margin: 12mm 10mm 14mm 10mm;", "margin: 12mm 6mm 14mm 6mm;")),
            jlreq,
            seed);
    assertOnly(report, Rule.MARGIN);
  }

  @Test
  void anythingButThePageNumberInTheBottomMarginIsCaught() throws IOException {
    Report report =
        render(
            home(
                css ->
                    css.replace(
                        "content: \"- \" counter(page) \" -\";",
                        "content: \"- \" counter(page) \" - 校正\";")),
            jlreq,
            seed);
    assertOnly(report, Rule.MARGIN);
  }

  @Test
  void aGlyphFromAFontNotEmbeddedIsCaught() throws IOException {
    // the page number set in the bundled font loaded by @font-face, which Flying Saucer then does
    // not embed (the renderer knows no other fonts: an unknown family falls back to the bundled
    // one)
    Report report =
        render(
            home(
                css ->
                    "@font-face { font-family: \"NotEmbedded\"; src: url(../fonts/BIZUDGothic-Regular.ttf); }\n"
                        + css.replace(
                            "font-family: \"BIZ UDGothic\";\n    font-size: 9pt;\n  }",
                            "font-family: \"NotEmbedded\";\n    font-size: 9pt;\n  }")),
            jlreq,
            seed);
    assertOnly(report, Rule.MISSING_GLYPH);
  }

  @Test
  void aGlyphWithoutAnOutlineIsCaught() throws IOException {
    Home home = home(css -> css);
    Path fonts = home.root().resolve("fonts");
    Files.delete(fonts);
    Files.createDirectories(fonts);
    Files.copy(Periods.home().boldFont(), home.boldFont());
    Files.write(home.regularFont(), withoutOutline(Periods.home().regularFont(), '無'));
    Report report = render(home, jlreq, seed);
    assertOnly(report, Rule.MISSING_GLYPH);
    assertEquals(
        seed.published().size(),
        report.count(Rule.MISSING_GLYPH),
        "every 二次被害 cell reads 無: " + report.examples(Rule.MISSING_GLYPH));
  }

  @Test
  void aNoBreakSpaceDrawingNothingIsNoMissingGlyph() throws IOException {
    Report report = render(home(css -> css + "h1:after { content: \"A\\A0 B\"; }\n"), jlreq, seed);
    assertOnly(report);
  }

  @Test
  void lostTextIsCaught() throws IOException {
    Report report =
        render(
            home(css -> css + "div.line + div.line, div.item + div.item { display: none; }\n"),
            jlreq,
            seed);
    assertOnly(report, Rule.TEXT);
  }

  @Test
  void aHeaderSetDifferentlyFromThePublishedOneIsCaught() throws IOException {
    Report report =
        render(
            home(
                css ->
                    css.replace(
                        "th {\n  background-color",
                        "th {\n  font-size: 12pt;\n  background-color")),
            jlreq,
            seed);
    assertOnly(report, Rule.HEADER);
  }

  @Test
  void aHeaderMissingFromLaterPagesIsCaught() throws IOException {
    // the first row of a later page then stands where the header should: it is lost to the rows
    Report report =
        render(home(css -> css.replace("-fs-table-paginate: paginate;", "")), jlreq, seed);
    assertOnly(report, Rule.HEADER, Rule.TEXT);
  }

  @Test
  void aRowSplitThatFitsOnAPageIsCaught() throws IOException {
    Report report =
        render(
            home(css -> css.replaceAll("page-break-inside: avoid;", "page-break-inside: auto;")),
            jlreq,
            seed);
    assertOnly(report, Rule.ROW_SPLIT);
  }

  @Test
  void theNoteAloneOnAPageItCouldShareIsCaught() throws IOException {
    Report report =
        render(home(css -> css + "tr.criteria { page-break-before: always; }\n"), jlreq, seed);
    assertOnly(report, Rule.FOOTNOTE);
  }

  @Test
  void aDateOrRemarkWrappedInItsNarrowColumnIsCaught() throws IOException {
    // the widths before 下半期 data was typeset: 5.5% (laid out as 5%) for 発生日, 8% for 備考
    Path folder = Periods.empty(temp, "2025-h2", 2025, "下半期");
    Periods.write(
        folder.resolve("cases/01.yaml"),
        Periods.publishedCase("2025-10-14", "書類を誤送付したもの。") + "備考: R7.5.20個別公表事案\n");
    Periods.write(
        folder.resolve("cases/02.yaml"), Periods.publishedCase("2025-12-28", "書類を誤送付したもの。"));
    Report report =
        render(
            home(
                css ->
                    css.replace("col.c-date { width: 6%; }", "col.c-date { width: 5%; }")
                        .replace("col.c-remarks { width: 13%; }", "col.c-remarks { width: 8%; }")
                        .replace("col.c-summary { width: 17%; }", "col.c-summary { width: 23%; }")),
            jlreq,
            Periods.edition(folder));
    assertOnly(report, Rule.ONE_LINE);
    List<String> seen = report.violations().get(Rule.ONE_LINE);
    assertEquals(3, seen.size(), report.examples(Rule.ONE_LINE));
    assertTrue(seen.stream().anyMatch(v -> v.contains("NO 2 発生日")), report.examples(Rule.ONE_LINE));
    assertTrue(seen.stream().anyMatch(v -> v.contains("NO 1 備考")), report.examples(Rule.ONE_LINE));
  }

  @Test
  void aShortOfficeNameWrappedIsCaughtButALongOneMayWrap() throws IOException {
    Path folder = Periods.empty(temp, "2025-h1", 2025, "上半期");
    Periods.write(
        folder.resolve("cases/01.yaml"),
        Periods.publishedCase("2025-05-01", "書類を誤送付したもの。").replace("所属: 本庁", "所属: 出先機関"));
    Periods.write(
        folder.resolve("cases/02.yaml"),
        Periods.publishedCase("2025-05-02", "書類を誤送付したもの。").replace("所属: 本庁", "所属: 教育委員会事務局"));
    Report report =
        render(
            home(
                css ->
                    css.replace("col.c-office { width: 6%; }", "col.c-office { width: 5%; }")
                        .replace("col.c-summary { width: 17%; }", "col.c-summary { width: 18%; }")),
            jlreq,
            Periods.edition(folder));
    assertOnly(report, Rule.ONE_LINE);
    assertEquals(
        List.of("page 1 NO 1 所属 set on 2 lines: [出先機, 関]"), report.violations().get(Rule.ONE_LINE));
  }

  // ---- helpers

  /** The broken rules report something, every other rule nothing. */
  private static void assertOnly(Report report, Rule... broken) {
    Set<Rule> expected = Set.of(broken);
    assertAll(
        Arrays.stream(Rule.values())
            .map(
                rule ->
                    () -> {
                      if (expected.contains(rule)) {
                        assertNotEquals(0, report.count(rule), report.all("expected " + rule));
                      } else {
                        assertEquals(0, report.count(rule), report.examples(rule));
                      }
                    }));
  }

  /** A copy of the installation whose stylesheet is changed (the fonts are the real ones). */
  private Home home(UnaryOperator<String> css) throws IOException {
    Home real = Periods.home();
    Path root = Files.createTempDirectory(temp, "home");
    Files.createDirectories(root.resolve("templates"));
    Files.createSymbolicLink(root.resolve("fonts"), real.fonts().toAbsolutePath());
    try (Stream<Path> templates = Files.list(real.templates())) {
      for (Path t : templates.toList()) {
        Files.copy(t, root.resolve("templates").resolve(t.getFileName()));
      }
    }
    Path stylesheet = root.resolve("templates/edition.css");
    Files.writeString(stylesheet, css.apply(Files.readString(stylesheet)));
    return new Home(root);
  }

  private Report render(Home home, LineBreakingStrategy lines, Edition edition) {
    String xhtml = new TemplateRenderer(home).render(edition, RenderOptions.official());
    byte[] pdf =
        new PdfRenderer(home, lines)
            .render(xhtml, edition.period().end(), Publisher.LANGUAGE, false);
    return TypesetChecks.check(pdf, edition);
  }

  /** The JLREQ opportunities and, against the rules, these too. */
  private static LineBreakingStrategy jlreqAnd(BiPredicate<String, Integer> alsoBefore) {
    return (text, language, style) -> {
      TreeSet<Integer> breaks = new TreeSet<>();
      Arrays.stream(JlreqLineBreaks.all(text)).forEach(breaks::add);
      for (int i = 1; i < text.length(); i++) {
        if (alsoBefore.test(text, i)) {
          breaks.add(i);
        }
      }
      Iterator<Integer> next = breaks.iterator();
      return () -> next.hasNext() ? new BreakPoint(next.next()) : BreakPoint.getDonePoint();
    };
  }

  private Edition oneCase(String summary) {
    Path folder = Periods.empty(temp, "2025-h1", 2025, "上半期");
    Periods.write(folder.resolve("cases/01.yaml"), Periods.publishedCase("2025-05-01", summary));
    return Periods.edition(folder);
  }

  /**
   * The font with one character's glyph emptied: its entry in the glyph index (loca) made to start
   * where the next glyph starts, so the glyph has no data and no outline, while the character still
   * maps to it and keeps its width.
   */
  private static byte[] withoutOutline(Path font, char c) throws IOException {
    byte[] bytes = Files.readAllBytes(font);
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      int gid = ttf.getUnicodeCmapLookup().getGlyphId(c);
      long[] offsets = ttf.getIndexToLocation().getOffsets();
      int loca = (int) ttf.getTableMap().get("loca").getOffset();
      ByteBuffer table = ByteBuffer.wrap(bytes);
      if (ttf.getHeader().getIndexToLocFormat() == 1) {
        table.putInt(loca + 4 * gid, (int) offsets[gid + 1]);
      } else {
        table.putShort(loca + 2 * gid, (short) (offsets[gid + 1] / 2));
      }
    }
    return bytes;
  }
}
