package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.testing.Browser;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML twin in headless Chromium, as a reader meets it: no WCAG 2.1 AA violation (axe-core) on
 * a desktop and on a phone-sized window; on a phone only the table scrolls sideways, from a region
 * a keyboard can reach; no text smaller than the PDF's 8.5 pt on screen or on paper; printed, it
 * fits A4 landscape with every cell's text on the page. Screenshots are left in {@code
 * target/twins/} for a person to look at.
 */
class HtmlTwinBrowserTest {

  /** The PDF's smallest text, 8.5 pt, in CSS pixels (96 per inch, 72 points per inch). */
  private static final double PDF_TEXT_PX = 8.5 * 96 / 72;

  private static final Path SHOTS = Path.of("target", "twins");
  private static final Publisher PUBLISHER = new Publisher(Periods.home());

  private static Edition seed;
  private static Path page;
  private static Path empty;
  private static Browser desktop;
  private static Browser phone;

  @BeforeAll
  static void open() throws IOException {
    assumeTrue(
        Browser.available(),
        "chromium and chromium-driver are not installed (.ci/run installs them)");
    Files.createDirectories(SHOTS);
    seed = Periods.edition(Periods.SEED);
    page = SHOTS.resolve("2025-h1.html");
    Files.write(page, PUBLISHER.html(seed));
    empty = SHOTS.resolve("empty.html");
    Files.write(
        empty,
        PUBLISHER.html(
            Periods.edition(
                Periods.empty(Files.createTempDirectory("kohyo-twin-"), "2025-h2", 2025, "下半期"))));
    desktop = Browser.start(1280, 900);
    phone = Browser.start(500, 844);
    // a phone's screen: 390 CSS pixels wide, the viewport meta honoured (headless Chromium will not
    // make a window narrower than 500)
    phone
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
  }

  @AfterAll
  static void close() {
    for (Browser b : new Browser[] {desktop, phone}) {
      if (b != null) {
        b.close();
      }
    }
  }

  @Test
  void noWcag21AaViolationOnADesktopOrAPhone() {
    List<String> found = new ArrayList<>();
    for (Browser b : List.of(desktop, phone)) {
      for (Path p : List.of(page, empty)) {
        b.driver().get(p.toUri().toString());
        String violations = b.axeViolations(Browser.WCAG21_AA);
        if (!violations.isEmpty()) {
          found.add(p.getFileName() + " at " + width(b) + " px:\n" + violations);
        }
      }
    }
    desktop.driver().get(page.toUri().toString());
    desktop.screenshot(SHOTS.resolve("desktop.png"), true);
    phone.driver().get(page.toUri().toString());
    phone.screenshot(SHOTS.resolve("phone.png"), true);
    assertTrue(found.isEmpty(), String.join("\n", found));
  }

  @Test
  void onAPhoneOnlyTheTableScrollsSidewaysFromARegionAKeyboardReaches() {
    phone.driver().get(page.toUri().toString());
    Number pageWidth =
        (Number) phone.driver().executeScript("return document.documentElement.scrollWidth");
    assertTrue(pageWidth.intValue() <= width(phone), "the page itself scrolls sideways");
    @SuppressWarnings("unchecked")
    Map<String, Object> region =
        (Map<String, Object>)
            phone
                .driver()
                .executeScript(
                    "const r = document.querySelector('[role=region]');"
                        + " return {scroll: r.scrollWidth, client: r.clientWidth,"
                        + " tab: r.tabIndex, label: r.getAttribute('aria-labelledby')};");
    assertTrue(
        ((Number) region.get("scroll")).intValue() > ((Number) region.get("client")).intValue(),
        "the table scrolls inside its region: " + region);
    assertEquals(0L, region.get("tab"), "the region takes the keyboard focus");
    // scrolled to its end, the table's last column is in view and NO stays at the left edge
    phone
        .driver()
        .executeScript(
            "const r = document.querySelector('[role=region]'); r.scrollLeft = r.scrollWidth;");
    phone.screenshot(SHOTS.resolve("phone-scrolled.png"), false);
    Number noLeft =
        (Number)
            phone
                .driver()
                .executeScript(
                    "return document.querySelector('tbody th').getBoundingClientRect().left");
    assertTrue(noLeft.doubleValue() >= 0 && noLeft.doubleValue() < 40, "NO in view: " + noLeft);
  }

  @Test
  void noTextSmallerThanThePdfsOnScreenOrOnPaper() {
    for (Browser b : List.of(desktop, phone)) {
      b.driver().get(page.toUri().toString());
      double smallest = smallestText(b);
      assertTrue(smallest >= PDF_TEXT_PX, width(b) + " px wide: " + smallest + " px");
    }
    desktop.driver().get(page.toUri().toString());
    desktop.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      double smallest = smallestText(desktop);
      assertTrue(smallest >= PDF_TEXT_PX, "printed: " + smallest + " px");
    } finally {
      desktop.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** Chromium's own printing: A4 landscape pages holding every cell's text, none cut off. */
  @Test
  void printsOnA4LandscapeWithEveryCellsText() throws IOException {
    desktop.driver().get(page.toUri().toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> printed =
        (Map<String, Object>)
            desktop
                .driver()
                .executeCdpCommand(
                    "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
    Files.write(SHOTS.resolve("2025-h1-printed.pdf"), pdf);
    try (PDDocument doc = Pdfs.open(pdf)) {
      for (PDPage p : doc.getPages()) {
        assertEquals(842, Math.round(p.getMediaBox().getWidth()), "A4 landscape");
        assertEquals(595, Math.round(p.getMediaBox().getHeight()), "A4 landscape");
      }
    }
    String text = Pdfs.squeeze(Pdfs.text(pdf));
    List<String> missing = new ArrayList<>();
    for (PublishedCase c : seed.published()) {
      for (String cell :
          List.of(
              c.summary().joined(),
              c.cause().joined(),
              c.response().joined(),
              // list items print with the ・ that the style sheet draws
              (c.prevention().bulleted() ? "・" : "")
                  + String.join(c.prevention().bulleted() ? "・" : "", c.prevention().lines()))) {
        if (!text.contains(Pdfs.squeeze(cell))) {
          missing.add("NO " + c.no() + ": " + cell);
        }
      }
    }
    assertTrue(missing.isEmpty(), "not on the printed pages: " + missing);
  }

  /** The computed font size, in CSS pixels, of the smallest text on the page. */
  private static double smallestText(Browser b) {
    Number px =
        (Number)
            b.driver()
                .executeScript(
                    "let min = Infinity;"
                        + " const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + " while (w.nextNode()) { if (!w.currentNode.nodeValue.trim()) continue;"
                        + " const s = getComputedStyle(w.currentNode.parentElement);"
                        + " min = Math.min(min, parseFloat(s.fontSize)); }"
                        + " return min;");
    return px.doubleValue();
  }

  private static int width(Browser b) {
    return ((Number) b.driver().executeScript("return window.innerWidth")).intValue();
  }
}
