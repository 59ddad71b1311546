package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;
import kohyo.model.Text;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CSV twin read back with a real CSV parser (Apache Commons CSV, RFC 4180) equals the edition
 * field by field; its bytes are UTF-8 with a byte order mark, records end with CRLF, and the CSVs
 * of several periods concatenate (each after the first without its header row) into one dataset. If
 * LibreOffice is installed, it opens the CSV with the Japanese intact.
 */
class CsvTwinTest {

  private static final Wording WORDING = Wording.load(Periods.home());
  private static final Publisher PUBLISHER = new Publisher(Periods.home());
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** What the header row must say: the columns, in its order. */
  private static final List<String> HEADER =
      List.of(
          "公表主体", "年度", "区分", "NO", "所属", "発生日", "発生日（和暦）", "事案の概要", "発生原因", "対応", "二次被害の有無",
          "再発防止策", "備考");

  @TempDir static Path tmp;

  private static Edition seed;
  private static Edition generated;

  @BeforeAll
  static void editions() {
    seed = Periods.edition(Periods.SEED);
    generated =
        Periods.edition(
            GeneratedPeriod.write(tmp, "2025-h2", GeneratedPeriod.SEED, GeneratedPeriod.CASES));
  }

  @Test
  void shippedEditionReadsBackEqualToTheModelFieldByField() throws IOException {
    assertDataset(parse(text(PUBLISHER.csv(seed))), List.of(seed));
  }

  @Test
  void generatedPeriodReadsBackEqualToTheModelFieldByField() throws IOException {
    assertDataset(parse(text(PUBLISHER.csv(generated))), List.of(generated));
  }

  @Test
  void utf8WithByteOrderMarkAndEveryRecordEndedByCrlf() {
    byte[] csv = PUBLISHER.csv(seed);
    assertArrayEquals(BOM, Arrays.copyOf(csv, 3), "starts with the UTF-8 byte order mark");
    String text = text(csv);
    assertTrue(text.startsWith(String.join(",", HEADER) + "\r\n"), text.lines().findFirst().get());
    assertTrue(text.endsWith("\r\n"));
    // the case text has no CR: every CR ends a record, and a record's fields keep their LF
    assertEquals(seed.published().size() + 1, text.split("\r\n", -1).length - 1);
    assertFalse(text.replace("\r\n", "").contains("\r"), "a CR outside a CRLF");
    assertTrue(text.contains("\"・"), "a list's items are lines of a quoted field, each with ・");
    assertEquals(
        new String(csv, StandardCharsets.UTF_8),
        "\uFEFF" + text,
        "the rest is UTF-8 (a malformed byte would not decode back)");
  }

  @Test
  void csvsOfSeveralPeriodsConcatenateIntoOneDataset() throws IOException {
    String first = text(PUBLISHER.csv(seed));
    String second = text(PUBLISHER.csv(generated));
    String withoutHeader = second.substring(second.indexOf("\r\n") + 2);
    assertDataset(parse(first + withoutHeader), List.of(seed, generated));
  }

  @Test
  void commasQuotesLineBreaksAndMarkupStayInsideTheirFields() throws IOException {
    Path folder = Periods.empty(tmp, "hostile", 2025, "上半期");
    Periods.write(
        folder.resolve("cases/01.yaml"),
        "所属: \"本庁, 総務課\"\n発生日: 2025-05-01\n"
            + "事案の概要: \"\\\"引用\\\", と, カンマ\"\n"
            + "発生原因: |-\n  一行目,\n  \"二行目\"\n  =1+1 は数式ではなく文字\n"
            + "対応: <b>${7*7}</b> &amp; ]]>\n二次被害: 無\n"
            + "再発防止策:\n  - \"項目, 一\"\n  - 項目\"二\"\n"
            + "備考: \"'先頭の引用符\"\n");
    Edition hostile = Periods.edition(folder);
    List<CSVRecord> records = parse(text(PUBLISHER.csv(hostile)));
    assertDataset(records, List.of(hostile));
    assertEquals("\"引用\", と, カンマ", records.get(0).get("事案の概要"));
    assertEquals("<b>${7*7}</b> &amp; ]]>", records.get(0).get("対応"));
  }

  @Test
  void anEditionWithNothingPublishedIsTheHeaderRowAlone() throws IOException {
    Edition empty = Periods.edition(Periods.empty(tmp, "empty", 2024, "下半期"));
    String text = text(PUBLISHER.csv(empty));
    assertEquals(String.join(",", HEADER) + "\r\n", text);
    assertTrue(parse(text).isEmpty());
  }

