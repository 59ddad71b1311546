package kohyo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * The JLREQ rules where a text changes element inside a line ({@code 謝罪<span
 * class="ins">お詫び</span>、当該…} in a redline), which Flying Saucer does not apply by itself.
 *
 * <p>Flying Saucer asks {@link JlreqLineBreakingStrategy} for the opportunities of one text node at
 * a time, so two things go wrong at the place where one node ends and the next begins. It takes
 * that place itself as an opportunity, so a line could start with the 「、」 that follows an inserted
 * run. And when the first stretch of the next node up to its first opportunity ({@code し、}) does
 * not fit on the rest of the line, {@code word-wrap: break-word} (which the edition needs for runs
 * wider than a column) makes it break that stretch after any character, rules ignored: 「し」 / 「、当該」.
 *
 * <p>So before layout, in every run of text and {@code span}s with text only (the shape of a
 * redline's cells, its legend and its count line), the characters on both sides of a place where
 * the rules forbid a break are put together in an inline block, which Flying Saucer moves to the
 * next line whole; and the text that begins inside a line gets {@code word-wrap: normal}, so that a
 * stretch that does not fit goes to the next line whole instead of being cut. A document without
 * such runs (the edition) is left as it is.
 */
final class InlineBoundaries {

  /** Where a break is forbidden: the characters on both sides stay together. */
  private static final String GLUE = "display: inline-block; white-space: nowrap";

  /** Text that begins inside a line: a stretch that does not fit moves, it is not cut. */
  private static final String NO_CUT = "word-wrap: normal";

  private InlineBoundaries() {}

  static void apply(Document doc) {
    List<Element> containers = new ArrayList<>();
    collect(doc.getDocumentElement(), containers);
    for (Element e : containers) {
      for (List<Node> run : runs(e)) {
        rewrite(e, run);
      }
    }
  }

  private static void collect(Element e, List<Element> out) {
    if (!isSpan(e)) {
      out.add(e);
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, out);
      }
    }
  }

  /**
   * Runs of consecutive text nodes and text-only spans among an element's children, with a span.
   */
  private static List<List<Node>> runs(Element e) {
    List<List<Node>> runs = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Text || n instanceof Element s && isSpan(s) && textOnly(s)) {
        run.add(n);
      } else if (n.getNodeType() != Node.COMMENT_NODE) {
        keep(run, runs);
        run = new ArrayList<>();
      }
    }
    keep(run, runs);
    return runs;
  }

  private static void keep(List<Node> run, List<List<Node>> runs) {
    if (run.size() > 1 && run.stream().anyMatch(n -> n instanceof Element)) {
      runs.add(run);
    }
  }

  private static void rewrite(Element parent, List<Node> run) {
    List<String> texts = run.stream().map(Node::getTextContent).toList();
    String all = String.join("", texts);
    TreeSet<Integer> opportunities = new TreeSet<>();
    for (int b : JlreqLineBreaks.all(all)) {
      opportunities.add(b);
    }
    // the places where the run changes element, and the stretches to keep together around them
    List<int[]> glued = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < texts.size() - 1; i++) {
      at += texts.get(i).length();
      if (at == 0
          || at == all.length()
          || opportunities.contains(at)
          || Character.isWhitespace(all.charAt(at - 1))
          || Character.isWhitespace(all.charAt(at))) {
        continue;
      }
      Integer from = opportunities.lower(at);
      Integer to = opportunities.higher(at);
      int start = from == null ? 0 : from;
      int end = to == null ? all.length() : to;
      if (!glued.isEmpty() && glued.get(glued.size() - 1)[1] >= start) {
        glued.get(glued.size() - 1)[1] = Math.max(end, glued.get(glued.size() - 1)[1]);
      } else {
        glued.add(new int[] {start, end});
      }
    }
    Document doc = parent.getOwnerDocument();
    Node before = run.get(run.size() - 1).getNextSibling();
    List<Node> out = new ArrayList<>();
    Element glue = null;
    int g = 0;
    int offset = 0;
    for (int i = 0; i < run.size(); i++) {
      String text = texts.get(i);
      int cut = 0;
      while (cut < text.length()) {
        int pos = offset + cut;
        while (g < glued.size() && glued.get(g)[1] <= pos) {
          g++;
          glue = null;
        }
        boolean inside = g < glued.size() && glued.get(g)[0] <= pos;
        int next =
            inside ? glued.get(g)[1] : g < glued.size() ? glued.get(g)[0] : Integer.MAX_VALUE;
        int end = Math.min(offset + text.length(), next) - offset;
        Node piece = piece(doc, run.get(i), text.substring(cut, end));
        if (inside) {
          if (glue == null) {
            glue = doc.createElement("span");
            glue.setAttribute("style", GLUE);
            out.add(glue);
          }
          glue.appendChild(piece);
        } else {
          out.add(pos == 0 ? piece : noCut(doc, piece));
        }
        cut = end;
      }
      offset += text.length();
    }
    for (Node n : run) {
      parent.removeChild(n);
    }
    for (Node n : out) {
      parent.insertBefore(n, before);
    }
  }

  /** Part of a run's node: text, or a copy of its span holding that text. */
  private static Node piece(Document doc, Node of, String text) {
    if (of instanceof Element span) {
      Element copy = (Element) span.cloneNode(false);
      copy.appendChild(doc.createTextNode(text));
      return copy;
    }
    return doc.createTextNode(text);
  }

  private static Node noCut(Document doc, Node piece) {
    Element span;
    if (piece instanceof Element e) {
      span = e;
    } else {
      span = doc.createElement("span");
      span.appendChild(piece);
    }
    String style = span.getAttribute("style");
    span.setAttribute("style", style.isEmpty() ? NO_CUT : style + "; " + NO_CUT);
    return span;
  }

  private static boolean isSpan(Element e) {
    return e.getLocalName() != null
        ? e.getLocalName().equals("span")
        : e.getTagName().equals("span");
  }

  private static boolean textOnly(Element e) {
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Text)) {
        return false;
      }
    }
    return true;
  }
}
