package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;
import org.junit.jupiter.api.Test;

/** 発生日 as check words it, and as the editor's hint repeats it through {@link ValueChecks}. */
class OccurrenceDateTest {

  private static final Optional<Period> SECOND_HALF =
      Optional.of(Period.of("○県", 2025, FiscalHalf.SECOND));

  @Test
  void aDateInTheWrongYearIsAnsweredWithTheDateMeant() {
    assertEquals(
        Optional.of("発生日が期間（2025-10-01〜2026-03-31）の外です。年の書き誤りで、期間内の「R8.1.20」ではありませんか。"),
        ValueChecks.dateProblem("R7.1.20", SECOND_HALF, false));
  }

  @Test
  void aDayThatDoesNotExistSaysWhy() {
    assertEquals(
        Optional.of("発生日が存在しない日付です（2025年11月は30日までです）。"),
        ValueChecks.dateProblem("2025-11-31", SECOND_HALF, false));
  }

  @Test
  void forAWithheldCaseNeitherTheDateNorTheMonthIsNamed() {
    String wrongYear = ValueChecks.dateProblem("R7.1.20", SECOND_HALF, true).orElseThrow();
    assertFalse(wrongYear.contains("R8") || wrongYear.contains("1.20"), wrongYear);
    String noSuchDay = ValueChecks.dateProblem("2025-11-31", SECOND_HALF, true).orElseThrow();
    assertFalse(noSuchDay.contains("11月"), noSuchDay);
    OccurrenceDate.Wrong w =
        assertInstanceOf(
            OccurrenceDate.Wrong.class, OccurrenceDate.of("2025-11-31", SECOND_HALF, true));
    assertEquals(8, w.index(), "still pointed at the day");
  }

  @Test
  void aDateOfThePeriodIsNoProblem() {
    assertEquals(Optional.empty(), ValueChecks.dateProblem("R8.1.20", SECOND_HALF, false));
    assertEquals(Optional.empty(), ValueChecks.dateProblem("", SECOND_HALF, false));
  }
}
