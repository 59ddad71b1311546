package kohyo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void firstHalfRunsAprilToSeptember() {
    Period p = Period.of("○県", 2025, FiscalHalf.FIRST);
    assertEquals(LocalDate.of(2025, 4, 1), p.start());
    assertEquals(LocalDate.of(2025, 9, 30), p.end());
    assertFalse(p.contains(LocalDate.of(2025, 3, 31)));
    assertTrue(p.contains(LocalDate.of(2025, 9, 30)));
  }

  @Test
  void secondHalfEndsInMarchOfTheNextCalendarYear() {
    Period p = Period.of("○県", 2025, FiscalHalf.SECOND);
    assertEquals(LocalDate.of(2025, 10, 1), p.start());
    assertEquals(LocalDate.of(2026, 3, 31), p.end());
    assertTrue(p.contains(LocalDate.of(2026, 1, 15)));
    assertFalse(p.contains(LocalDate.of(2025, 9, 30)));
    assertFalse(p.contains(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void fiscalYear2019IsReiwaGannen() {
    Wareki era = Period.of("○県", 2019, FiscalHalf.FIRST).fiscalEra();
    assertEquals("令和", era.eraName());
    assertEquals(1, era.year());
    assertEquals(7, Period.of("○県", 2025, FiscalHalf.SECOND).fiscalEra().year());
    assertEquals("平成", Period.of("○県", 2018, FiscalHalf.FIRST).fiscalEra().eraName());
  }

  @Test
  void warekiCrossesTheEraBoundaryOnMayFirst2019() {
    assertEquals(new Wareki("H", "平成", 31, 4, 30), Wareki.of(LocalDate.of(2019, 4, 30)));
    assertEquals(new Wareki("R", "令和", 1, 5, 1), Wareki.of(LocalDate.of(2019, 5, 1)));
    assertEquals(new Wareki("R", "令和", 7, 4, 25), Wareki.of(LocalDate.of(2025, 4, 25)));
  }
}
