package kohyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kohyo.check.ClerkMistakeTable;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Cli;
import kohyo.testing.HtmlPage;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No text of a withheld case reaches any output. Each output of the tool is one entry in {@link
 * #outputs()}: a name and a way to read it as bytes; every entry is searched for the withheld
 * case's markers in UTF-8, UTF-16 (both byte orders, as PDF strings are written) and Latin-1.
 *
 * <p>Covered: build (official and --draft; the PDF and its HTML and CSV twins), check, archive,
 * verify --rebuild and diff (text and --pdf), with a withheld case that changed between the two
 * versions diffed. To cover a new command, run it once in {@link #runEverything()} and add its
 * outputs to {@link #outputs()}. Error messages about a broken withheld case are covered by {@link
 * #brokenWithheldCases()}.
 */
class WithheldConfidentialityTest {

  /**
   * Strings of the seed's withheld case (data/2025-h1/cases/99-withheld.yaml) that must never come
   * out.
   */
  static final List<String> SECRETS =
      List.of(
          Periods.WITHHELD_MARKER, "WITHHELD", "非公表事案の内容", "テスト用の標識文字列", "MARKER-所属", "MARKER-概要");

  @TempDir static Path dir;

  private static Path period;
  private static Path out;
  private static Captured build;
  private static Captured check;
  private static byte[] pdf;
  private static byte[] html;
  private static byte[] csv;
  private static Path draftOut;
  private static Captured draft;
  private static Path archive;
  private static Captured archiving;
  private static Captured replacing;
  private static Captured verify;
  private static Path redline;
  private static Captured diff;

  /** One output of the tool, read as bytes. */
  interface Output {
    byte[] read() throws IOException;
  }

  @BeforeAll
  static void runEverything() {
    period = Periods.copySeed(dir, "2025-h1");
    out = dir.resolve("out");
    build = Captured.run("build", period.toString(), "-o", out.toString());
    assertEquals(0, build.exitCode(), build.all());
    check = Captured.run("check", period.toString());
    assertEquals(0, check.exitCode(), check.all());
    try {
      pdf = Files.readAllBytes(out.resolve("2025-h1.pdf"));
      html = Files.readAllBytes(out.resolve("2025-h1.html"));
      csv = Files.readAllBytes(out.resolve("2025-h1.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    draftOut = dir.resolve("draft");
    draft = Captured.run("build", "--draft", period.toString(), "-o", draftOut.toString());
    assertEquals(0, draft.exitCode(), draft.all());
    // a second version in which the withheld case and a published case both changed
    Path changed = Periods.copySeed(dir.resolve("v2"), "2025-h1");
    Periods.write(
        changed.resolve("cases/99-withheld.yaml"),
        read(period.resolve("cases/99-withheld.yaml"))
            .replace("WITHHELD-MARKER-対応-7f3a", "WITHHELD-MARKER-対応-changed-7f3a"));
    Periods.write(
        changed.resolve("cases/01-ryakurekisho-funshitsu.yaml"),
        read(period.resolve("cases/01-ryakurekisho-funshitsu.yaml")).replace("紛失した", "所在不明となった"));
    archive = dir.resolve("archive");
    archiving = Captured.run("archive", period.toString(), "--to", archive.toString());
    assertEquals(0, archiving.exitCode(), archiving.all());
    // the second version replaces the first: the archive holds both versions' inputs
    replacing =
        Captured.run(
            "archive", changed.toString(), "--to", archive.toString(), "--replace", "事案の訂正");
    assertEquals(0, replacing.exitCode(), replacing.all());
    // from the archive alone: the data lies elsewhere and is not needed
    verify = Captured.run("verify", archive.toString(), "--rebuild");
    assertEquals(0, verify.exitCode(), verify.all());
    assertTrue(verify.out().contains("再構築して照合: 1/1 期間、履歴 1/1 版"), verify.out());
    redline = dir.resolve("redline.pdf");
    diff =
        Captured.run(
            "diff",
            period.toString(),
            changed.toString(),
            "--pdf",
            redline.toString(),
            "--color=never");
    assertEquals(1, diff.exitCode(), diff.all());
    assertTrue(diff.out().contains("非公表 1件 変更"), diff.out());
  }

  static Stream<Arguments> outputs() {
    Map<String, Output> outputs = new java.util.LinkedHashMap<>();
    outputs.put("PDF text", () -> utf8(Pdfs.text(pdf)));
    outputs.put("PDF Info dictionary", WithheldConfidentialityTest::info);
    outputs.put("PDF XMP metadata", WithheldConfidentialityTest::xmp);
    outputs.put("PDF bookmarks (outline)", WithheldConfidentialityTest::outline);
    outputs.put("PDF every decoded stream and raw byte", () -> Pdfs.everyDecodedByte(pdf));
    outputs.put(
        "XHTML handed to the renderer",
        () ->
            utf8(
                new Publisher(Periods.home())
                    .xhtml(Periods.edition(period), RenderOptions.official())));
    outputs.put("HTML twin (build): every byte", () -> html);
    outputs.put(
        "HTML twin: the text a reader sees, attributes included",
        WithheldConfidentialityTest::htmlText);
    outputs.put("CSV twin (build): every byte", () -> csv);
    outputs.put(
        "CSV twin read by a CSV parser: every field", WithheldConfidentialityTest::csvFields);
    outputs.put("names of the files written", () -> utf8(fileNames(out)));
    outputs.put("build stdout and stderr (and System.out/err)", () -> utf8(build.all()));
    outputs.put("check stdout and stderr (and System.out/err)", () -> utf8(check.all()));
    outputs.put(
        "draft PDF (build --draft): every decoded byte and the text",
        () -> pdfEverything(Files.readAllBytes(draftOut.resolve("2025-h1（案）.pdf"))));
    outputs.put("build --draft stdout and stderr", () -> utf8(draft.all()));
    outputs.put(
        "archive: every file's bytes (PDF/A, manifest, SHA256SUMS, inputs, objects, history)",
        () -> everyFile(archive));
    outputs.put(
        "archive: the PDF/A's decoded streams, XMP and text",
        () -> pdfEverything(Files.readAllBytes(archive.resolve("2025-h1").resolve("2025-h1.pdf"))));
    outputs.put(
        "archive: the replaced version's PDF/A in history",
        () ->
            pdfEverything(
                Files.readAllBytes(archive.resolve("2025-h1/history/1").resolve("2025-h1.pdf"))));
    outputs.put("archive: names of the files written", () -> utf8(fileNames(archive)));
    outputs.put(
        "archive, archive --replace and verify --rebuild stdout and stderr",
        () -> utf8(archiving.all() + replacing.all() + verify.all()));
    outputs.put("diff stdout and stderr (withheld case changed)", () -> utf8(diff.all()));
    outputs.put(
        "diff --pdf redline: every decoded byte and the text",
        () -> pdfEverything(Files.readAllBytes(redline)));
    return outputs.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void withheldTextNeverAppearsIn(Output output) throws IOException {
    assertNoSecret(output.read(), SECRETS);
  }

  /**
   * Broken withheld cases: the message names the file and the line, never a key or value of the
   * file.
   */
  static Stream<Arguments> brokenWithheldCases() {
    String head = "公表: 非公表\n非公表基準: 3\n";
    String body = "所属: WITHHELD-MARKER-所属-7f3a\n事案の概要: WITHHELD-MARKER-概要-7f3a\n";
    return Stream.of(
        broken("bad date", head + "発生日: WITHHELD-MARKER-date-7f3a\n" + body, 3),
        broken("impossible date", head + "発生日: 2025-02-30\n" + body, 3),
        broken("date outside the period", head + "発生日: 2024-07-15\n" + body, 3),
        broken(
            "unknown key whose name is the secret",
            head + "発生日: 2025-07-15\n" + "WITHHELD-MARKER-key-7f3a: 値\n" + body,
            4),
        broken("misspelt key", head + "発生日: 2025-07-15\n事案の概容: WITHHELD-MARKER-x-7f3a\n", 4),
        broken(
            "duplicate key",
            head + "発生日: 2025-07-15\n" + body + "所属: WITHHELD-MARKER-dup-7f3a\n",
            6),
        broken(
            "criterion of the wrong type",
            "公表: 非公表\n非公表基準: WITHHELD-MARKER-c-7f3a\n" + "発生日: 2025-07-15\n" + body,
            2),
        broken(
            "criterion as a list",
            "公表: 非公表\n非公表基準: [WITHHELD-MARKER-c-7f3a]\n" + "発生日: 2025-07-15\n" + body,
            2),
        broken("invalid criterion", "公表: 非公表\n非公表基準: 7\n発生日: 2025-07-15\n" + body, 2),
        broken("missing criterion", "公表: 非公表\n発生日: 2025-07-15\n" + body, 1),
        // the 公表 value is the mistake, not the criterion beside it (issue 11)
        broken(
            "publication value misspelt",
            "公表: 非公表WITHHELD-MARKER\n非公表基準: 3\n発生日: 2025-07-15\n" + body,
            1),
        broken(
            "publication value misspelt, no criterion",
            "公表: 非公表WITHHELD-MARKER\n発生日: 2025-07-15\n" + body,
            1),
        broken("date as a mapping", head + "発生日: {WITHHELD-MARKER-d-7f3a: 1}\n" + body, 3),
        broken(
            "key that is not a string",
            head + "発生日: 2025-07-15\n? [WITHHELD-MARKER-k-7f3a]\n: x\n" + body,
            4),
        broken(
            "type tag",
            head
                + "発生日: 2025-07-15\n所属: !!javax.script.ScriptEngineManager "
                + "[WITHHELD-MARKER-t-7f3a]\n",
            4),
        broken("unclosed quote", head + "発生日: 2025-07-15\n所属: \"WITHHELD-MARKER-q-7f3a\n", 4),
        broken("full-width colon", head + "発生日: 2025-07-15\nWITHHELD-MARKER-所属：7f3a\n", 4),
        broken("control character", head + "発生日: 2025-07-15\n所属: WITHHELD-MARKER\u0007-7f3a\n", 4),
        broken("not a mapping", "- WITHHELD-MARKER-list-7f3a\n- 非公表\n", 1),
        broken("undefined alias", head + "発生日: 2025-07-15\n所属: *WITHHELD-MARKER\n", 4),
        broken(
            "says both 公表 and 非公表",
            "公表: 公表\n" + head + "発生日: 2025-07-15\n" + "所属: WITHHELD-MARKER 090-1234-5678 田中様\n",
            2),
        broken(
            "published first, criterion later",
            "公表: 公表\n発生日: 2025-07-15\n" + "所属: WITHHELD-MARKER 090-1234-5678 田中様\n非公表基準: 3\n",
            4),
        broken(
            "publication key misspelt",
            "公表の別: 非公表\n非公表基準: 3\n発生日: 2025-07-15\n" + "対応: WITHHELD-MARKER 090-1234-5678 田中様\n",
            1),
        broken(
            "publication key misspelt, no criterion",
            "公表の別: 非公表\n発生日: 2025-07-15\n" + "対応: WITHHELD-MARKER 090-1234-5678 田中様\n",
            1),
        broken(
            "criterion key misspelt, no publication key",
            "非公表基: 3\n発生日: 2025-07-15\n" + "対応: WITHHELD-MARKER 090-1234-5678 田中様\n",
            1),
        broken(
            "withheld first, published later",
            "公表: 非公表\n発生日: 2025-07-15\n" + "所属: WITHHELD-MARKER 090-1234-5678 田中様\n公表: 公表\n",
            4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenWithheldCases")
  void errorsAboutAWithheldCaseNameFileAndLineOnly(String scenario, String text, int line)
      throws IOException {
    Path folder =
        Periods.copySeed(dir.resolve("broken-" + Math.abs(scenario.hashCode())), "2025-h1");
    Path file = folder.resolve("cases/99-withheld.yaml");
    Periods.write(file, text);
    Path target = dir.resolve("broken-out-" + Math.abs(scenario.hashCode()));
    for (String command : List.of("check", "build")) {
      Captured r =
          command.equals("check")
              ? Captured.run("check", folder.toString())
              : Captured.run("build", folder.toString(), "-o", target.toString());
      assertEquals(1, r.exitCode(), r.all());
      Matcher m =
          Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):(\\d+): (.+)").matcher(r.err());
      List<Integer> lines = new ArrayList<>();
      while (m.find()) {
        lines.add(Integer.parseInt(m.group(1)));
        assertTrue(Integer.parseInt(m.group(2)) >= 1);
      }
      assertTrue(lines.contains(line), "expected a problem at line " + line + ": " + r.err());
      assertNoSecret(
          utf8(r.all()),
          List.of("WITHHELD", "MARKER", "7f3a", "javax", "ScriptEngine", "1234-5678", "田中"));
      assertFalse(Files.exists(target), "nothing written");
    }
  }

  /**
   * Every row of the table of clerk mistakes, typed into a withheld case whose text carries the
   * markers: check and build name the file, and say nothing of its text (nor, for a date, the date
   * that was probably meant).
   */
  static Stream<Arguments> clerkMistakesInAWithheldCase() {
    return ClerkMistakeTable.rows().stream()
        .filter(ClerkMistakeTable.Row::aboutLines)
        .map(r -> Arguments.of(Named.of(r.title(), r)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clerkMistakesInAWithheldCase")
  void clerkMistakesInAWithheldCaseNeverQuoteIt(ClerkMistakeTable.Row row) {
    String name = "mistake-" + Integer.toHexString(row.title().hashCode());
    Path folder =
        row.half().equals("上半期")
            ? Periods.copySeed(dir.resolve(name), "2025-h1")
            : Periods.copySeedAsSecondHalf(dir.resolve(name), "2025-h2");
    Path file = folder.resolve("cases/99-withheld.yaml");
    String text = row.file();
    if (!text.startsWith("公表:")) {
      text = "公表: 非公表\n非公表基準: 3\n" + text;
    }
    // the markers stand in the text around each mistake
    text =
        text.replace("した", "したWITHHELD-MARKER-7f3a")
            .replace("本庁", "MARKER-本庁-7f3a")
            .replace("確認", "確認MARKER-7f3a");
    Periods.write(file, text);
    Path target = dir.resolve(name + "-out");
    List<String> secrets = new ArrayList<>(List.of("WITHHELD", "MARKER", "7f3a"));
    secrets.addAll(row.secrets());
    for (String command : List.of("check", "build")) {
      Captured r =
          command.equals("check")
              ? Captured.run("check", folder.toString())
              : Captured.run("build", folder.toString(), "-o", target.toString());
      assertTrue(
          r.err().contains(file.toString()) || r.exitCode() == 0,
          "the file is named or nothing is said: " + r.all());
      assertNoSecret(utf8(r.all()), secrets);
    }
  }

  private static Arguments broken(String scenario, String text, int line) {
    return Arguments.of(scenario, text, line);
  }

  static void assertNoSecret(byte[] haystack, List<String> secrets) {
    for (String secret : secrets) {
      for (Charset cs :
          List.of(
              StandardCharsets.UTF_8,
              StandardCharsets.UTF_16BE,
              StandardCharsets.UTF_16LE,
              StandardCharsets.ISO_8859_1)) {
        byte[] needle = secret.getBytes(cs);
        if (cs == StandardCharsets.ISO_8859_1 && !secret.chars().allMatch(c -> c < 0x80)) {
          continue;
        }
        assertEquals(-1, indexOf(haystack, needle), "「" + secret + "」 found (" + cs + ")");
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The page as parsed: every text node and attribute value, with the entities resolved. */
  private static byte[] htmlText() {
    HtmlPage page = HtmlPage.parse(html);
    StringBuilder all = new StringBuilder(page.dom().getDocumentElement().getTextContent());
    for (org.w3c.dom.Element e : page.all("*")) {
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        all.append('\n').append(e.getAttributes().item(i).getNodeValue());
      }
    }
    assertTrue(all.toString().contains("11件（うち、非公表基準該当1件）"), "the count is there: " + all);
    return utf8(all.toString());
  }

  private static byte[] csvFields() throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8);
    StringBuilder all = new StringBuilder();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      for (CSVRecord r : parser) {
        r.forEach(field -> all.append(field).append('\n'));
      }
    }
    assertTrue(all.toString().contains("略歴書"), "the published cases are there");
    return utf8(all.toString());
  }

  private static byte[] info() throws IOException {
    try (PDDocument doc = Pdfs.open(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      StringBuilder all = new StringBuilder();
      for (COSName key : info.getCOSObject().keySet()) {
        all.append(key.getName())
            .append('=')
            .append(info.getCOSObject().getDictionaryObject(key))
            .append('\n');
      }
      assertTrue(all.toString().contains("Title"), "the Info dictionary was read: " + all);
      return utf8(all.toString());
    }
  }

  private static byte[] xmp() throws IOException {
    try (PDDocument doc = Pdfs.open(pdf)) {
      PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
      return metadata == null ? new byte[0] : metadata.toByteArray();
    }
  }

  private static byte[] outline() throws IOException {
    try (PDDocument doc = Pdfs.open(pdf)) {
      StringBuilder titles = new StringBuilder();
      collect(doc.getDocumentCatalog().getDocumentOutline(), titles);
      return utf8(titles.toString());
    }
  }

  private static void collect(PDOutlineNode node, StringBuilder titles) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      titles.append(item.getTitle()).append('\n');
      collect(item, titles);
    }
  }

  private static String fileNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return String.join("\n", files.map(Path::toString).toList());
    }
  }

  private static byte[] pdfEverything(byte[] file) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(Pdfs.everyDecodedByte(file));
    all.writeBytes(utf8(Pdfs.text(file)));
    return all.toByteArray();
  }

  private static byte[] everyFile(Path root) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        all.writeBytes(Files.readAllBytes(f));
      }
    }
    return all.toByteArray();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A CLI run with everything it printed: its own writers and anything a library wrote to
   * System.out/err.
   */
  record Captured(int exitCode, String out, String err, String system) {

    static synchronized Captured run(String... args) {
      PrintStream oldOut = System.out;
      PrintStream oldErr = System.err;
      ByteArrayOutputStream sys = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(sys, true, StandardCharsets.UTF_8);
      System.setOut(capture);
      System.setErr(capture);
      try {
        Cli.Result r = Cli.run(args);
        return new Captured(r.exitCode(), r.out(), r.err(), sys.toString(StandardCharsets.UTF_8));
      } finally {
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
    }

    String all() {
      return out + err + system;
    }
  }
}
