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
 * therefore laid out {@link #ROWS} rows at a time: each stretch is written except for its last
 * page, whose rows begin the next stretch, at the top of a page as they would in one long layout.
 * The pages are the same as those of one layout of the whole document, with a fraction of its
 * memory (a test compares the bytes).
 *
 * <p>What belongs to the first page only, the title and the count, is marked by the template with
 * the class {@value #OPENING}; everything else of the body (a draft's stamp on every page) stays in
 * every stretch. A row taller than a page would be cut across two pages, and a stretch that ends
 * inside such a row cannot say where the next begins: {@link #nextStart} then gives up and the
 * document is laid out whole.
 */
final class RowChunks {

  /** Rows per stretch: about 50 MB of boxes with rows three times as long as the seed's. */
  static final int ROWS = 150;

  /** The class of the elements that print on the first page only. */
  static final String OPENING = "opening";

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
    List<Element> opening = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (hasClass((Element) all.item(i), OPENING)) {
        opening.add((Element) all.item(i));
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
   * After the rows from {@code start} were laid out: the row that begins the last page (the next
   * stretch starts with it), having dropped that page from {@code pages}; or -1 when the last page
   * does not begin with a whole row (a row taller than a page) or holds all of them.
   */
  int nextStart(int start, Box root, List<PageBox> pages) {
    int end = Math.min(rows.size(), start + perStretch);
    Map<Element, Box> boxes = new HashMap<>();
    collect(root, boxes);
    int top = pages.get(pages.size() - 1).getTop();
    for (int i = start; i < end; i++) {
      Box box = boxes.get(rows.get(i));
      if (box == null) {
        return -1;
      }
      if (box.getAbsY() >= top) {
        if (i == start) {
          return -1;
        }
        pages.remove(pages.size() - 1);
        return i;
      }
      if (box.getAbsY() + box.getHeight() > top) {
        return -1;
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
