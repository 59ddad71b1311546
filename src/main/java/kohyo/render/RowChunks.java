package kohyo.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * The rows of a long edition's table ({@code <table class="cases">} whose last row group is {@code
 * <tbody class="closing">}), to be laid out a stretch at a time. Other documents (the redline) are
 * laid out whole.
 *
 * <p>Flying Saucer keeps the whole laid-out document until the PDF is written: for 2,000 cases
 * about 250 MB of boxes. Every row of the table keeps together on a page ({@code page-break-inside:
 * avoid}), the table's header repeats on every page and nothing else changes from page to page but
 * the page number, so what a page shows depends only on the row it begins with. A long table is
 * therefore laid out {@link #ROWS} rows at a time: each stretch is written up to the last of its
 * pages that begins with a whole row, and that row begins the next stretch, at the top of a page as
 * in one long layout.
 *
 * <p>The pages break where one layout of the whole document breaks them (a test compares every
 * page's text and glyph positions), with one difference: a page that begins a stretch is laid out
 * as the first page of a table, under the table's top border, so its contents sit 0.22 pt lower. A
 * row that would fit on such a page with less than that to spare goes to the next page instead.
 *
 * <p>What stands in the body before the table (the title and the count) prints on the first page
 * only, except what the template marks with the class {@value #EVERY_PAGE} (a draft's stamp, which
 * is fixed or running and so repeats on every page). Templates archived before stretches existed
 * mark nothing and have nothing to repeat, so they are read right too.
 */
final class RowChunks {

  /** Rows per stretch: about 50 MB of boxes with rows three times as long as the seed's. */
  static final int ROWS = 150;

  /** The class of what stands before the table and still prints on every page. */
  static final String EVERY_PAGE = "every-page";

  private static final String CASES_TABLE = "cases";
  private static final String CLOSING = "closing";

  private final int perStretch;
  private final Element table;
  private final List<Element> rows;
  private final Map<Element, Element> groupOf;
  private final Element closing;
  private final List<Element> opening;

  private RowChunks(
      int perStretch,
      Element table,
      List<Element> rows,
      Map<Element, Element> groupOf,
      Element closing,
      List<Element> opening) {
    this.perStretch = perStretch;
    this.table = table;
    this.rows = rows;
    this.groupOf = groupOf;
    this.closing = closing;
    this.opening = opening;
  }

  /**
   * The table's rows when there are more than fit one stretch; empty for a short table or a
   * document of another shape (the redline), which is laid out whole.
   */
  static Optional<RowChunks> of(Document doc, int perStretch) {
    Element table = null;
    NodeList tables = doc.getElementsByTagName("table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      if (hasClass(t, CASES_TABLE)) {
        table = t;
        break;
      }
    }
    if (table == null) {
      return Optional.empty();
    }
    List<Element> rows = new ArrayList<>();
    Map<Element, Element> groupOf = new HashMap<>();
    Element closing = null;
    for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("tbody")) {
        if (hasClass(e, CLOSING)) {
          closing = e;
          continue;
        }
        for (Node r = e.getFirstChild(); r != null; r = r.getNextSibling()) {
          if (r instanceof Element row && row.getTagName().equals("tr")) {
            rows.add(row);
            groupOf.put(row, e);
          }
        }
      }
    }
    if (closing == null || perStretch <= 0 || rows.size() <= perStretch) {
      return Optional.empty();
    }
    // what stands before the table, at its level and at every level above it up to the body
    List<Element> opening = new ArrayList<>();
    for (Node inside = table; inside.getParentNode() instanceof Element parent; inside = parent) {
      for (Node n = parent.getFirstChild(); n != inside; n = n.getNextSibling()) {
        if (n instanceof Element e && !hasClass(e, EVERY_PAGE)) {
          opening.add(e);
        }
      }
      if (parent.getTagName().equals("body")) {
        break;
      }
    }
    return Optional.of(new RowChunks(perStretch, table, rows, groupOf, closing, opening));
  }

  int size() {
    return rows.size();
  }

  /**
   * Rearranges the document to hold the rows from {@code start} (at most one stretch of them), in
   * their own row groups, the closing group when they are the last, and the opening elements only
   * with the first row. Returns whether these are the last rows.
   */
  boolean arrange(int start) {
    int end = Math.min(rows.size(), start + perStretch);
    for (Node n = table.getFirstChild(); n != null; ) {
      Node next = n.getNextSibling();
      if (n instanceof Element e && e.getTagName().equals("tbody")) {
        table.removeChild(e);
      }
      n = next;
    }
    Element group = null;
    Element original = null;
    for (int i = start; i < end; i++) {
      Element row = rows.get(i);
      if (groupOf.get(row) != original) {
        original = groupOf.get(row);
        group = (Element) original.cloneNode(false);
        table.appendChild(group);
      }
      group.appendChild(row);
    }
    boolean last = end == rows.size();
    if (last) {
      table.appendChild(closing);
    }
    if (start > 0) {
      for (Element e : opening) {
        if (e.getParentNode() != null) {
          e.getParentNode().removeChild(e);
        }
      }
    }
    return last;
  }

  /**
   * After the rows from {@code start} were laid out: the row that begins the last page which begins
   * with a whole row, the pages from there on dropped from {@code pages} (the next stretch lays
   * them out again); or -1 when no page after the first begins with a whole row of the stretch.
   */
  int nextStart(int start, Box root, List<PageBox> pages) {
    int end = Math.min(rows.size(), start + perStretch);
    Map<Element, Box> boxes = new HashMap<>();
    collect(root, boxes);
    for (int i = start; i < end; i++) {
      if (!boxes.containsKey(rows.get(i))) {
        return -1;
      }
    }
    for (int p = pages.size() - 1; p > 0; p--) {
      int top = pages.get(p).getTop();
      for (int i = start + 1; i < end; i++) {
        Box row = boxes.get(rows.get(i));
        Box before = boxes.get(rows.get(i - 1));
        if (row.getAbsY() >= top) {
          // a whole row begins this page only when the row before it ended on an earlier one
          if (before.getAbsY() + before.getHeight() <= top) {
            pages.subList(p, pages.size()).clear();
            return i;
          }
          break;
        }
      }
    }
    return -1;
  }

  /** The boxes of the table's rows, without descending into their cells. */
  private void collect(Box box, Map<Element, Box> boxes) {
    Element e = box.getElement();
    if (e != null && groupOf.containsKey(e)) {
      boxes.putIfAbsent(e, box);
      return;
    }
    for (int i = 0; i < box.getChildCount(); i++) {
      collect(box.getChild(i), boxes);
    }
  }

  private static boolean hasClass(Element e, String name) {
    for (String c : e.getAttribute("class").split(" ")) {
      if (c.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
