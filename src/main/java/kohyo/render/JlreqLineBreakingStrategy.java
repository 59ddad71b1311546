package kohyo.render;

import java.text.BreakIterator;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's hook for where lines may break, answered with {@link JlreqLineBreakIterator}, so that every text
 * of the edition follows the JLREQ line-start and line-end rules whatever its data.
 */
public final class JlreqLineBreakingStrategy implements LineBreakingStrategy {

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakIterator iterator = new JlreqLineBreakIterator(text);
        return () -> {
            int next = iterator.next();
            return next == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(next);
        };
    }
}
