package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kohyo.model.Edition;
import kohyo.testing.PdfA;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archival (PDF/A-1b) rendering of the seed edition beside the official one. That the archival
 * PDF passes both validators is checked on the archived file itself
 * (kohyo.archive.ArchiveCommandTest).
 */
class PdfAOutputTest {

  private static Publisher publisher;
  private static Edition edition;
  private static byte[] archival;
  private static byte[] official;

  @BeforeAll
  static void render() {
    publisher = new Publisher(Periods.home());
    edition = Periods.edition(Periods.SEED);
    archival = publisher.pdf(edition, RenderOptions.archival());
    official = publisher.pdf(edition, RenderOptions.official());
  }

  @Test
  void bothValidatorsRejectTheOfficialNonPdfABuild() {
    List<String> preflight = PdfA.preflightErrors(official);
    List<String> vera = PdfA.veraPdfFailures(official);
    assertFalse(preflight.isEmpty());
    assertFalse(vera.isEmpty());
    // rejected for what PDF/A is about, not because the file could not be read
    assertTrue(vera.stream().anyMatch(f -> f.startsWith("6.7.2-1 ")), vera.toString());
  }

  @Test
  void xmpCarriesTitleLanguageAndDatesOfTheInfoDictionary() throws Exception {
    try (PDDocument doc = Pdfs.open(archival)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      XMPMetadata xmp =
          new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      assertEquals("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】", info.getTitle());
      assertEquals(info.getTitle(), dc.getTitle());
      assertEquals(List.of(Publisher.LANGUAGE), dc.getLanguages());
      assertEquals(Publisher.LANGUAGE, doc.getDocumentCatalog().getLanguage());
      assertEquals(info.getSubject(), dc.getDescription());
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      assertEquals(info.getCreationDate().toInstant(), basic.getCreateDate().toInstant());
      assertEquals(info.getModificationDate().toInstant(), basic.getModifyDate().toInstant());
      assertEquals(
          LocalDate.of(2025, 9, 30).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(),
          basic.getCreateDate().toInstant());
      assertEquals(info.getProducer(), xmp.getAdobePDFSchema().getProducer());
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      assertEquals(1, id.getPart());
      assertEquals("B", id.getConformance());
      assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size());
    }
  }

  @Test
  void officialPdfHasNeitherXmpNorOutputIntent() {
    try (PDDocument doc = Pdfs.open(official)) {
      assertNull(doc.getDocumentCatalog().getMetadata());
      assertTrue(doc.getDocumentCatalog().getOutputIntents().isEmpty());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void archivalPdfIsByteIdenticalAcrossRuns() {
    assertArrayEquals(archival, publisher.pdf(edition, RenderOptions.archival()));
  }
}
