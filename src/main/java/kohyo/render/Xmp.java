package kohyo.render;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.XmpArray;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The XMP metadata stream of a PDF/A-1b file. PDF/A requires it to agree with the Info dictionary,
 * so it is made from that dictionary (OpenPDF copies title, subject, creator, producer and the
 * dates) and adds what Info cannot hold: the document language and the PDF/A identification.
 */
final class Xmp {

  private Xmp() {}

  static byte[] of(PdfDictionary info, String language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmpWriter xmp = new XmpWriter(out, info, PdfWriter.PDFA1B)) {
      XmpArray languages = new XmpArray(XmpArray.UNORDERED);
      languages.add(language);
      // not a DublinCoreSchema: its constructor adds dc:format, which the first description already
      // has
      XmpSchema dc =
          new XmpSchema(
              "xmlns:"
                  + DublinCoreSchema.DEFAULT_XPATH_ID
                  + "=\""
                  + DublinCoreSchema.DEFAULT_XPATH_URI
                  + "\"") {
            private static final long serialVersionUID = 1L;
          };
      dc.setProperty(DublinCoreSchema.LANGUAGE, languages);
      xmp.addRdfDescription(dc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
