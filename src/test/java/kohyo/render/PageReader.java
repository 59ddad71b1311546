package kohyo.render;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What was really drawn on each page, read back with PDFBox: every glyph with its position, and
 * every thin filled shape (Flying Saucer draws table borders as thin filled polygons, not strokes),
 * in top-left page coordinates.
 */
final class PageReader {

  /**
   * A drawn glyph; x and y are the left edge and the baseline, measured from the top-left corner,
   * in points.
   */
  record Glyph(
      int page,
      String text,
      float x,
      float baseline,
      float width,
      float size,
      TextPosition position) {
    float right() {
      return x + width;
    }

    /**
     * Approximate ink box above and below the baseline for a CJK font (ascent 0.88 em, descent 0.12
     * em).
     */
    float top() {
      return baseline - 0.88f * size;
    }

    float bottom() {
      return baseline + 0.12f * size;
    }
  }

  /** A border segment: a filled shape less than 1.5 pt thick. */
  record Segment(float x0, float y0, float x1, float y1) {
    boolean vertical() {
      return (x1 - x0) < (y1 - y0);
    }

    float cx() {
      return (x0 + x1) / 2;
    }

    float cy() {
      return (y0 + y1) / 2;
    }
  }

  record Page(int number, float width, float height, List<Glyph> glyphs, List<Segment> segments) {}

  private PageReader() {}

  static List<Page> read(PDDocument doc) {
    try {
      List<Page> pages = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        float height = page.getMediaBox().getHeight();
        GlyphCollector glyphs = new GlyphCollector(i + 1);
        glyphs.setStartPage(i + 1);
        glyphs.setEndPage(i + 1);
        glyphs.getText(doc);
        BorderCollector borders = new BorderCollector(page, height);
        borders.processPage(page);
        pages.add(
            new Page(
                i + 1, page.getMediaBox().getWidth(), height, glyphs.glyphs, borders.segments));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps every glyph as drawn (no sorting, no duplicate suppression). */
  private static final class GlyphCollector extends PDFTextStripper {
    private final int page;
    final List<Glyph> glyphs = new ArrayList<>();

    GlyphCollector(int page) {
      this.page = page;
      setSortByPosition(false);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      glyphs.add(
          new Glyph(
              page,
              t.getUnicode(),
              t.getXDirAdj(),
              t.getYDirAdj(),
              t.getWidthDirAdj(),
              t.getFontSizeInPt(),
              t));
    }
  }

  private static final class BorderCollector extends PDFGraphicsStreamEngine {
    private final float pageHeight;
    private final List<Point2D> path = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    final List<Segment> segments = new ArrayList<>();

    BorderCollector(PDPage page, float pageHeight) {
      super(page);
      this.pageHeight = pageHeight;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.add(p0);
      path.add(p1);
      path.add(p2);
      path.add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
      path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
      current = new Point2D.Float(x, y);
      path.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
      path.add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
      take();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      take();
    }

    @Override
    public void strokePath() {
      take();
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void shadingFill(COSName shadingName) {}

    private void take() {
      if (path.isEmpty()) {
        return;
      }
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (Point2D p : path) {
        minX = Math.min(minX, p.getX());
        maxX = Math.max(maxX, p.getX());
        minY = Math.min(minY, p.getY());
        maxY = Math.max(maxY, p.getY());
      }
      path.clear();
      double w = maxX - minX;
      double h = maxY - minY;
      if (Math.min(w, h) < 1.5 && Math.max(w, h) > 1.5) {
        segments.add(
            new Segment(
                (float) minX,
                (float) (pageHeight - maxY),
                (float) maxX,
                (float) (pageHeight - minY)));
      }
    }
  }
}
