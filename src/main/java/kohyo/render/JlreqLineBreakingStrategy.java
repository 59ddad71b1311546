package kohyo.render;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's hook for where lines may break, answered by {@link JlreqLineBreaks}, so that
 * every text of the edition follows the JLREQ line-start and line-end rules whatever its data.
 */
public final class JlreqLineBreakingStrategy implements LineBreakingStrategy {

  @Override
  public BreakPointsProvider getBreakPointsProvider(
      String text, String language, CalculatedStyle style) {
    // lazily: Flying Saucer asks again for the rest of the text after every line
    JlreqLineBreaks breaks = new JlreqLineBreaks(text);
    return () -> {
      int next = breaks.next();
      return next == JlreqLineBreaks.DONE ? BreakPoint.getDonePoint() : new BreakPoint(next);
    };
  }
}
