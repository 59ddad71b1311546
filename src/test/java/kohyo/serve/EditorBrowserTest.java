package kohyo.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kohyo.editor.Commands;
import kohyo.testing.Browser;
import kohyo.testing.EditorFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk's path through the editor in a real browser (headless Chromium): create a period, add a
 * case with mistakes, see each error at its field, fix it, acknowledge a finding with a reason, see
 * the draft, build, change a case and review the change against the last build, build again; then
 * {@code kohyo build} of the folder gives the editor's PDF byte for byte. Every page visited must
 * have no WCAG 2.1 AA violation (axe-core).
 *
 * <p>The screenshots are written to {@code target/screenshots/}; with {@code
 * -Dkohyo.updateScreenshots=true} they also replace the README's pictures in {@code docs/editor/}
 * (look at them before committing).
 */
class EditorBrowserTest {

  private static final Path SHOTS = Path.of("target/screenshots");
  private static final Path DOCS = Path.of("docs/editor");

  /** The screenshots the README's clerk section shows. */
  private static final java.util.Set<String> README =
      java.util.Set.of(
          "01-periods",
          "02-new-period",
          "05-case-errors",
          "06-case-finding",
          "08-cases",
          "09-preview",
          "10-built",
          "11-review",
          "13-withheld-case");

  private static EditorFixture editor;
  private static Browser browser;
  private static ChromeDriver d;
  private final List<String> violations = new ArrayList<>();

  @BeforeAll
  static void start() {
    Browser.requireOrSkip();
    editor = EditorFixture.start();
    browser = Browser.start(1280, 900);
    d = browser.driver();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (editor != null) {
      editor.close();
    }
  }

  @Test
  void aClerkPublishesAHalfYear() throws IOException {
    d.get(editor.server().url().toString());
    assertEquals("期間の一覧", heading());
    check("01-periods");

    click(By.linkText("新しい期間を作る"));
    assertEquals("2025", value("年度"), "the next half after the latest period is suggested");
    assertTrue(d.findElement(By.id("f-区分-下半期")).isSelected());
    assertEquals("○県", value("公表主体"));
    check("02-new-period");
    click(By.cssSelector("form button[type=submit]"));
    assertTrue(heading().startsWith("令和7年度下半期の事案"), heading());
    assertTrue(Files.isRegularFile(editor.data().resolve("2025-h2/period.yaml")));
    check("03-empty-period");

    // a case with two typical mistakes: a date outside the half, and a phone number in the text
    click(By.linkText("事案を追加する"));
    check("04-new-case");
    type("所属", "本庁");
    type("発生日", "R7.9.30");
    type("事案の概要", "県の相談窓口（0120-123-456）あての案内メールを、宛先を誤って送信したもの。");
    type("発生原因", "送信前に宛先を確認しなかったことによるもの。");
    type("対応", "誤送信先に削除を依頼し、削除されたことを確認した。");
    d.findElement(By.cssSelector("label[for='f-二次被害-無']")).click();
    d.findElement(By.id("f-再発防止策-0")).sendKeys("送信前に宛先を複数人で確認することとした。");
    save();
    assertTrue(d.getTitle().startsWith("エラー: "), d.getTitle());
    WebElement summary = d.findElement(By.cssSelector(".error-summary"));
    assertTrue(summary.getText().contains("期間"), summary.getText());
    String dateError = d.findElement(By.id("f-発生日-error")).getText();
    assertTrue(dateError.contains("期間"), dateError);
    assertEquals("true", d.findElement(By.id("f-発生日")).getAttribute("aria-invalid"));
    assertTrue(d.findElement(By.id("hl-事案の概要")).getText().contains("電話番号"));
    check("05-case-errors");

    // keyboard: the summary's link takes the clerk to the field
    WebElement link = summary.findElement(By.cssSelector("a[href='#f-発生日']"));
    link.sendKeys(Keys.ENTER);
    assertEquals("f-発生日", d.switchTo().activeElement().getAttribute("id"));

    // fix the date (in 和暦 with full-width digits, as typed with an IME) and see how it prints
    WebElement date = d.findElement(By.id("f-発生日"));
    date.clear();
    date.sendKeys("令和７年１０月３日");
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> x.findElement(By.id("date-hint")).getText().contains("R7.10.3"));
    assertTrue(d.findElement(By.id("date-hint")).getText().contains("NO 1"));
    // Enter in a text field saves (the first button of the form is 保存する)
    WebElement page = d.findElement(By.tagName("html"));
    d.findElement(By.id("f-所属")).sendKeys(Keys.ENTER);
    waitForNewPage(page);
    assertFalse(d.findElements(By.id("f-発生日-error")).size() > 0, "the date error is gone");
    assertTrue(d.findElement(By.cssSelector(".error-summary")).getText().contains("0120-123-456"));

