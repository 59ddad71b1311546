package kohyo.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, for tests that look at a page as a person would:
 * start and stop, a screenshot to a file, and an axe-core accessibility run.
 *
 * <p>The driver is always given by path ({@code /usr/bin/chromedriver}, or {@code
 * -Dkohyo.chromedriver}), so Selenium Manager never tries to download a browser. Each browser gets
 * a fresh profile folder and no background network traffic.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = System.getProperty("kohyo.chromium", "/usr/bin/chromium");
  public static final String CHROMEDRIVER =
      System.getProperty("kohyo.chromedriver", "/usr/bin/chromedriver");

  /** WCAG 2.1 A and AA. */
  public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether this machine has the browser and its driver (CI installs both; see .ci/run). */
  public static boolean available() {
    return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  /**
   * Skips the calling test class when there is no browser on a developer's machine, but fails it
   * under .ci/run (which installs the browser and sets {@code KOHYO_REQUIRE_BROWSER}): in CI a
   * browser test that did not run is not a pass.
   */
  public static void requireOrSkip() {
    if (available()) {
      return;
    }
    String message =
        "chromium and chromium-driver are not installed (apt-get install -y chromium"
            + " chromium-driver; .ci/run does this)";
    if (System.getenv("KOHYO_REQUIRE_BROWSER") != null) {
      throw new AssertionError(message);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(false, message);
  }

  /** A headless browser with a window of the given size (CSS pixels). */
  public static Browser start(int width, int height) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory("kohyo-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--lang=ja",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves what the window shows as PNG; with {@code fullPage} the whole page's height. */
  public Path screenshot(Path file, boolean fullPage) {
    Dimension before = driver.manage().window().getSize();
    try {
      if (fullPage) {
        Number height =
            (Number)
                driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        Number inner = (Number) driver.executeScript("return window.innerHeight");
        int chrome = before.getHeight() - inner.intValue();
        driver
            .manage()
            .window()
            .setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + chrome, 8000)));
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (fullPage) {
        driver.manage().window().setSize(before);
      }
    }
  }

  /**
   * Runs axe-core (the copy bundled with its Maven artifact: nothing is fetched) on the current
   * page with the given tags.
   *
   * @return the violations, one a line (rule, impact, the nodes' selectors), empty when none
   */
  public String axeViolations(List<String> tags) {
    Results results = new AxeBuilder().withTags(tags).analyze(driver);
    List<Rule> violations = results.getViolations();
    return violations.stream()
        .map(
            r ->
                r.getId()
                    + " ("
                    + r.getImpact()
                    + "): "
                    + r.getHelp()
                    + " "
                    + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a leftover temp profile is harmless
      }
    }
  }
}
