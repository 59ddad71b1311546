package kohyo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads what was really rendered, with PDFBox. */
public final class Pdfs {

  private Pdfs() {}

  public static PDDocument open(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole document's text in content-stream order. */
  public static String text(byte[] pdf) {
    try (PDDocument doc = open(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One string per page. */
  public static List<String> pageTexts(byte[] pdf) {
    try (PDDocument doc = open(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text with all white space removed, for comparisons that must not depend on where lines wrap.
   */
  public static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  /**
   * Every stream of the file decoded (fonts, content, metadata), concatenated with the raw file
   * bytes: what a determined reader could dig out of the PDF.
   */
  public static byte[] everyDecodedByte(byte[] pdf) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(pdf);
    try (PDDocument doc = open(pdf)) {
      for (COSObject object :
          doc.getDocument().getXrefTable().keySet().stream()
              .map(k -> doc.getDocument().getObjectFromPool(k))
              .toList()) {
        COSBase base = object.getObject();
        if (base instanceof COSStream stream) {
          try (InputStream in = stream.createInputStream()) {
            all.writeBytes(in.readAllBytes());
          } catch (IOException e) {
            // a stream PDFBox cannot decode is still in the raw bytes above
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toByteArray();
  }
}
