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
