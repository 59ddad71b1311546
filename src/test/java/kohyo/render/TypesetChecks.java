package kohyo.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.readback.PageContent;
import kohyo.readback.PageContent.Glyph;
import kohyo.testing.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Typesetting rules checked on what was drawn, as kohyo's one PDF reader ({@link PageContent})
 * reads it back: the table is found from its drawn borders, each glyph assigned to the cell whose
 * box holds its centre, cell lines matched back to the edition's paragraphs (so a line is known to
 * begin or continue a paragraph), and then every rule counted over every line and glyph.
 *
 * <p>The character classes are written out here from W3C JLREQ (and the issue), independently of
 * the renderer's own lists, so that a mistake in one is not repeated in the other.
 */
final class TypesetChecks {

  enum Rule {
    /** JLREQ: a wrapped line starts with a character that must not start a line. */
    LINE_START,
    /** JLREQ: a wrapped line ends with an opening bracket. */
    LINE_END,
    /** JLREQ 分離禁止: ―― …… ‥‥ split across lines. */
    INSEPARABLE,
    /** A glyph outside its cell box, or overprinting its neighbour. */
    OVERFLOW,
    /**
     * A glyph past the page margins (the page number excepted, which lives in the bottom margin).
     */
    MARGIN,
    /** A glyph drawn as .notdef, without an outline, or from a font not embedded. */
    MISSING_GLYPH,
    /** The cell text read back differs from the edition (lost, doubled or reordered text). */
    TEXT,
    /** The header row is missing on a page or differs from the published one. */
    HEADER,
    /** A row split across pages although it fits on one, or split uncleanly. */
    ROW_SPLIT,
    /** The ※ note, ＜非公表基準＞ and the four criteria not together, or orphaned at the top of a page. */
    FOOTNOTE,
    /**
     * A cell that must read on one line set on more: NO, 発生日 (R7.12.31 as 「R7.」 / 「12.31」) and 二次被害
     * always, 所属 when it is a short name ({@value #SHORT_OFFICE} characters or fewer), 備考 when it
     * is the usual remark 「R7.5.20個別公表事案」.
     */
    ONE_LINE
  }

  /** The longest 所属 that must stay on one line: 出先機関. */
  static final int SHORT_OFFICE = 4;

  /** The usual 備考: the date of the separate announcement, then 個別公表事案. */
  static final Pattern ANNOUNCED_REMARK =
      Pattern.compile("[A-Z][0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2}個別公表事案");

  /**
   * The @page margins of templates/edition.css, in points (10 mm sides, 12 mm top, 14 mm bottom).
   */
  static final float MARGIN_SIDE = mm(10);

  static final float MARGIN_TOP = mm(12);
  static final float MARGIN_BOTTOM = mm(14);

  static final List<String> HEADER =
      List.of("NO", "所属", "発生日", "事案の概要", "発生原因", "対応", "二次被害の有無", "再発防止策", "備考");

  /**
   * JLREQ cl-02 closing brackets, cl-03 hyphens, cl-04 ?!, cl-05 middle dots, cl-06 full stops,
   * cl-07 commas, cl-09 iteration marks, cl-10 prolonged sound mark, cl-11 small kana; with
   * fullwidth, ASCII and halfwidth forms.
   */
  static final String NOT_AT_START =
      "’”)）]］}｝〕〉》」』】⦆〙〗»〟｣"
          + "‐〜゠–～"
          + "!！?？‼⁇⁈⁉"
          + "・･:：;；"
          + "。．.｡"
          + "、，,､"
          + "ヽヾゝゞ々〻"
          + "ー"
          + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";

  /** JLREQ cl-01 opening brackets. */
  static final String NOT_AT_END = "‘“(（[［{｛〔〈《「『【⦅〘〖«〝｢";

  static final String INSEPARABLE_CHARS = "―…‥";

  /** One line of one cell (or of the text outside the table). */
  record Line(PageContent page, int band, int column, List<Glyph> glyphs, String text) {
    float top() {
      return (float) glyphs.stream().mapToDouble(Glyph::top).min().orElse(0);
    }

    float bottom() {
      return (float) glyphs.stream().mapToDouble(Glyph::bottom).max().orElse(0);
    }
  }

