package kohyo.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kohyo.testing.EditorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor over HTTP (JDK HttpClient): every route, and every guard of the security contract —
 * Host, token, cookie, CSRF, paths that would leave DATA, body size, loopback only, headers.
 */
class EditorHttpTest {

  private static final String CASE = "01-ryakurekisho-funshitsu.yaml";
  private static final String WITHHELD = "99-withheld.yaml";

  private EditorFixture editor;
  private HttpClient http;
  private String cookie;
  private String csrf;

  @BeforeEach
  void start() throws Exception {
    editor = EditorFixture.start();
    openSession();
  }

  /** Opens a session on the running editor: the token for the cookie, a form for the CSRF token. */
  private void openSession() throws Exception {
    http = HttpClient.newHttpClient();
    HttpResponse<String> r = get(editor.server().url().toString(), null);
    assertEquals(303, r.statusCode());
    assertEquals("/", r.headers().firstValue("Location").orElseThrow());
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
    cookie = setCookie.substring(0, setCookie.indexOf(';'));
    Matcher m =
        Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page("/periods/new").body());
    assertTrue(m.find());
    csrf = m.group(1);
  }

  @AfterEach
  void stop() {
    editor.close();
  }

  // --- routes

  @Test
  void everyPageAnswers() throws Exception {
    for (String path :
        new String[] {
          "/",
          "/periods/new",
          "/p/2025-h1/",
          "/p/2025-h1/period",
          "/p/2025-h1/new",
          "/p/2025-h1/c/" + CASE,
          "/p/2025-h1/c/" + CASE + "/delete",
          "/p/2025-h1/c/" + WITHHELD,
          "/p/2025-h1/date-hint?" + form(Map.of("発生日", "R7.6.1")),
          "/p/2025-h1/preview",
          "/p/2025-h1/review",
          "/p/2025-h1/review?against=archive",
          "/p/2025-h1/archive",
          "/assets/editor.css",
          "/assets/htmx.min.js"
        }) {
      HttpResponse<String> r = page(path);
      assertEquals(200, r.statusCode(), path);
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path);
    }
    HttpResponse<byte[]> pdf = bytes("/p/2025-h1/draft.pdf");
    assertEquals(200, pdf.statusCode());
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    HttpResponse<byte[]> png = bytes("/p/2025-h1/page/1.png");
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    assertEquals(404, bytes("/p/2025-h1/page/99.png").statusCode());
  }

  @Test
  void theDateHintShowsTheWarekiAndTheNo() throws Exception {
    String hint = page("/p/2025-h1/date-hint?" + form(Map.of("発生日", "令和７年４月２０日"))).body();
    assertTrue(hint.contains("R7.4.20") && hint.contains("NO 1"), hint);
    hint = page("/p/2025-h1/date-hint?" + form(Map.of("発生日", "2025-13-01"))).body();
    assertTrue(hint.contains("発生日が存在しない日付です"), "the check's own words: " + hint);
  }

  @Test
  void savingWritesCanonicalYamlAndShowsTheCheckAtTheField() throws Exception {
    Map<String, String> f = blankCase();
    f.put("所属", "本庁");
    f.put("発生日", "2025-10-05");
    HttpResponse<String> r = post("/p/2025-h1/new", f);
    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("/p/2025-h1/c/" + segment("事案-01.yaml")), location);
    Path file = editor.data().resolve("2025-h1/cases/事案-01.yaml");
    assertTrue(
        Files.readString(file).startsWith("所属: 本庁\n発生日: 2025-10-05\n"), Files.readString(file));
    String page = page(location).body();
    assertTrue(page.contains("id=\"f-発生日-error\""), "the date error sits at its field");
    assertTrue(page.contains("発生日が期間（2025-04-01〜2025-09-30）の外です。"), "the check's own words");
    assertTrue(
        page.contains("href=\"#field-発生日\"") && page.contains("id=\"field-発生日\""),
        "the error summary links to the field's container");
    assertTrue(page.contains("「事案の概要」を書いてください。"), "an empty field asked for in the form's words");
    assertTrue(page.contains("「二次被害の有無」で 有 か 無 を選んでください。"));
    assertFalse(
        page.contains("必須の項目"),
        "the check's wording is the command line's: "
            + page.substring(
                Math.max(0, page.indexOf("必須の項目") - 300), Math.max(0, page.indexOf("必須の項目") + 50)));
  }

  @Test
  void listItemsAreAddedRemovedAndMovedWithoutSaving() throws Exception {
    Map<String, String> f = blankCase();
    f.put("再発防止策", "一つ目");
    f.put("_action", "item-add");
    String page = post("/p/2025-h1/new", f).body();
    assertTrue(page.contains("id=\"f-再発防止策-1\""), "a second item");
    assertEquals(11, caseCount(), "nothing was saved");
  }

  @Test
  void aFileChangedOnDiskIsNotOverwrittenAndBothVersionsAreShown() throws Exception {
    String form = page("/p/2025-h1/c/" + CASE).body();
    String version = hidden(form, "_version");
    Path file = editor.data().resolve("2025-h1/cases/" + CASE);
    String other = Files.readString(file).replace("本庁", "別の課");
    Files.writeString(file, other);
    Map<String, String> f = blankCase();
    f.put("_version", version);
    f.put("所属", "私の入力");
    f.put("_保存で消える内容を確認", "1");
    HttpResponse<String> r = post("/p/2025-h1/c/" + CASE, f);
    assertEquals(409, r.statusCode());
    assertEquals(other, Files.readString(file), "the other clerk's save is kept");
    assertTrue(r.body().contains("別の課") && r.body().contains("私の入力"), "both versions shown");
    // saving again on purpose overwrites
    f.put("_version", hidden(r.body(), "_version"));
    assertEquals(303, post("/p/2025-h1/c/" + CASE, f).statusCode());
    assertTrue(Files.readString(file).contains("私の入力"));
  }

  @Test
  void theFirstSaveOfAHandWrittenFileSaysWhatIsNotKept() throws Exception {
    String form = page("/p/2025-h1/c/" + WITHHELD).body();
    assertTrue(form.contains("コメント"), "the shipped withheld case has comments");
    Map<String, String> f = fieldsOf(form);
    f.put("_action", "save");
    HttpResponse<String> refused = post("/p/2025-h1/c/" + WITHHELD, f);
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("保存していません"));
    assertTrue(
        Files.readString(editor.data().resolve("2025-h1/cases/" + WITHHELD)).startsWith("#"));
    f.put("_保存で消える内容を確認", "1");
    HttpResponse<String> saved = post("/p/2025-h1/c/" + WITHHELD, f);
    assertEquals(303, saved.statusCode());
    assertTrue(saved.headers().firstValue("Location").orElseThrow().endsWith("saved=dropped"));
    String yaml = Files.readString(editor.data().resolve("2025-h1/cases/" + WITHHELD));
    assertFalse(yaml.contains("#"));
    assertTrue(yaml.contains("公表: 非公表\n非公表基準: 3"), yaml);
  }

  @Test
  void aFileYamlCannotReadOpensAsTextWithTheCheckMessages() throws Exception {
    Path broken = editor.data().resolve("2025-h1/cases/50-broken.yaml");
    Files.writeString(broken, "所属：本庁\n");
    String list = page("/p/2025-h1/").body();
    assertTrue(list.contains("50-broken.yaml") || list.contains("ファイルを読めません"), list);
    String raw = page("/p/2025-h1/c/50-broken.yaml").body();
    assertTrue(raw.contains("全角コロン"), raw);
    HttpResponse<String> saved =
        post(
            "/p/2025-h1/c/50-broken.yaml",
            Map.of("_version", hidden(raw, "_version"), "_raw", "所属: 本庁\n"));
    assertEquals(303, saved.statusCode());
    assertEquals("所属: 本庁\n", Files.readString(broken));
    assertTrue(page("/p/2025-h1/c/50-broken.yaml").body().contains("name=\"所属\" value=\"本庁\""));
  }

  @Test
  void deleteAsksFirstAndDuplicateCopies() throws Exception {
    String confirm = page("/p/2025-h1/c/" + CASE + "/delete").body();
    assertTrue(confirm.contains("削除しますか"));
    Path file = editor.data().resolve("2025-h1/cases/" + CASE);
    assertTrue(Files.exists(file), "asking deletes nothing");
    HttpResponse<String> copy = post("/p/2025-h1/c/" + CASE + "/duplicate", Map.of());
    assertEquals(303, copy.statusCode());
    assertTrue(Files.exists(editor.data().resolve("2025-h1/cases/事案-01.yaml")));
    HttpResponse<String> deleted =
        post("/p/2025-h1/c/" + CASE + "/delete", Map.of("_version", hidden(confirm, "_version")));
    assertEquals(303, deleted.statusCode());
    assertFalse(Files.exists(file));
  }

  @Test
  void aNewPeriodIsCheckedBeforeItIsCreated() throws Exception {
    HttpResponse<String> bad = post("/periods", Map.of("公表主体", "○県", "年度", "25", "区分", "下半期"));
    assertEquals(200, bad.statusCode());
    assertTrue(bad.body().contains("id=\"f-年度-error\""), bad.body());
    try (var s = Files.list(editor.data())) {
      assertEquals(1, s.count(), "nothing left behind");
    }
    HttpResponse<String> ok = post("/periods", Map.of("公表主体", "○県", "年度", "2025", "区分", "下半期"));
    assertEquals(303, ok.statusCode());
    assertTrue(Files.isDirectory(editor.data().resolve("2025-h2/cases")));
    assertEquals(
        "公表主体: ○県\n年度: 2025\n区分: 下半期\n",
        Files.readString(editor.data().resolve("2025-h2/period.yaml")));
  }

  @Test
  void buildAndArchiveRunTheCommands() throws Exception {
    HttpResponse<String> built = post("/p/2025-h1/build", Map.of());
    assertEquals(200, built.statusCode());
    assertTrue(built.body().contains("を作りました（事案 11 件、うち非公表 1 件、掲載 10 件）。"), built.body());
    assertTrue(Files.isRegularFile(editor.root().resolve("out/2025-h1.pdf")));
    String review = page("/p/2025-h1/review").body();
    assertTrue(review.contains("違いはありません"), review);
    HttpResponse<String> archived = post("/p/2025-h1/archive", Map.of());
    assertTrue(archived.body().contains("に保管しました"), archived.body());
    HttpResponse<String> again = post("/p/2025-h1/archive", Map.of());
    assertTrue(again.body().contains("差し替える理由を書いてください"), "replacing asks for a reason");
    assertTrue(page("/p/2025-h1/review?against=archive").body().contains("違いはありません"));
  }

  @Test
  void withheldCasesNeverAppearInListsPreviewsOrReviews() throws Exception {
    assertEquals(200, post("/p/2025-h1/build", Map.of()).statusCode());
    // a change to the withheld case must show as a count only
    Path withheld = editor.data().resolve("2025-h1/cases/" + WITHHELD);
    Files.writeString(withheld, Files.readString(withheld).replace("概要-7f3a", "概要-7f3a-changed"));
    for (String path :
        new String[] {"/", "/p/2025-h1/", "/p/2025-h1/preview", "/p/2025-h1/review"}) {
      String body = page(path).body();
      assertFalse(body.contains("WITHHELD-MARKER"), path);
    }
    assertTrue(page("/p/2025-h1/").body().contains("非公表（基準3）"));
    // a review compares two PDFs, which carry the withheld cases as a count only
    assertTrue(page("/p/2025-h1/review").body().contains("違いはありません"));
    assertFalse(
        new String(bytes("/p/2025-h1/draft.pdf").body(), StandardCharsets.ISO_8859_1)
            .contains("WITHHELD"));
  }

  @Test
  void theCriteriaAreThePublishersAsThePdfPrintsThem() throws Exception {
    String shipped = page("/p/2025-h1/new").body();
    assertEquals(4, count(shipped, "name=\"非公表基準\""), "the shipped four");
    editor.close();
    editor = EditorFixture.start(Path.of("examples/minamihama-machi"));
    openSession();
    String form = page("/p/2024-h2/new").body();
    assertEquals(5, count(form, "name=\"非公表基準\""), "this publisher lists five");
    assertTrue(form.contains("第三者に閲覧されることなく速やかに回収した場合"), form);
  }

  // --- what a clerk walking through the editor found

  @Test
  void theOfficialPdfOpensByPeriodNameFromTheOutputFolderOnly() throws Exception {
    assertEquals(404, bytes("/p/2025-h1/official.pdf").statusCode(), "nothing built yet");
    String built = post("/p/2025-h1/build", Map.of()).body();
    Path pdf = editor.root().resolve("out/2025-h1.pdf").toAbsolutePath().normalize();
    assertTrue(built.contains("href=\"/p/2025-h1/official.pdf\""), built);
    assertTrue(built.contains(pdf.toString()), "the full path where it was written");
    assertTrue(
        built.contains(pdf.toString().replace(".pdf", ".csv")), "and of the twins beside it");
    HttpResponse<byte[]> opened = bytes("/p/2025-h1/official.pdf");
    assertEquals(200, opened.statusCode());
    assertEquals("application/pdf", opened.headers().firstValue("Content-Type").orElse(""));
    assertTrue(opened.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(pdf), opened.body()));
    for (String path : new String[] {"/", "/p/2025-h1/"}) {
      String body = page(path).body();
      assertTrue(body.contains("/p/2025-h1/official.pdf"), path);
    }
    assertTrue(page("/p/2025-h1/").body().contains(pdf.toString()));
    for (String path :
        new String[] {
          "/p/nothing/official.pdf", "/p/..%2Fout/official.pdf", "/p/%2E%2E/official.pdf"
        }) {
      assertEquals(404, bytes(path).statusCode(), path);
    }
    // the name in the output folder leads elsewhere: not served
    Path outside = editor.root().resolve("elsewhere.pdf");
    Files.write(outside, Files.readAllBytes(pdf));
    Files.delete(pdf);
    Files.createSymbolicLink(pdf, outside);
    assertEquals(404, bytes("/p/2025-h1/official.pdf").statusCode());
  }

  @Test
  void everyFieldTellsTheBrowserNotToRememberIt() throws Exception {
    for (String path :
        new String[] {
          "/p/2025-h1/new",
          "/p/2025-h1/c/" + CASE,
          "/p/2025-h1/c/" + WITHHELD,
          "/periods/new",
          "/p/2025-h1/period"
        }) {
      String body = page(path).body();
      Matcher field = Pattern.compile("<(input|textarea)\\b[^>]*>").matcher(body);
      int fields = 0;
      while (field.find()) {
        String tag = field.group();
        if (tag.contains("type=\"hidden\"")) {
          continue;
        }
        fields++;
        assertTrue(tag.contains("autocomplete=\"off\""), path + ": " + tag);
      }
      assertTrue(fields > 2, path);
      assertTrue(
          body.contains("autocomplete=\"off\" novalidate")
              || body.contains("novalidate autocomplete=\"off\""),
          path);
    }
  }

  @Test
  void aBuildWithErrorsNamesTheCasesAndLinksToTheFields() throws Exception {
    assertEquals(200, post("/p/2025-h1/build", Map.of()).statusCode());
    Path pdf = editor.root().resolve("out/2025-h1.pdf");
    byte[] before = Files.readAllBytes(pdf);
    Path cases = editor.data().resolve("2025-h1/cases");
    Files.writeString(
        cases.resolve(CASE),
        Files.readString(cases.resolve(CASE)).replace("2025-04-25", "2025-06-31"));
    Files.writeString(
        cases.resolve(WITHHELD),
        Files.readString(cases.resolve(WITHHELD)).replace("2025-07-15", "2025-07-32"));
    for (String body :
        new String[] {
          post("/p/2025-h1/build", Map.of()).body(),
          post("/p/2025-h1/archive", Map.of()).body(),
          page("/p/2025-h1/review").body(),
          page("/p/2025-h1/preview").body(),
          page("/p/2025-h1/").body(),
          page("/p/2025-h1/archive").body()
        }) {
      String shown = withoutTechnical(body);
      assertTrue(shown.contains("NO 未定（2025-06-31）「出先機関が所属へ持参した"), shown);
      assertTrue(shown.contains("発生日が存在しない日付です（2025年6月は30日までです）。"), shown);
      assertTrue(
          shown.contains(
              "href=\"/p/2025-h1/c/"
                  + CASE
                  + "?at="
                  + URLEncoder.encode("発生日", StandardCharsets.UTF_8)
                  + "\""),
          shown);
      // the withheld case: its criterion and date only, and a message that names no month
      assertTrue(shown.contains("非公表（基準3）（2025-07-32）"), shown);
      assertTrue(shown.contains("日は 1〜31 で書きます"), shown);
      assertFalse(shown.contains("WITHHELD"), shown);
      assertFalse(shown.contains(".yaml:"), "no file positions outside 技術的な情報");
    }
    String list = page("/p/2025-h1/").body();
    assertTrue(
        list.contains(
            "<button class=\"button\" type=\"button\" disabled aria-describedby=\"cannot-publish\">公表版（PDF）を作る</button>"),
        "公表版を作る waits for the errors to be fixed");
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(pdf)), "the last build is kept");
    // the link opens the form with the focus in the field
    String form =
        page("/p/2025-h1/c/" + CASE + "?at=" + URLEncoder.encode("発生日", StandardCharsets.UTF_8))
            .body();
    assertTrue(
        Pattern.compile("<input[^>]*id=\"f-発生日\"[^>]* autofocus").matcher(form).find(), form);
    assertFalse(
        form.contains("tabindex=\"-1\" autofocus"), "the error summary does not take the focus");
  }

  @Test
  void itemActionsComeBackWithTheFocusOnTheItem() throws Exception {
    Map<String, String> f = blankCase();
    f.put("再発防止策", "一つ目");
    f.put("_action", "item-add");
    String added = post("/p/2025-h1/new", f).body();
    assertTrue(autofocused(added, "f-再発防止策-1"), "the new item");
    Map<String, String> two = new LinkedHashMap<>(blankCase());
    two.remove("_action");
    String moved =
        send(
                "/p/2025-h1/new",
                form(two)
                    + "&"
                    + form(Map.of("再発防止策", "一つ目"))
                    + "&"
                    + form(Map.of("再発防止策", "二つ目"))
                    + "&"
                    + form(Map.of("_action", "item-up:1")),
                "application/x-www-form-urlencoded")
            .body();
    assertTrue(autofocused(moved, "f-再発防止策-0"), "the moved item in its new place");
    assertTrue(moved.indexOf(">二つ目</textarea>") < moved.indexOf(">一つ目</textarea>"));
    assertFalse(moved.contains("error-summary"));
    // with htmx the list is swapped in place (the rest of the form keeps what was typed)
    assertTrue(added.contains("hx-post=\"/p/2025-h1/new\" hx-select=\"#field-再発防止策\""), added);
    assertTrue(added.contains("矢印キー"), "radio groups say how to choose with the keyboard");
    assertFalse(added.contains("<ol"), "items are numbered once, by their labels");
  }

  private static boolean autofocused(String page, String id) {
    return Pattern.compile("<textarea[^>]*id=\"" + id + "\"[^>]* autofocus").matcher(page).find();
  }

  @Test
  void aDateInTheWrongYearIsAnsweredWithTheDateMeantWhileTypingAndAfterSaving() throws Exception {
    assertEquals(
        303, post("/periods", Map.of("公表主体", "○県", "年度", "2025", "区分", "下半期")).statusCode());
    String meant = "発生日が期間（2025-10-01〜2026-03-31）の外です。年の書き誤りで、期間内の「R8.1.20」ではありませんか。";
    String hint = page("/p/2025-h2/date-hint?" + form(Map.of("発生日", "R7.1.20"))).body();
    assertEquals(meant, hint.strip(), "the live hint in the check's words");
    Map<String, String> f = blankCase();
    f.put("発生日", "R7.1.20");
    String location = post("/p/2025-h2/new", f).headers().firstValue("Location").orElseThrow();
    String page = page(location).body();
    Matcher error = Pattern.compile("id=\"f-発生日-error\">(.*?)</div>").matcher(page);
    assertTrue(error.find() && error.group(1).contains(meant), page);
    assertTrue(
        page("/p/2025-h2/date-hint?" + form(Map.of("発生日", "2025-11-31")))
            .body()
            .contains("2025年11月は30日までです"));
  }

  @Test
  void newCasesAreNamedInTheOrderTheyAreCreatedAndKeepTheirNames() throws Exception {
    Map<String, String> f = blankCase();
    f.put("発生日", "2025-01-20");
    assertTrue(
        post("/p/2025-h1/new", f)
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains(segment("事案-01.yaml")));
    f.put("発生日", "");
    assertTrue(
        post("/p/2025-h1/new", f)
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains(segment("事案-02.yaml")));
    Path first = editor.data().resolve("2025-h1/cases/事案-01.yaml");
    String opened = page("/p/2025-h1/c/" + segment("事案-01.yaml")).body();
    Map<String, String> fix = fieldsOf(opened);
    fix.put("発生日", "2025-06-20");
    assertEquals(303, post("/p/2025-h1/c/" + segment("事案-01.yaml"), fix).statusCode());
    assertTrue(
        Files.readString(first).contains("発生日: 2025-06-20"), "the date changed, the name did not");
    String confirm = page("/p/2025-h1/c/" + segment("事案-01.yaml") + "/delete").body();
    post(
        "/p/2025-h1/c/" + segment("事案-01.yaml") + "/delete",
        Map.of("_version", hidden(confirm, "_version")));
    f.put("発生日", "2025-06-20");
    assertTrue(
        post("/p/2025-h1/new", f)
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains(segment("事案-03.yaml")),
        "a deleted number is not reused: same-day cases keep the order they were added in");
  }

  @Test
  void whatASaveDropsIsShownWithItsTextExceptForAWithheldCase() throws Exception {
    String published = page("/p/2025-h1/c/04-heimenzu-kojinmei-keisai.yaml").body();
    assertTrue(published.contains("# 令和7年度上半期 公表事案 NO.4"), "the comment itself");
    String withheld = page("/p/2025-h1/c/" + WITHHELD).body();
    assertTrue(withheld.contains("コメント（# で始まる部分）（4 行）"), withheld);
    assertFalse(withheld.contains("描画しない"), "the comment's text is not shown");
    assertFalse(withheld.contains("PDF でも"), "nothing of a withheld case goes into a PDF");
    assertFalse(withheld.contains("頭に「・」"), "nothing of a withheld case goes into a PDF");
  }

  @Test
  void pagesNameThePeriodAndKeepTechnicalWordsFolded() throws Exception {
    post("/p/2025-h1/build", Map.of());
    Path file = editor.data().resolve("2025-h1/cases/" + CASE);
    Files.writeString(file, Files.readString(file).replace("所属内で紛失", "所属内で紛失した"));
    for (String path :
        new String[] {
          "/p/2025-h1/",
          "/p/2025-h1/preview",
          "/p/2025-h1/review",
          "/p/2025-h1/archive",
          "/p/2025-h1/c/" + CASE,
          "/p/2025-h1/new",
          "/p/2025-h1/period"
        }) {
      String body = page(path).body();
      Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(body);
      assertTrue(title.find() && title.group(1).contains("令和7年度上半期"), path + ": " + title);
      String shown = withoutTechnical(body);
      for (String word : new String[] {"./kohyo", "入力指紋", ">2025-h1<", "（2025-h1）"}) {
        assertFalse(shown.contains(word), path + " shows " + word);
      }
    }
    String built = post("/p/2025-h1/build", Map.of()).body();
    assertFalse(withoutTechnical(built).contains("./kohyo"), built);
    assertTrue(
        built.contains("<details class=\"technical\">"), "the command is still there, folded");
    // with an error, the draft's heading still names the period
    Files.writeString(file, Files.readString(file).replace("2025-04-25", "2025-04-31"));
    String preview = page("/p/2025-h1/preview").body();
    assertTrue(preview.contains("<h1>令和7年度上半期の校正刷り（案）</h1>"), preview);
    // the redline says what was compared in a clerk's words
    Files.writeString(file, Files.readString(file).replace("2025-04-31", "2025-04-25"));
    String redline = kohyo.testing.Pdfs.text(bytes("/p/2025-h1/redline.pdf?against=build").body());
    assertTrue(redline.contains("最後の公表版") && redline.contains("いまの入力（令和7年度上半期）"), redline);
    assertFalse(redline.contains("2025-h1.pdf"), redline);
  }

  /** A page without its folded 「技術的な情報」. */
  private static String withoutTechnical(String page) {
    return page.replaceAll("(?s)<details class=\"technical\">.*?</details>", "");
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  // --- guards

  @Test
  void aWrongHostIsRefused() throws Exception {
    String response =
        raw(
            "GET / HTTP/1.1\r\nHost: attacker.example:"
                + editor.server().port()
                + "\r\nCookie: "
                + cookie
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(response.startsWith("HTTP/1.1 403"), response);
    response =
        raw(
            "GET / HTTP/1.1\r\nHost: localhost:"
                + editor.server().port()
                + "\r\nCookie: "
                + cookie
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(response.startsWith("HTTP/1.1 200"), response);
  }

  @Test
  void noTokenOrAWrongTokenIsRefused() throws Exception {
    assertEquals(403, get(editor.base() + "/", null).statusCode());
    assertEquals(403, get(editor.base() + "/p/2025-h1/c/" + CASE, null).statusCode());
    assertEquals(403, get(editor.base() + "/?token=guess", null).statusCode());
    assertEquals(
        403, get(editor.base() + "/", "kohyo_" + editor.server().port() + "=guess").statusCode());
  }

  @Test
  void changesWithoutOrWithAnOldCsrfTokenAreRefused() throws Exception {
    Path file = editor.data().resolve("2025-h1/cases/" + CASE);
    String before = Files.readString(file);
    Map<String, String> f = blankCase();
    f.remove("_csrf");
    f.put("_version", hidden(page("/p/2025-h1/c/" + CASE).body(), "_version"));
    assertEquals(
        403,
        send("/p/2025-h1/c/" + CASE, form(f), "application/x-www-form-urlencoded").statusCode());
    f.put("_csrf", "an-old-token-from-an-earlier-start");
    assertEquals(
        403,
        send("/p/2025-h1/c/" + CASE, form(f), "application/x-www-form-urlencoded").statusCode());
    assertEquals(
        403,
        send("/p/2025-h1/c/" + CASE + "/delete", "", "application/x-www-form-urlencoded")
            .statusCode());
    assertEquals(before, Files.readString(file));
    // a page of another site posting with the right token still fails on its Origin
    HttpRequest foreign =
        HttpRequest.newBuilder(URI.create(editor.base() + "/p/2025-h1/build"))
            .header("Cookie", cookie)
            .header("Origin", "http://attacker.example")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
            .build();
    assertEquals(403, http.send(foreign, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void pathsThatWouldLeaveTheDataFolderAreNotFound() throws Exception {
    for (String path :
        new String[] {
          "/p/../c/x",
          "/p/%2e%2e/cases",
          "/p/2025-h1/c/..%2Fperiod.yaml",
          "/p/2025-h1/c/%2e%2e%2f%2e%2e%2fpom.xml",
          "/p/2025-h1/c/..%5C..%5Cpom.xml",
          "/p/%2Fetc/c/passwd",
          "/p/2025-h1/c/%00.yaml",
          "/p/2025-h1/c/period.yaml",
          "/p/2025-h1/c/.hidden.yaml",
          "/p/nothing/",
          "/p/2025-h1/page/..%2F..%2Fpom.xml",
          "/assets/..%2Fedition.ftlh"
        }) {
      assertEquals(404, page(path).statusCode(), path);
    }
  }

  @Test
  void anOversizedBodyIsRefused() throws Exception {
    String big = "_csrf=" + csrf + "&所属=" + "a".repeat(EditorServer.MAX_BODY + 10);
    assertEquals(
        413, send("/p/2025-h1/new", big, "application/x-www-form-urlencoded").statusCode());
    try (var s = Files.list(editor.data().resolve("2025-h1/cases"))) {
      assertEquals(11, s.count());
    }
  }

  @Test
  void theServerListensOnTheLoopbackAddressOnly() {
    InetSocketAddress bound = editor.server().address();
    assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());
    assertEquals("127.0.0.1", bound.getAddress().getHostAddress());
    // bound to 127.0.0.1 and not to every address: another loopback address is not served
    assertThrows(
        ConnectException.class,
        () -> {
          try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.2", editor.server().port()), 2000);
          }
        });
  }

  // --- helpers

  private int caseCount() throws IOException {
    try (var s = Files.list(editor.data().resolve("2025-h1/cases"))) {
      return (int) s.count();
    }
  }

  private Map<String, String> blankCase() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", csrf);
    f.put("_action", "save");
    return f;
  }

  /** The text inputs, textareas and checked radios of a page's main form. */
  private Map<String, String> fieldsOf(String page) {
    Map<String, String> f = blankCase();
    Matcher input =
        Pattern.compile(
                "<input class=\"input[^\"]*\" type=\"text\"[^>]*name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .matcher(page);
    while (input.find()) {
      f.put(input.group(1), unescape(input.group(2)));
    }
    Matcher area =
        Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(page);
    while (area.find()) {
      f.put(area.group(1), unescape(area.group(2)));
    }
    Matcher radio =
        Pattern.compile("type=\"radio\"[^>]*name=\"([^\"]+)\" value=\"([^\"]*)\"[^>]* checked")
            .matcher(page);
    while (radio.find()) {
      f.put(radio.group(1), radio.group(2));
    }
    f.put("_version", hidden(page, "_version"));
    f.put("_再発防止策の形", hidden(page, "_再発防止策の形"));
    return f;
  }

  private static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String hidden(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    assertTrue(m.find(), name);
    return m.group(1);
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> page(String path) throws Exception {
    return get(editor.base() + path, cookie);
  }

  private HttpResponse<String> get(String url, String withCookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (withCookie != null) {
      b.header("Cookie", withCookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(editor.base() + path)).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> post(String path, Map<String, String> values) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(values);
    all.putIfAbsent("_csrf", csrf);
    return send(path, form(all), "application/x-www-form-urlencoded");
  }

  private HttpResponse<String> send(String path, String body, String type) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(editor.base() + path))
            .header("Cookie", cookie)
            .header("Content-Type", type)
            .header("Origin", editor.base())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  /** A request written by hand, for headers HttpClient will not send (Host). */
  private String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", editor.server().port())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
