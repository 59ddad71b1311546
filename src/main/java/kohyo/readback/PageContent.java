package kohyo.readback;

import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What one page draws, in top-down page coordinates: every glyph with its position and where its
 * shape comes from, and every thin filled or stroked shape (the table's cell borders; Flying Saucer
 * draws each as a narrow filled polygon), clipped as the page shows them.
 *
 * @param number the page's number, from 1
 */
public record PageContent(
    int number, float width, float height, List<Glyph> glyphs, List<Line> lines) {

  /**
   * A glyph as drawn (none sorted away or merged): left x, baseline y (from the top), advance width
   * and font size, all in points; the font's name and where the glyph's shape comes from.
   */
  public record Glyph(
      String text, float x, float baseline, float width, float size, String font, Outline outline) {

    public float right() {
      return x + width;
    }

    public float centerX() {
      return x + width / 2;
    }

    /** Roughly the middle of the glyph's body, which lies above the baseline. */
    public float centerY() {
      return baseline - size * 0.35f;
    }

    /** Top of the glyph's body for a CJK font (ascent 0.88 em). */
    public float top() {
      return baseline - 0.88f * size;
    }

    /** Bottom of the glyph's body for a CJK font (descent 0.12 em). */
    public float bottom() {
      return baseline + 0.12f * size;
    }
  }

  /** Where a glyph's shape comes from, which decides whether every reader sees it. */
  public enum Outline {
    /** An outline in a font embedded in the file: drawn alike everywhere. */
    DRAWN,
    /** A glyph of an embedded font without any outline: blank on paper (right only for a space). */
    EMPTY,
    /** The embedded font's glyph 0 (.notdef): the font lacks the character. */
    NOTDEF,
    /** A font not embedded in the file: each reader substitutes what its machine has. */
    NOT_EMBEDDED,
    /** The font cannot be read back (damaged, or a kind without outlines). */
    UNREADABLE
  }

  /**
   * A border, from the top: vertical at x {@code at} from y {@code from} to {@code to}, or
   * horizontal at y {@code at} from x {@code from} to {@code to}.
   */
  public record Line(boolean vertical, float at, float from, float to) {}

  /** Thinner than this (points) is a border, not a filled box such as the header shading. */
  private static final float THIN = 2f;

  /** Every page of the document in order. */
  public static List<PageContent> readAll(PDDocument doc) throws IOException {
    Outlines outlines = new Outlines();
    List<PageContent> pages = new ArrayList<>();
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      pages.add(read(doc, i, outlines));
    }
    return pages;
  }

  private static PageContent read(PDDocument doc, int pageIndex, Outlines outlines)
      throws IOException {
    PDPage page = doc.getPage(pageIndex);
    float height = page.getMediaBox().getHeight();
    Glyphs glyphs = new Glyphs(outlines);
    glyphs.setStartPage(pageIndex + 1);
    glyphs.setEndPage(pageIndex + 1);
    glyphs.getText(doc);
    Borders borders = new Borders(page, height);
    borders.processPage(page);
    return new PageContent(
        pageIndex + 1, page.getMediaBox().getWidth(), height, glyphs.found, borders.found);
  }

  private static final class Glyphs extends PDFTextStripper {
    final List<Glyph> found = new ArrayList<>();
    private final Outlines outlines;

    Glyphs(Outlines outlines) {
      this.outlines = outlines;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String text = t.getUnicode();
      found.add(
          new Glyph(
              text == null ? "" : text,
              t.getXDirAdj(),
              t.getYDirAdj(),
              t.getWidthDirAdj(),
              t.getFontSizeInPt(),
              t.getFont().getName(),
              outlines.of(t.getFont(), t.getCharacterCodes()[0])));
    }
  }

  /** Where each glyph's shape comes from, looked up once per font and character code. */
  private static final class Outlines {
    private final Map<PDFont, Map<Integer, Outline>> known = new HashMap<>();

    Outline of(PDFont font, int code) {
      return known
          .computeIfAbsent(font, f -> new HashMap<>())
          .computeIfAbsent(code, c -> find(font, c));
    }

    private static Outline find(PDFont font, int code) {
      if (!font.isEmbedded()) {
        return Outline.NOT_EMBEDDED;
      }
      if (!(font instanceof PDVectorFont vector) || font.isDamaged()) {
        return Outline.UNREADABLE;
      }
      try {
        if (!vector.hasGlyph(code)) {
          return Outline.NOTDEF;
        }
        return vector.getPath(code).getPathIterator(null).isDone() ? Outline.EMPTY : Outline.DRAWN;
      } catch (IOException | RuntimeException e) {
        // the glyph data of any PDF given to diff is read here: hostile or damaged data must not
        // stop the reading, and a reader that cares learns of it from the value
        return Outline.UNREADABLE;
      }
    }
  }

  private static final class Borders extends PDFGraphicsStreamEngine {
    final List<Line> found = new ArrayList<>();
    private final float pageHeight;
    private final List<Point2D> path = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private boolean clipPending;

    Borders(PDPage page, float pageHeight) {
      super(page);
      this.pageHeight = pageHeight;
    }

    /**
     * A thin shape, clipped to what the page shows: a table row split over pages is drawn whole on
     * each of them and clipped to the page's content area, so its unclipped borders lie far off the
     * page and would take the page number below the table into the row.
     */
    private void shape() {
      if (path.isEmpty()) {
        return;
      }
      Rectangle2D box = bounds(path);
      path.clear();
      Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
      double minX = Math.max(box.getMinX(), clip.getMinX());
      double maxX = Math.min(box.getMaxX(), clip.getMaxX());
      double minY = Math.max(box.getMinY(), clip.getMinY());
      double maxY = Math.min(box.getMaxY(), clip.getMaxY());
      if (box.getWidth() < THIN && box.getHeight() > 2 * THIN) {
        if (maxY - minY > 0 && box.getMaxX() >= clip.getMinX() && box.getMinX() <= clip.getMaxX()) {
          found.add(
              new Line(
                  true,
                  (float) box.getCenterX(),
                  (float) (pageHeight - maxY),
                  (float) (pageHeight - minY)));
        }
      } else if (box.getHeight() < THIN && box.getWidth() > 2 * THIN) {
        // a border below the clip is the bottom of what the page shows of its row
        double y = Math.max(clip.getMinY(), Math.min(clip.getMaxY(), box.getCenterY()));
        if (maxX - minX > 0) {
          found.add(new Line(false, (float) (pageHeight - y), (float) minX, (float) maxX));
        }
      }
    }

    private static Rectangle2D bounds(List<Point2D> points) {
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (Point2D p : points) {
        minX = Math.min(minX, p.getX());
        maxX = Math.max(maxX, p.getX());
        minY = Math.min(minY, p.getY());
        maxY = Math.max(maxY, p.getY());
      }
      return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.addAll(List.of(p0, p1, p2, p3));
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
      if (clipPending && !path.isEmpty()) {
        // a clip is set by a path that is then ended unpainted (W n); the engine leaves applying it
        // to us
        getGraphicsState().intersectClippingPath(new Area(bounds(path)));
      }
      clipPending = false;
      path.clear();
    }

    @Override
    public void strokePath() {
      shape();
    }

    @Override
    public void fillPath(int windingRule) {
      shape();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      shape();
    }

    @Override
    public void clip(int windingRule) {
      clipPending = true;
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
