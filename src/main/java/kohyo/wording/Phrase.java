package kohyo.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the document with places that kohyo fills in, written {@code {名前}} in {@code
 * templates/wording.yaml}: 「{総数}件（うち、非公表基準該当{非公表}件）」.
 *
 * @param pieces literal text and places, in order
 */
public record Phrase(List<Piece> pieces) {

  private static final Pattern PLACE = Pattern.compile("\\{([^{}]*)\\}");

  /**
   * Literal text, or the name of a place to fill in.
   *
   * @param place whether {@code text} names a place rather than being printed as it is
   */
  public record Piece(String text, boolean place) {}

  public Phrase {
    pieces = List.copyOf(pieces);
  }

  /** Splits the text at its places; braces that do not enclose a name stay literal text. */
  public static Phrase parse(String text) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = PLACE.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        pieces.add(new Piece(text.substring(at, m.start()), false));
      }
      pieces.add(new Piece(m.group(1), true));
      at = m.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), false));
    }
    return new Phrase(pieces);
  }

  /** The names of its places, in order, repeated as often as they occur. */
  public List<String> places() {
    return pieces.stream().filter(Piece::place).map(Piece::text).toList();
  }

  /** The text as written in a file, places in braces: what {@link #parse} read it from. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Piece p : pieces) {
      out.append(p.place() ? "{" + p.text() + "}" : p.text());
    }
    return out.toString();
  }

  /** The text with every place filled in; the names were checked against the values on loading. */
  String fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (Piece p : pieces) {
      out.append(p.place() ? values.get(p.text()) : p.text());
    }
    return out.toString();
  }
}