    // acknowledge the public number with a reason
    d.findElement(By.cssSelector("textarea[name='_発見.理由']")).sendKeys("県の相談窓口の代表番号（公開済み）");
    check("06-case-finding");
    save();
    assertTrue(d.findElements(By.cssSelector(".error-summary")).isEmpty(), d.getPageSource());
    assertTrue(d.findElement(By.cssSelector("mark.ack")).getText().contains("0120-123-456"));
    String file =
        Files.list(editor.data().resolve("2025-h2/cases"))
            .findFirst()
            .orElseThrow()
            .getFileName()
            .toString();
    assertEquals("2025-09-30-01.yaml", file, "named after the date first saved");
    String yaml = Files.readString(editor.data().resolve("2025-h2/cases/" + file));
    assertTrue(yaml.contains("確認済み:") && yaml.contains("理由: 県の相談窓口の代表番号（公開済み）"), yaml);
    check("07-case-saved");

    // the draft
    click(By.linkText("事案の一覧に戻る"));
    check("08-cases");
    click(By.linkText("校正刷り（案）を見る"));
    assertTrue(
        d.findElement(By.cssSelector(".pages img"))
            .getAttribute("naturalWidth")
            .matches("[1-9][0-9]+"));
    check("09-preview");

    // the official build
    click(By.linkText("事案の一覧に戻る"));
    click(By.xpath("//button[normalize-space()='公表版（PDF）を作る']"));
    assertTrue(d.findElement(By.cssSelector(".notice")).getText().contains("完了"));
    assertTrue(Files.isRegularFile(editor.root().resolve("out/2025-h2.pdf")));
    check("10-built");

    // a change, reviewed against the last build
    click(By.linkText("事案の一覧に戻る"));
    click(By.partialLinkText("県の相談窓口"));
    WebElement response = d.findElement(By.id("f-対応"));
    response.clear();
    response.sendKeys("誤送信先に電話で削除を依頼し、削除されたことを確認した。");
    save();
    click(By.linkText("事案の一覧に戻る"));
    click(By.linkText("前の版と比べる"));
    assertTrue(
        d.findElement(By.cssSelector(".diff ins")).getText().contains("電話で"),
        d.findElement(By.tagName("main")).getText());
    assertTrue(d.findElement(By.tagName("main")).getText().contains("NO 1（R7.10.3）変更"));
    assertFalse(d.findElements(By.partialLinkText("差分の校正刷り")).isEmpty());
    check("11-review");

    click(By.linkText("事案の一覧に戻る"));
    click(By.xpath("//button[normalize-space()='公表版（PDF）を作る']"));
    assertTrue(d.findElement(By.cssSelector(".notice")).getText().contains("完了"));
    Commands.Run cli =
        EditorFixture.run(
            List.of(
                "build",
                editor.data().resolve("2025-h2").toString(),
                "-o",
                editor.root().resolve("cli-out").toString()));
    assertEquals(0, cli.exitCode(), cli.err());
    assertArrayEquals(
        Files.readAllBytes(editor.root().resolve("out/2025-h2.pdf")),
        Files.readAllBytes(editor.root().resolve("cli-out/2025-h2.pdf")),
        "./kohyo build of the folder gives the editor's official PDF byte for byte");

