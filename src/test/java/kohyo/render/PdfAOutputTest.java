package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kohyo.model.Edition;
import kohyo.testing.PdfA;
import kohyo.testing.Periods;

/** The archival rendering of the seed edition, checked by two PDF/A validators. */
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
    void preflightFindsArchivalPdfCompliant() {
        List<String> errors = PdfA.preflightErrors(archival);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void veraPdfFindsArchivalPdfCompliant() {
        List<String> failures = PdfA.veraPdfFailures(archival);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void bothValidatorsRejectTheOfficialNonPdfABuild() {
        assertFalse(PdfA.preflightErrors(official).isEmpty());
        assertFalse(PdfA.veraPdfFailures(official).isEmpty());
    }

    @Test
    void archivalPdfIsByteIdenticalAcrossRuns() {
        assertArrayEquals(archival, publisher.pdf(edition, RenderOptions.archival()));
    }
}
