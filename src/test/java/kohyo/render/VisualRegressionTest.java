package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import kohyo.model.Edition;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Every page of the shipped edition, rasterised by PDFBox, against the reference images committed
 * under src/test/resources/visual/. Only embedded fonts are drawn, so the pictures do not depend on
 * the machine's fonts.
 *
 * <p>To accept a deliberate change of layout: {@code mvn -B test -Dtest=VisualRegressionTest
 * -Dkohyo.updateVisual=true}, look at the new images, and commit them.
 */
class VisualRegressionTest {

  static final String UPDATE = "kohyo.updateVisual";
  static final Path REFERENCES = Path.of("src", "test", "resources", "visual");
  static final Path ACTUAL = Path.of("target", "visual");
  static final float DPI = 60;

  /**
   * A pixel differs when its grey level moves by more than this (of 255): a changed shade of grey
   * shows.
   */
  static final int PIXEL_THRESHOLD = 20;

  /**
   * A page differs when more than this fraction of its pixels differ (one line of text moved is
   * about 0.5%).
   */
  static final double MAX_DIFFERING = 0.002;

  @Test
  void everyPageOfTheShippedEditionLooksLikeItsReference() throws IOException {
    Edition edition = Periods.edition(Periods.SEED);
    List<BufferedImage> pages =
        rasterise(new Publisher(Periods.home()).pdf(edition, RenderOptions.official()));
    String prefix = "edition-" + edition.name() + "-page-";
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(REFERENCES);
      try (var old = Files.list(REFERENCES)) {
        for (Path p : old.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
          Files.delete(p);
        }
      }
      for (int i = 0; i < pages.size(); i++) {
        ImageIO.write(pages.get(i), "png", REFERENCES.resolve(prefix + (i + 1) + ".png").toFile());
      }
      System.out.println("visual references rewritten in " + REFERENCES.toAbsolutePath());
      return;
    }
    List<String> failures = new ArrayList<>();
    int references = 0;
    while (Files.exists(REFERENCES.resolve(prefix + (references + 1) + ".png"))) {
      references++;
    }
    assertTrue(
        references > 0,
        "no reference images in " + REFERENCES + "; create them with -D" + UPDATE + "=true");
    for (int i = 0; i < pages.size(); i++) {
      String name = prefix + (i + 1) + ".png";
      Path reference = REFERENCES.resolve(name);
      BufferedImage actual = pages.get(i);
      if (!Files.exists(reference)) {
        failures.add(
            "page " + (i + 1) + " has no reference " + reference + ": " + keep(name, actual, null));
        continue;
      }
      BufferedImage expected = ImageIO.read(reference.toFile());
      Comparison c = compare(expected, actual);
      if (c.fraction() > MAX_DIFFERING) {
        failures.add(
            String.format(
                "page %d differs in %.3f%% of its pixels (allowed %.3f%%): %s",
                i + 1, c.fraction() * 100, MAX_DIFFERING * 100, keep(name, actual, c.diff())));
      }
    }
    if (pages.size() != references) {
      failures.add("the edition has " + pages.size() + " pages, the references " + references);
    }
    if (!failures.isEmpty()) {
      fail(
          String.join("\n", failures)
              + "\nIf the change is intended: mvn -B test -Dtest=VisualRegressionTest -D"
              + UPDATE
              + "=true, then commit "
              + REFERENCES);
    }
  }

  @Test
  void rasterisingTheSamePdfTwiceGivesTheSamePixels() throws IOException {
    byte[] pdf =
        new Publisher(Periods.home()).pdf(Periods.edition(Periods.SEED), RenderOptions.official());
    List<BufferedImage> a = rasterise(pdf);
    List<BufferedImage> b = rasterise(pdf);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(0.0, compare(a.get(i), b.get(i)).fraction(), "page " + (i + 1));
    }
  }

  static List<BufferedImage> rasterise(byte[] pdf) throws IOException {
    try (PDDocument doc = Pdfs.open(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<BufferedImage> pages = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
      }
      return pages;
    }
  }

  record Comparison(double fraction, BufferedImage diff) {}

  /**
   * Differing pixels in red over a faded copy of the actual page; a size mismatch counts as all
   * different.
   */
  static Comparison compare(BufferedImage expected, BufferedImage actual) {
    int w = actual.getWidth();
    int h = actual.getHeight();
    BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    if (expected.getWidth() != w || expected.getHeight() != h) {
      return new Comparison(1.0, actual);
    }
    long differing = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int a = expected.getRaster().getSample(x, y, 0);
        int b = actual.getRaster().getSample(x, y, 0);
        if (Math.abs(a - b) > PIXEL_THRESHOLD) {
          differing++;
          diff.setRGB(x, y, 0xFF0000);
        } else {
          int faded = 192 + b / 4;
          diff.setRGB(x, y, faded << 16 | faded << 8 | faded);
        }
      }
    }
    return new Comparison((double) differing / ((long) w * h), diff);
  }

  private static String keep(String name, BufferedImage actual, BufferedImage diff)
      throws IOException {
    Files.createDirectories(ACTUAL);
    Path a = ACTUAL.resolve("actual-" + name);
    ImageIO.write(actual, "png", a.toFile());
    if (diff == null) {
      return "actual image " + a.toAbsolutePath();
    }
    Path d = ACTUAL.resolve("diff-" + name);
    ImageIO.write(diff, "png", d.toFile());
    return "actual " + a.toAbsolutePath() + ", diff " + d.toAbsolutePath();
  }
}