  /**
   * LibreOffice converts the CSV to xlsx with every text field intact and the byte order mark not
   * part of the first heading. Headless LibreOffice 7.4 reads a CSV as Windows-1252 unless the
   * import filter names the character set (its import dialog offers it), so the filter says UTF-8.
   */
  @Test
  void libreOfficeOpensItWithTheJapaneseIntact() throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    if (!Files.isExecutable(soffice)) {
      System.out.println(
          "CsvTwinTest: LibreOffice (/usr/bin/soffice) is not installed: skipped opening the CSV"
              + " in LibreOffice (the other CSV checks ran).");
      Assumptions.abort("LibreOffice (/usr/bin/soffice) is not installed");
    }
    Path dir = Files.createDirectories(tmp.resolve("libreoffice"));
    Path csv = dir.resolve("2025-h1.csv");
    Files.write(csv, PUBLISHER.csv(seed));
    Process p =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "xlsx",
                "--outdir",
                dir.toString(),
                csv.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice did not finish");
    Path xlsx = dir.resolve("2025-h1.xlsx");
    assertTrue(Files.exists(xlsx), Files.readString(dir.resolve("soffice.log")));
    List<String> strings = sharedStrings(xlsx);
    assertEquals("公表主体", strings.get(0), "the first heading, without the byte order mark");
    List<String> missing = new ArrayList<>();
    for (String heading : HEADER) {
      if (!strings.contains(heading)) {
        missing.add(heading);
      }
    }
    for (List<String> row : expected(seed)) {
      for (int i : new int[] {0, 2, 4, 6, 7, 8, 9, 10, 11, 12}) {
        if (!row.get(i).isEmpty() && !strings.contains(row.get(i))) {
          missing.add(row.get(i));
        }
      }
    }
    assertTrue(missing.isEmpty(), "not in the spreadsheet as written: " + missing);
  }

  /** Each record equals its case, in order, the editions one after the other. */
  private static void assertDataset(List<CSVRecord> records, List<Edition> editions) {
    List<List<String>> expected = new ArrayList<>();
    editions.forEach(e -> expected.addAll(expected(e)));
    assertEquals(expected.size(), records.size(), "one record per published case");
    for (int r = 0; r < records.size(); r++) {
      CSVRecord record = records.get(r);
      assertEquals(HEADER.size(), record.size(), "record " + (r + 1) + " has every column");
      for (int c = 0; c < HEADER.size(); c++) {
        assertEquals(
            expected.get(r).get(c), record.get(c), "record " + (r + 1) + " " + HEADER.get(c));
      }
    }
  }

  /**
   * The fields as the issue defines them, from the model: 年度 the western fiscal year, 発生日 ISO 8601,
   * 発生日（和暦） as the table prints it, list items as lines starting with ・.
   */
  private static List<List<String>> expected(Edition e) {
    List<List<String>> rows = new ArrayList<>();
    for (PublishedCase c : e.published()) {
      rows.add(
          List.of(
              e.period().issuer(),
              Integer.toString(e.period().fiscalYear()),
              e.period().half().label(),
              Integer.toString(c.no()),
              c.office(),
              c.date().toString(),
              WORDING.date(c.wareki()),
              lines(c.summary()),
              lines(c.cause()),
              lines(c.response()),
              c.secondaryDamage(),
              lines(c.prevention()),
              String.join("\n", WORDING.remarks(c))));
    }
    return rows;
  }

  private static String lines(Text t) {
    return String.join(
        "\n", t.bulleted() ? t.lines().stream().map(l -> "・" + l).toList() : t.lines());
  }

  /** The text after the byte order mark. */
  private static String text(byte[] csv) {
    assertArrayEquals(BOM, Arrays.copyOf(csv, 3));
    return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> parse(String text) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      assertEquals(HEADER, parser.getHeaderNames());
      return parser.getRecords();
    }
  }

  /** The xlsx's shared strings (the text of its cells), in order. */
  private static List<String> sharedStrings(Path xlsx) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      Document doc =
          f.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")));
      NodeList items = doc.getElementsByTagNameNS("*", "si");
      List<String> out = new ArrayList<>();
      for (int i = 0; i < items.getLength(); i++) {
        out.add(((Element) items.item(i)).getTextContent());
      }
      return out;
    }
  }
}