  /** A part of a table row on one page: its band and its lines per column. */
  record Part(
      PageContent page,
      int band,
      float top,
      float bottom,
      boolean firstOnPage,
      boolean lastOnPage,
      float bodyHeight,
      List<List<Line>> columns) {}

  record Report(
      Map<Rule, List<String>> violations,
      int pages,
      int rows,
      int splitRows,
      int cellLines,
      int glyphs) {
    int count(Rule rule) {
      return violations.get(rule).size();
    }

    String summary() {
      return violations.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue().size())
          .collect(
              Collectors.joining(
                  ", ",
                  "pages="
                      + pages
                      + " rows="
                      + rows
                      + " splitRows="
                      + splitRows
                      + " cellLines="
                      + cellLines
                      + " glyphs="
                      + glyphs
                      + " | ",
                  ""));
    }

    String all(String title) {
      StringBuilder out = new StringBuilder(title).append(": ").append(summary()).append('\n');
      violations.forEach(
          (rule, list) -> list.forEach(v -> out.append(rule).append('\t').append(v).append('\n')));
      return out.toString();
    }

    String examples(Rule rule) {
      List<String> v = violations.get(rule);
      return rule
          + ": "
          + v.size()
          + " violation(s)"
          + (v.isEmpty() ? "" : "\n  " + String.join("\n  ", v.subList(0, Math.min(15, v.size()))));
    }
  }

  private final Edition edition;
  private final Map<Rule, List<String>> violations = new EnumMap<>(Rule.class);
  private int cellLines;
  private int glyphCount;

  private TypesetChecks(Edition edition) {
    this.edition = edition;
    for (Rule r : Rule.values()) {
      violations.put(r, new ArrayList<>());
    }
  }

  static Report check(byte[] pdf, Edition edition) {
    try (PDDocument doc = Pdfs.open(pdf)) {
      return new TypesetChecks(edition).run(PageContent.readAll(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(Rule rule, String message) {
    violations.get(rule).add(message);
  }

  private Report run(List<PageContent> pages) {
    List<List<Part>> rows = new ArrayList<>();
    List<Line> outside = new ArrayList<>();
    Map<PageContent, Float> headerBottom = new HashMap<>();
    for (PageContent page : pages) {
      glyphCount += page.glyphs().size();
      checkGlyphs(page);
      readPage(page, rows, outside, headerBottom);
    }
    List<Integer> numbers = new ArrayList<>();
    for (List<Part> row : rows) {
      numbers.add(checkRow(row));
    }
    List<Integer> expected = edition.published().stream().map(PublishedCase::no).toList();
    if (!numbers.equals(expected)) {
      add(Rule.TEXT, "rows read back as NO " + numbers + ", expected " + expected);
    }
    checkFootnote(pages, outside, rows, headerBottom);
    int split = (int) rows.stream().filter(r -> r.size() > 1).count();
    return new Report(violations, pages.size(), rows.size(), split, cellLines, glyphCount);
  }

  // ---- (c) glyphs
  // -------------------------------------------------------------------------------------------

  private void checkGlyphs(PageContent page) {
    for (Glyph g : page.glyphs()) {
      String where =
          "page "
              + page.number()
              + " '"
              + g.text()
              + "' at "
              + Math.round(g.x())
              + ","
              + Math.round(g.baseline());
      if (g.text().isEmpty() || g.text().contains("\uFFFD")) {
        add(Rule.MISSING_GLYPH, where + ": no Unicode mapping");
      }
      String problem =
          switch (g.outline()) {
            case DRAWN -> null;
            case EMPTY -> spaces(g.text()) ? null : "the glyph has no outline";
            case NOTDEF -> ".notdef (glyph id 0)";
            case NOT_EMBEDDED -> "font " + g.font() + " not embedded";
            case UNREADABLE -> "font " + g.font() + " unreadable";
          };
      if (problem != null) {
        add(Rule.MISSING_GLYPH, where + ": " + problem);
      }
    }
  }

  /** Only spaces, which rightly draw nothing: white space and no-break spaces alike. */
  private static boolean spaces(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  // ---- page structure
  // ---------------------------------------------------------------------------------------

  private void readPage(
      PageContent page,
      List<List<Part>> rows,
      List<Line> outside,
      Map<PageContent, Float> headerBottom) {
    float contentBottom = page.height() - MARGIN_BOTTOM;
    List<PageContent.Line> borders = page.lines();
    List<Float> xs =
        cluster(
            borders.stream().filter(PageContent.Line::vertical).map(PageContent.Line::at).toList());
    List<Float> ys =
        cluster(borders.stream().filter(l -> !l.vertical()).map(PageContent.Line::at).toList());
    float tableBottom =
        (float)
            borders.stream()
                .filter(PageContent.Line::vertical)
                .mapToDouble(PageContent.Line::to)
                .max()
                .orElse(0);
    if (!ys.isEmpty() && tableBottom > ys.get(ys.size() - 1) + 1) {
      ys = new ArrayList<>(ys);
      ys.add(tableBottom); // a row continued on the next page has no bottom border here
    }
    // margins, and the page number alone in the bottom margin
    List<Glyph> below = new ArrayList<>();
    for (Glyph g : page.glyphs()) {
      if (g.text().isBlank()) {
        continue;
      }
      if (g.baseline() > contentBottom) {
        below.add(g);
      } else if (g.x() < MARGIN_SIDE - 0.01
          || g.right() > page.width() - MARGIN_SIDE + 0.01
          || g.top() < MARGIN_TOP - 0.5) {
        add(
            Rule.MARGIN,
            "page " + page.number() + ": '" + g.text() + "' at x=" + g.x() + " y=" + g.baseline());
      }
    }
    String pageNumber = below.stream().map(Glyph::text).collect(Collectors.joining());
    if (!pageNumber.equals("-" + page.number() + "-")
        || below.stream()
            .anyMatch(g -> g.x() < 0 || g.right() > page.width() || g.bottom() > page.height())) {
      add(
          Rule.MARGIN,
          "page "
              + page.number()
              + ": bottom margin holds '"
              + pageNumber
              + "', expected the page number");
    }
    if (xs.size() != HEADER.size() + 1 || ys.size() < 2) {
      add(
          Rule.HEADER,
          "page "
              + page.number()
              + ": no table of "
              + HEADER.size()
              + " columns found ("
              + xs.size()
              + " vertical borders, "
              + ys.size()
              + " horizontal)");
      outside.addAll(
          lines(
              page,
              -1,
              -1,
              page.glyphs().stream().filter(g -> g.baseline() <= contentBottom).toList()));
      return;
    }
    float left = xs.get(0);
    float right = xs.get(xs.size() - 1);
    float tableTop = ys.get(0);
    float tableEnd = ys.get(ys.size() - 1);
    Map<Integer, Map<Integer, List<Glyph>>> cells = new HashMap<>();
    List<Glyph> rest = new ArrayList<>();
    for (Glyph g : page.glyphs()) {
      float cx = g.centerX();
      float cy = g.centerY();
      if (g.baseline() > contentBottom) {
        continue;
      }
      if (cx < left || cx > right || cy < tableTop || cy > tableEnd) {
        rest.add(g);
        continue;
      }
      int col = index(xs, cx);
      int band = index(ys, cy);
      cells
          .computeIfAbsent(band, b -> new HashMap<>())
          .computeIfAbsent(col, c -> new ArrayList<>())
          .add(g);
      if (g.text().isBlank()) {
        continue;
      }
      float top = ys.get(band);
      float bottom = ys.get(band + 1);
      if (g.x() < xs.get(col) - 0.01
          || g.right() > xs.get(col + 1) + 0.01
          || g.top() < top - 0.5
          || g.bottom() > bottom + 0.5) {
        add(
            Rule.OVERFLOW,
            "page "
                + page.number()
                + " column "
                + HEADER.get(col)
                + ": '"
                + g.text()
                + "' ["
                + g.x()
                + ".."
                + g.right()
                + "] outside ["
                + xs.get(col)
                + ".."
                + xs.get(col + 1)
                + "]");
      }
    }
    outside.addAll(lines(page, -1, -1, rest));
    // header
    List<String> header = new ArrayList<>();
    for (int c = 0; c < HEADER.size(); c++) {
      List<Line> ls = lines(page, 0, c, cells.getOrDefault(0, Map.of()).getOrDefault(c, List.of()));
      header.add(ls.stream().map(Line::text).collect(Collectors.joining()));
      if (c == 6 && !ls.stream().map(Line::text).toList().equals(List.of("二次被害", "の有無"))) {
        add(
            Rule.HEADER,
            "page "
                + page.number()
                + ": header 二次被害の有無 not on two lines as published: "
                + ls.stream().map(Line::text).toList());
      }
    }
    if (!header.equals(HEADER)) {
      add(Rule.HEADER, "page " + page.number() + ": header row reads " + header);
    }
    headerBottom.put(page, ys.get(1));
    float bodyHeight = contentBottom - ys.get(1);
    for (int band = 1; band < ys.size() - 1; band++) {
      List<List<Line>> columns = new ArrayList<>();
      for (int c = 0; c < HEADER.size(); c++) {
        List<Line> ls =
            lines(page, band, c, cells.getOrDefault(band, Map.of()).getOrDefault(c, List.of()));
        cellLines += ls.size();
        columns.add(ls);
      }
      Part part =
          new Part(
              page,
              band,
              ys.get(band),
              ys.get(band + 1),
              band == 1,
              band == ys.size() - 2,
              bodyHeight,
              columns);
      if (!columns.get(0).isEmpty() || rows.isEmpty()) {
        rows.add(new ArrayList<>(List.of(part)));
      } else {
        rows.get(rows.size() - 1).add(part);
      }
    }
  }

  /**
   * Groups glyphs into lines by baseline, each sorted left to right; checks that no two glyphs
   * overprint.
   */
  private List<Line> lines(PageContent page, int band, int column, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<List<Glyph>> groups = new ArrayList<>();
    for (Glyph g : sorted) {
      List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) < 0.3f * g.size()) {
        last.add(g);
      } else {
        groups.add(new ArrayList<>(List.of(g)));
      }
    }
    List<Line> out = new ArrayList<>();
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x));
      List<Glyph> ink = group.stream().filter(g -> !g.text().isBlank()).toList();
      if (ink.isEmpty()) {
        continue;
      }
      for (int i = 1; i < ink.size(); i++) {
        if (ink.get(i).x() < ink.get(i - 1).right() - 0.5f) {
          add(
              Rule.OVERFLOW,
              "page "
                  + page.number()
                  + ": '"
                  + ink.get(i - 1).text()
                  + "' and '"
                  + ink.get(i).text()
                  + "' overprint");
        }
      }
      out.add(
          new Line(
              page,
              band,
              column,
              ink,
              ink.stream().map(Glyph::text).collect(Collectors.joining())));
    }
    return out;
  }

  // ---- (a) line breaking, text, (d) rows
  // -------------------------------------------------------------------

  private int checkRow(List<Part> row) {
    String no = row.get(0).columns().get(0).stream().map(Line::text).collect(Collectors.joining());
    int n;
    try {
      n = Integer.parseInt(no);
    } catch (NumberFormatException e) {
      add(
          Rule.TEXT,
          "page " + row.get(0).page().number() + ": row without a number ('" + no + "')");
      return -1;
    }
    if (n < 1 || n > edition.published().size()) {
      add(Rule.TEXT, "row " + n + " is not in the edition");
      return n;
    }
    PublishedCase c = edition.published().get(n - 1);
    List<List<String>> expected =
        List.of(
            List.of(String.valueOf(c.no())),
            List.of(c.office()),
            List.of(
                c.wareki().eraLetter()
                    + c.wareki().year()
                    + "."
                    + c.wareki().month()
                    + "."
                    + c.wareki().day()),
            paragraphs(c.summary()),
            paragraphs(c.cause()),
            paragraphs(c.response()),
            List.of(c.secondaryDamage()),
            paragraphs(c.prevention()),
            c.remarks().isEmpty() ? List.of() : List.of(c.remarks()));
    for (int col = 0; col < HEADER.size(); col++) {
      List<Line> lines = new ArrayList<>();
      for (Part p : row) {
        lines.addAll(p.columns().get(col));
      }
      checkCell("NO " + n + " " + HEADER.get(col), lines, expected.get(col));
      if (lines.size() > 1 && oneLine(col, expected.get(col))) {
        add(
            Rule.ONE_LINE,
            "page "
                + lines.get(0).page().number()
                + " NO "
                + n
                + " "
                + HEADER.get(col)
                + " set on "
                + lines.size()
                + " lines: "
                + lines.stream().map(Line::text).toList());
      }
    }
    if (row.size() > 1) {
      float height = (float) row.stream().mapToDouble(p -> p.bottom() - p.top()).sum();
      Part first = row.get(0);
      if (height <= first.bodyHeight()) {
        add(
            Rule.ROW_SPLIT,
            "NO "
                + n
                + " is split over "
                + row.size()
                + " pages although it is "
                + Math.round(height)
                + " pt tall and a page has "
                + Math.round(first.bodyHeight())
                + " pt");
      }
      for (int i = 0; i < row.size(); i++) {
        Part p = row.get(i);
        if ((i > 0 && !p.firstOnPage()) || (i < row.size() - 1 && !p.lastOnPage())) {
          add(
              Rule.ROW_SPLIT,
              "NO "
                  + n
                  + ": part "
                  + (i + 1)
                  + " on page "
                  + p.page().number()
                  + " is not where a page breaks");
        }
      }
    }
    return n;
  }

  /** Whether the cell in this column, holding this text, must be set on one line. */
  private static boolean oneLine(int column, List<String> text) {
    String only = text.size() == 1 ? text.get(0) : "";
    return switch (HEADER.get(column)) {
      case "NO", "発生日", "二次被害の有無" -> true;
      case "所属" -> only.codePointCount(0, only.length()) <= SHORT_OFFICE;
      case "備考" -> ANNOUNCED_REMARK.matcher(only).matches();
      default -> false;
    };
  }

  private static List<String> paragraphs(Text t) {
    return t.lines().stream()
        .map(l -> Pdfs.squeeze((t.bulleted() ? "・" : "") + l))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Walks the cell's lines through its paragraphs: a line either starts a paragraph or continues
   * one.
   */
  private void checkCell(String cell, List<Line> lines, List<String> paragraphs) {
    int p = 0;
    int offset = 0;
    Line previous = null;
    for (Line line : lines) {
      String text = line.text();
      String at = "page " + line.page().number() + " " + cell + " line '" + text + "'";
      if (p >= paragraphs.size() || !paragraphs.get(p).startsWith(text, offset)) {
        add(
            Rule.TEXT,
            at
                + " does not continue the cell's text"
                + (p < paragraphs.size()
                    ? " (expected '" + tail(paragraphs.get(p), offset) + "')"
                    : ""));
        return;
      }
      boolean starts = offset == 0;
      offset += text.length();
      boolean ends = offset == paragraphs.get(p).length();
      if (!starts && NOT_AT_START.indexOf(text.charAt(0)) >= 0) {
        add(Rule.LINE_START, at + " starts with " + text.charAt(0));
      }
      if (!ends && NOT_AT_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
        add(Rule.LINE_END, at + " ends with " + text.charAt(text.length() - 1));
      }
      if (!starts && previous != null) {
        char last = previous.text().charAt(previous.text().length() - 1);
        if (INSEPARABLE_CHARS.indexOf(last) >= 0 && text.charAt(0) == last) {
          add(Rule.INSEPARABLE, at + " splits " + last + last);
        }
      }
      if (ends) {
        p++;
        offset = 0;
      }
      previous = line;
    }
    if (p < paragraphs.size()) {
      add(Rule.TEXT, cell + ": text missing from '" + tail(paragraphs.get(p), offset) + "'");
    }
  }

  private static String tail(String s, int from) {
    String t = s.substring(Math.min(from, s.length()));
    return t.length() > 20 ? t.substring(0, 20) + "…" : t;
  }

  // ---- (d) footnote
  // ------------------------------------------------------------------------------------------

  private void checkFootnote(
      List<PageContent> pages,
      List<Line> outside,
      List<List<Part>> rows,
      Map<PageContent, Float> headerBottom) {
    String[] starts = {"※なお", "＜非公表基準＞", "(1)", "(2)", "(3)", "(4)"};
    List<Line> found = new ArrayList<>();
    for (String s : starts) {
      List<Line> matches = outside.stream().filter(l -> l.text().startsWith(s)).toList();
      if (matches.size() != 1) {
        add(Rule.FOOTNOTE, "footnote line '" + s + "…' found " + matches.size() + " times");
        return;
      }
      found.add(matches.get(0));
    }
    TreeSet<Integer> onPages =
        found.stream().map(l -> l.page().number()).collect(Collectors.toCollection(TreeSet::new));
    if (onPages.size() != 1) {
      add(Rule.FOOTNOTE, "the ※ note and the criteria are split over pages " + onPages);
      return;
    }
    PageContent page = found.get(0).page();
    if (rows.isEmpty()) {
      return;
    }
    List<Part> last = rows.get(rows.size() - 1);
    boolean tableOnPage = last.get(last.size() - 1).page() == page;
    if (!tableOnPage) {
      // alone at the top of a page: allowed only when the last row and the block could not share a
      // page
      float blockHeight = found.get(found.size() - 1).bottom() - found.get(0).top() + mm(4);
      float rowHeight = (float) last.stream().mapToDouble(p -> p.bottom() - p.top()).sum();
      Part lastPart = last.get(last.size() - 1);
      float header = headerBottom.get(lastPart.page()) - MARGIN_TOP;
      float content = page.height() - MARGIN_TOP - MARGIN_BOTTOM;
      if (header + rowHeight + blockHeight <= content) {
        add(
            Rule.FOOTNOTE,
            "the ※ note and criteria stand alone on page "
                + page.number()
                + " although the last row ("
                + Math.round(rowHeight)
                + " pt) and the block ("
                + Math.round(blockHeight)
                + " pt) fit on one page");
      }
    }
    for (int i = 1; i < found.size(); i++) {
      if (found.get(i).top() < found.get(i - 1).top()) {
        add(Rule.FOOTNOTE, "footnote lines out of order on page " + page.number());
      }
    }
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------------------

  /**
   * The wrapped lines of one column of a table in the edition's layout (a redline, say) that start
   * with a character that must not start a line. The column is found under its header text; the
   * caller's cells must each begin with a character that may start a line, so that every line found
   * here is a wrapped one.
   */
  static List<String> lineStartViolations(byte[] pdf, String header) {
    List<String> found = new ArrayList<>();
    try (PDDocument doc = Pdfs.open(pdf)) {
      for (PageContent page : PageContent.readAll(doc)) {
        List<Float> xs =
            cluster(
                page.lines().stream()
                    .filter(PageContent.Line::vertical)
                    .map(PageContent.Line::at)
                    .toList());
        List<Glyph> glyphs = page.glyphs();
        Glyph first = null;
        for (int i = 0; i + header.length() <= glyphs.size() && first == null; i++) {
          StringBuilder text = new StringBuilder();
          for (int k = 0; k < header.length(); k++) {
            text.append(glyphs.get(i + k).text());
          }
          if (text.toString().equals(header)) {
            first = glyphs.get(i);
          }
        }
        if (first == null || xs.size() < 2) {
          continue;
        }
        int column = index(xs, first.centerX());
        float left = xs.get(column);
        float right = xs.get(column + 1);
        float below = first.bottom();
        float contentBottom = page.height() - MARGIN_BOTTOM;
        List<Glyph> cell =
            glyphs.stream()
                .filter(
                    g ->
                        g.centerX() > left
                            && g.centerX() < right
                            && g.top() > below
                            && g.baseline() <= contentBottom)
                .toList();
        for (Line line : new TypesetChecks(null).lines(page, 0, column, cell)) {
          if (NOT_AT_START.indexOf(line.text().charAt(0)) >= 0) {
            found.add("page " + page.number() + " line '" + line.text() + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static List<Float> cluster(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> out = new ArrayList<>();
    for (float v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > 1.0f) {
        out.add(v);
      }
    }
    return out;
  }

  private static int index(List<Float> bounds, float v) {
    for (int i = 0; i < bounds.size() - 1; i++) {
      if (v < bounds.get(i + 1)) {
        return i;
      }
    }
    return bounds.size() - 2;
  }

  static float mm(double mm) {
    return (float) (mm * 72 / 25.4);
  }
}