    assertEquals("", String.join("\n", violations), "WCAG 2.1 AA violations (axe-core)");
  }

  @Test
  void withheldCasesShowOnlyTheirCriterionAndDate() {
    d.get(editor.server().url().toString());
    click(By.linkText("令和7年度上半期"));
    String list = d.findElement(By.tagName("main")).getText();
    assertTrue(list.contains("非公表（基準3）"), list);
    assertFalse(list.contains("WITHHELD-MARKER"), list);
    check("12-shipped-period");
    click(By.linkText("非公表（基準3）"));
    // the office's own tool: the form shows the withheld case to edit
    assertTrue(d.findElement(By.id("f-所属")).getAttribute("value").contains("WITHHELD-MARKER"));
    assertTrue(d.findElement(By.cssSelector(".info-box")).getText().contains("非公表の事案です"));
    check("13-withheld-case");
    d.get(editor.base() + "/p/2025-h1/preview");
    assertFalse(d.getPageSource().contains("WITHHELD-MARKER"));
    check("14-shipped-preview");
    assertEquals("", String.join("\n", violations), "WCAG 2.1 AA violations (axe-core)");
  }

  @Test
  void everyOtherPageIsAccessibleToo() throws IOException {
    d.get(editor.server().url().toString());
    d.get(editor.base() + "/p/2025-h1/period");
    check("15-period-form");
    d.get(editor.base() + "/p/2025-h1/archive");
    check("16-archive-form");
    d.get(editor.base() + "/p/2025-h1/c/01-ryakurekisho-funshitsu.yaml/delete");
    assertTrue(heading().contains("削除しますか"));
    check("17-delete");
    d.get(editor.base() + "/p/2025-h1/review?against=archive");
    check("18-review-nothing-archived");
    d.get(editor.base() + "/p/2025-h1/no-such-page");
    check("19-not-found");
    Path broken = editor.data().resolve("2025-h1/cases/50-broken.yaml");
    Files.writeString(broken, "所属：本庁\n");
    d.get(editor.base() + "/p/2025-h1/c/50-broken.yaml");
    assertTrue(d.findElement(By.tagName("main")).getText().contains("全角コロン"));
    check("20-raw");
    d.get(editor.base() + "/p/2025-h1/");
    check("21-period-with-errors");
    Files.delete(broken);
    // two clerks: the file changes on disk after this form was opened
    d.get(editor.base() + "/p/2025-h1/c/02-jogen-bunsho-gosofu.yaml");
    Path file = editor.data().resolve("2025-h1/cases/02-jogen-bunsho-gosofu.yaml");
    Files.writeString(file, Files.readString(file).replace("出先機関", "別の課"));
    d.findElement(By.id("discard-ok")).click();
    save();
    assertTrue(d.findElement(By.id("conflict-title")).isDisplayed());
    assertTrue(d.findElement(By.cssSelector(".conflict")).getText().contains("別の課"));
    check("22-conflict");
    assertEquals("", String.join("\n", violations), "WCAG 2.1 AA violations (axe-core)");
  }

  // --- helpers

  private void check(String name) {
    String found = browser.axeViolations(Browser.WCAG21_AA);
    if (!found.isEmpty()) {
      violations.add(name + " (" + d.getCurrentUrl() + "):\n" + found);
    }
    Path shot = browser.screenshot(SHOTS.resolve(name + ".png"), true);
    if (Boolean.getBoolean("kohyo.updateScreenshots") && README.contains(name)) {
      try {
        Files.createDirectories(DOCS);
        Files.copy(shot, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static String heading() {
    return d.findElement(By.tagName("h1")).getText();
  }

  private static String value(String name) {
    return d.findElement(By.name(name)).getAttribute("value");
  }

  private static void type(String name, String text) {
    WebElement e = d.findElement(By.id("f-" + name));
    e.clear();
    e.sendKeys(text);
  }

  /** Clicks something that loads a new page, and waits for that page. */
  private static void click(By by) {
    WebElement target = d.findElement(by);
    WebElement page = d.findElement(By.tagName("html"));
    target.click();
    waitForNewPage(page);
  }

  private static void waitForNewPage(WebElement old) {
    new WebDriverWait(d, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(old));
    waitForLoad();
  }

  private static void save() {
    click(By.cssSelector("button[name=_action][value=save]"));
  }

  private static void waitForLoad() {
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x -> "complete".equals(((ChromeDriver) x).executeScript("return document.readyState")));
  }
}
