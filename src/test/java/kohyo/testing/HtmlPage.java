package kohyo.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An HTML page parsed as a browser parses it (the Nu Html Checker's HTML5 parser), with the text of
 * its elements read as a person sees it: a {@code <br>} and each list item start a line, and an
 * item of a {@code <ul>} reads with the ・ that the style sheet draws before it.
 */
public final class HtmlPage {

  private final Document dom;

  private HtmlPage(Document dom) {
    this.dom = dom;
  }

  public static HtmlPage parse(byte[] html) {
    try {
      HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
      return new HtmlPage(builder.parse(new InputSource(new ByteArrayInputStream(html))));
    } catch (IOException | SAXException e) {
      throw new AssertionError("not parseable as HTML", e);
    }
  }

  public Document dom() {
    return dom;
  }

  /** Every element with this name, in document order. */
  public List<Element> all(String name) {
    return elements(dom.getElementsByTagNameNS("*", name));
  }

  /** The only element with this name. */
  public Element one(String name) {
    List<Element> found = all(name);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " <" + name + "> elements, expected one");
    }
    return found.get(0);
  }

  /** The element children of {@code parent} with this name. */
  public static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The element children of {@code parent}, whatever their names. */
  public static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The element's text as read: lines broken at {@code <br>} and between list items, each item
   * starting with ・, and the whitespace of the markup around the lines dropped.
   */
  public static String text(Element e) {
    StringBuilder out = new StringBuilder();
    append(e, out);
    return out.toString().strip();
  }

  private static void append(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        switch (e.getLocalName()) {
          case "br" -> out.append('\n');
          case "li" -> {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
              out.append('\n');
            }
            if (((Element) e.getParentNode()).getLocalName().equals("ul")) {
              out.append("・");
            }
            append(e, out);
          }
          default -> append(e, out);
        }
      } else if (n.getNodeType() == Node.TEXT_NODE) {
        out.append(n.getNodeValue());
      }
    }
  }

  private static List<Element> elements(NodeList list) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
