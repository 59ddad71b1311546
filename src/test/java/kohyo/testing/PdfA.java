package kohyo.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Two independent PDF/A-1b validators. Each returns the list of failures (empty = compliant), so
 * that a test failure shows what was wrong.
 */
public final class PdfA {

  private static final int MAX_FAILURES = 20;

  private static boolean veraReady;

  private PdfA() {}

  /**
   * Apache PDFBox preflight: its error codes and details; a file it cannot even parse is one
   * failure.
   */
  public static List<String> preflightErrors(byte[] pdf) {
    try (PreflightDocument doc =
        (PreflightDocument) new PreflightParser(new RandomAccessReadBuffer(pdf)).parse()) {
      org.apache.pdfbox.preflight.ValidationResult result = doc.validate();
      return result.getErrorsList().stream().map(PdfA::describe).toList();
    } catch (Exception e) {
      return List.of("unreadable as PDF/A: " + e);
    }
  }

  private static String describe(ValidationError e) {
    return e.getErrorCode() + " " + e.getDetails();
  }

  /** veraPDF (greenfield parser), PDF/A-1b profile: the rule of each failed check. */
  public static List<String> veraPdfFailures(byte[] pdf) {
    synchronized (PdfA.class) {
      if (!veraReady) {
        VeraGreenfieldFoundryProvider.initialise();
        veraReady = true;
      }
    }
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
        // stop after a few failures: a non-PDF/A file otherwise takes seconds to list all of them
        PDFAValidator validator =
            Foundries.defaultInstance()
                .createFailFastValidator(
                    PDFAFlavour.PDFA_1_B, MAX_FAILURES, MAX_FAILURES, false, true, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + " "
                          + a.getMessage())
              .distinct()
              .toList();
      return failed.isEmpty()
          ? List.of("not compliant (" + result.getJobEndStatus() + ")")
          : failed;
    } catch (Exception e) {
      return List.of("unreadable as PDF/A: " + e);
    }
  }
}
