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
          "13-withheld-case",
          "21-period-with-errors");

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
    assertNothingRemembered();
    check("02-new-period");
    click(By.cssSelector("form button[type=submit]"));
    assertTrue(heading().startsWith("令和7年度下半期の事案"), heading());
    assertFalse(heading().contains("2025-h2"), "the period by its name, not its folder");
    assertTrue(Files.isRegularFile(editor.data().resolve("2025-h2/period.yaml")));
    check("03-empty-period");

    // a case with typical mistakes: January of the next year written with this year (R7.1.20 in
    // 下半期), a phone number in the text, 二次被害 not chosen
    click(By.linkText("事案を追加する"));
    assertNothingRemembered();
    for (String group : List.of("field-公表", "field-二次被害")) {
      assertTrue(
          d.findElement(By.id(group)).getText().contains("矢印キー"),
          group + " says how to choose with the keyboard");
    }
    assertTrue(d.getTitle().contains("令和7年度下半期"), d.getTitle());
    check("04-new-case");
    type("所属", "本庁");
    type("発生日", "R7.1.20");
    // the hint while typing says what check will say, in the same words
    waitForText(By.id("date-hint"), "期間内の「R8.1.20」ではありませんか");
    type("事案の概要", "県の相談窓口（0120-123-456）あての案内メールを、宛先を誤って送信したもの。");
    type("発生原因", "送信前に宛先を確認しなかったことによるもの。");
    type("対応", "誤送信先に削除を依頼し、削除されたことを確認した。");
    d.findElement(By.id("f-再発防止策-0")).sendKeys("送信前に宛先を複数人で確認することとした。");
    save();
    assertTrue(d.getTitle().startsWith("エラー: "), d.getTitle());
    WebElement summary = d.findElement(By.cssSelector(".error-summary"));
    assertTrue(summary.getText().contains("期間内の「R8.1.20」ではありませんか"), summary.getText());
    assertTrue(summary.getText().contains("「二次被害の有無」で 有 か 無 を選んでください。"), summary.getText());
    assertEquals(
        List.of("#field-発生日", "#field-事案の概要", "#field-二次被害"),
        summary.findElements(By.tagName("a")).stream()
            .map(a -> a.getDomAttribute("href"))
            .distinct()
            .toList(),
        "the summary in the order of the form");
    assertEquals("true", d.findElement(By.id("f-発生日")).getDomAttribute("aria-invalid"));
    assertTrue(d.findElement(By.id("hl-事案の概要")).getText().contains("電話番号"));
    check("05-case-errors");

    // keyboard: the summary's link takes the clerk to the field, its label and message in view
    WebElement link = summary.findElement(By.cssSelector("a[href='#field-発生日']"));
    link.sendKeys(Keys.ENTER);
    assertEquals("f-発生日", d.switchTo().activeElement().getDomAttribute("id"));
    assertInView(d.findElement(By.cssSelector("label[for='f-発生日']")));
    assertInView(d.findElement(By.id("f-発生日-error")));

    // fix the date (in 和暦 with full-width digits, as typed with an IME) and see how it prints
    WebElement date = d.findElement(By.id("f-発生日"));
    date.clear();
    date.sendKeys("令和８年１月２０日");
    waitForText(By.id("date-hint"), "R8.1.20");
    assertTrue(d.findElement(By.id("date-hint")).getText().contains("NO 1"));
    d.findElement(By.cssSelector("label[for='f-二次被害-無']")).click();
    // Enter in a text field saves (the first button of the form is 保存する)
    WebElement page = d.findElement(By.tagName("html"));
    d.findElement(By.id("f-所属")).sendKeys(Keys.ENTER);
    waitForNewPage(page);
    assertFalse(d.findElements(By.id("f-発生日-error")).size() > 0, "the date error is gone");
    assertTrue(d.findElement(By.cssSelector(".error-summary")).getText().contains("0120-123-456"));

    // 再発防止策: a second item, added and moved up without leaving the place or losing the cursor
    scrollTo(d.findElement(By.id("field-再発防止策")));
    long scrolled = scrollY();
    d.findElement(By.cssSelector("button[value='item-add']")).click();
    waitForFocus("f-再発防止策-1");
    assertTrue(Math.abs(scrollY() - scrolled) < 200, "still at the list: " + scrollY());
    d.switchTo().activeElement().sendKeys("個人情報を含むメールは上長が確認してから送信することとした。");
    d.findElement(By.cssSelector("button[value='item-up:1']")).click();
    waitForFocus("f-再発防止策-0");
    assertTrue(d.switchTo().activeElement().getDomProperty("value").startsWith("個人情報を含む"));
    assertTrue(Math.abs(scrollY() - scrolled) < 200, "still at the list: " + scrollY());

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
    assertEquals("事案-01.yaml", file, "named in the order cases are created, not by a date");
    String yaml = Files.readString(editor.data().resolve("2025-h2/cases/" + file));
    assertTrue(yaml.contains("確認済み:") && yaml.contains("理由: 県の相談窓口の代表番号（公開済み）"), yaml);
    assertTrue(yaml.indexOf("個人情報を含むメール") < yaml.indexOf("送信前に宛先を複数人で"), "moved up: " + yaml);
    check("07-case-saved");

    // the draft
    click(By.linkText("事案の一覧に戻る"));
    check("08-cases");
    click(By.linkText("校正刷り（案）を見る"));
    assertTrue(heading().contains("令和7年度下半期"), heading());
    assertTrue(
        d.findElement(By.cssSelector(".pages img"))
            .getDomProperty("naturalWidth")
            .matches("[1-9][0-9]+"));
    assertFalse(
        d.findElement(By.cssSelector("details.technical")).getDomProperty("open").equals("true"));
    check("09-preview");

    // the official build: a link to open it and the folder it was written to
    click(By.linkText("事案の一覧に戻る"));
    click(By.xpath("//button[normalize-space()='公表版（PDF）を作る']"));
    assertTrue(d.findElement(By.cssSelector(".notice")).getText().contains("作りました"));
    Path pdf = editor.root().resolve("out/2025-h2.pdf").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(pdf));
    assertTrue(d.findElement(By.tagName("main")).getText().contains(pdf.toString()), "full path");
    assertEquals(
        "/p/2025-h2/official.pdf",
        d.findElement(By.linkText("公表版（PDF）を開く")).getDomAttribute("href"));
    check("10-built");

    // a change, reviewed against the last build
    click(By.linkText("事案の一覧に戻る"));
    assertTrue(d.findElement(By.tagName("main")).getText().contains(pdf.toString()));
    click(By.partialLinkText("県の相談窓口"));
    WebElement response = d.findElement(By.id("f-対応"));
    response.clear();
    response.sendKeys("誤送信先に電話で削除を依頼し、削除されたことを確認した。");
    save();
    click(By.linkText("事案の一覧に戻る"));
    click(By.linkText("前の版と比べる"));
    WebElement ins = d.findElement(By.cssSelector(".diff ins"));
    assertTrue(ins.getText().contains("電話で"), d.findElement(By.tagName("main")).getText());
    assertEquals(
        "rgba(255, 240, 122, 1)",
        ins.getCssValue("background-color"),
        "marked as the redline PDF marks it");
    assertTrue(d.findElement(By.tagName("main")).getText().contains("NO 1（R8.1.20）変更"));
    assertFalse(d.findElements(By.partialLinkText("差分の校正刷り")).isEmpty());
    check("11-review");

    click(By.linkText("事案の一覧に戻る"));
    click(By.xpath("//button[normalize-space()='公表版（PDF）を作る']"));
    assertTrue(d.findElement(By.cssSelector(".notice")).getText().contains("作りました"));
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
    assertTrue(d.findElement(By.id("f-所属")).getDomProperty("value").contains("WITHHELD-MARKER"));
    assertTrue(d.findElement(By.cssSelector(".info-box")).getText().contains("非公表の事案です"));
    // what a save drops is named without its text (the comments mention the case)
    String dropped = d.findElement(By.id("not-kept")).getText();
    assertTrue(dropped.contains("コメント（# で始まる部分）（4 行）"), dropped);
    assertFalse(dropped.contains("描画しない"), dropped);
    String form = d.findElement(By.tagName("form")).getText();
    assertFalse(form.contains("PDF"), "nothing of a withheld case goes into a PDF: " + form);
    assertNothingRemembered();
    check("13-withheld-case");
    // typed with the keyboard and left with Tab: the hint follows
    WebElement date = d.findElement(By.id("f-発生日"));
    date.clear();
    date.sendKeys("R7.7.16", Keys.TAB);
    waitForText(By.id("date-hint"), "R7.7.16（令和7年7月16日）");
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
    Files.delete(broken);
    // a day that does not exist: the period's page names the case, not the file, and links to
    // the field; 公表版を作る waits until it is fixed
    Path wrong = editor.data().resolve("2025-h1/cases/60-wrong-day.yaml");
    Files.writeString(
        wrong,
        Files.readString(editor.data().resolve("2025-h1/cases/01-ryakurekisho-funshitsu.yaml"))
            .replace("2025-04-25", "2025-06-31")
            .replace("所属内で", "別の所属内で"));
    d.get(editor.base() + "/p/2025-h1/");
    assertFalse(d.findElement(By.xpath("//button[normalize-space()='公表版（PDF）を作る']")).isEnabled());
    String problems = d.findElement(By.id("cannot-publish")).getText();
    assertTrue(problems.contains("NO 未定（2025-06-31）「"), problems);
    assertTrue(problems.contains("2025年6月は30日までです"), problems);
    assertFalse(problems.contains(".yaml"), problems);
    check("21-period-with-errors");
    click(By.partialLinkText("2025年6月は30日までです"));
    assertEquals("f-発生日", d.switchTo().activeElement().getDomAttribute("id"));
    assertInView(d.findElement(By.cssSelector("label[for='f-発生日']")));
    d.get(editor.base() + "/p/2025-h1/archive");
    assertTrue(d.findElement(By.id("cannot-archive")).getText().contains("2025年6月は30日までです"));
    check("23-archive-with-errors");
    // a build asked for anyway (from a page opened before the error): refused, the cases named
    d.get(editor.base() + "/p/2025-h1/new");
    WebElement page = d.findElement(By.tagName("html"));
    d.executeScript(
        "const f = document.createElement('form'); f.method = 'post';"
            + " f.action = '/p/2025-h1/build'; const t = document.createElement('input');"
            + " t.type = 'hidden'; t.name = '_csrf'; t.value = arguments[0]; f.appendChild(t);"
            + " document.body.appendChild(f); f.submit();",
        d.findElement(By.name("_csrf")).getDomProperty("value"));
    waitForNewPage(page);
    assertTrue(
        d.findElement(By.cssSelector(".error-summary")).getText().contains("NO 未定（2025-06-31）"));
    check("24-build-with-errors");
    Files.delete(wrong);
    d.get(editor.base() + "/p/2025-h1/archive");
    click(By.xpath("//button[normalize-space()='保管する']"));
    assertTrue(d.findElement(By.cssSelector(".notice")).getText().contains("保管しました"));
    check("25-archived");
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

  /** Every field of the form tells the browser not to remember what is typed in it. */
  private static void assertNothingRemembered() {
    List<WebElement> fields =
        d.findElements(By.cssSelector("main input:not([type=hidden]), main textarea"));
    assertFalse(fields.isEmpty());
    for (WebElement f : fields) {
      assertEquals(
          "off", f.getDomAttribute("autocomplete"), "autocomplete of " + f.getDomAttribute("id"));
    }
  }

  private static void assertInView(WebElement e) {
    Number top = (Number) d.executeScript("return arguments[0].getBoundingClientRect().top", e);
    Number height = (Number) d.executeScript("return window.innerHeight");
    assertTrue(
        top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(),
        e.getText() + " at " + top + " is out of view");
  }

  private static void scrollTo(WebElement e) {
    d.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
  }

  private static long scrollY() {
    return ((Number) d.executeScript("return Math.round(window.scrollY)")).longValue();
  }

  /** Waits until the input with this id has the focus (htmx swaps the part that holds it). */
  private static void waitForFocus(String id) {
    new WebDriverWait(d, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            x -> id.equals(((ChromeDriver) x).executeScript("return document.activeElement.id")));
  }

  private static void waitForText(By by, String text) {
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> x.findElement(by).getText().contains(text));
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
