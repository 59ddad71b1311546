package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kohyo.base.Problem;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Checker#check(Path, java.util.function.Consumer)}: the period handed out before the
 * personal-data scan is the one the check returns when the scan passes, and is never handed out for
 * a period whose fields already have errors. A build renders it early, so these are what keep that
 * render honest.
 */
class BeforeScanTest {

  @TempDir Path dir;

  private static final String CASE =
      "所属: 本庁\n発生日: 2025-05-01\n事案の概要: 通知文書を別の事業者へ誤って郵送したもの。\n"
          + "発生原因: 宛先の確認を怠ったことによるもの。\n対応: 誤送付先へ謝罪し、回収した。\n二次被害: 無\n"
          + "再発防止策:\n  - 宛先を複数人で確認する。\n";

  @Test
  void aCleanPeriodGetsTheSameEditionEarlyAndAtTheEnd() throws IOException {
    // 40 cases: above the size from which cases are read and scanned on several threads
    Path folder = GeneratedPeriod.write(dir, "g", 7, 40);
    List<CheckedPeriod> early = new ArrayList<>();
    CheckedPeriod result = Periods.checker().check(folder, early::add);
    assertTrue(result.ok(), result.problems().toString());
    assertEquals(1, early.size());
    assertSame(result.checkedEdition(), early.get(0).checkedEdition());
    assertEquals(result.cases(), early.get(0).cases());
    assertEquals(result.checkedEdition(), Periods.check(folder).checkedEdition());
  }

  @Test
  void personalDataFoundByTheScanMakesTheEarlyEditionVoid() throws IOException {
    List<CheckedPeriod> early = new ArrayList<>();
    CheckedPeriod result = checkWithSecond(CASE.replace("誤送付先へ謝罪", "田中花子様へ謝罪"), early);
    // the fields were fine, so the period went out early: with both cases, before the scan
    assertEquals(1, early.size());
    assertEquals(2, early.get(0).checkedEdition().published().size());
    assertFalse(result.ok());
    assertEquals(
        List.of(Problem.Kind.PERSONAL_DATA),
        result.errors().stream().map(Problem::kind).distinct().toList(),
        result.problems().toString());
  }

  @Test
  void aPeriodWithErrorsInItsFieldsIsNotHandedOutEarly() throws IOException {
    List<CheckedPeriod> early = new ArrayList<>();
    CheckedPeriod result = checkWithSecond(CASE.replace("二次被害: 無", "二次被害: たぶん無"), early);
    assertTrue(early.isEmpty());
    assertFalse(result.ok());
  }

  /**
   * A period of {@link #CASE} and {@code second}, checked; what is handed out early goes to early.
   */
  private CheckedPeriod checkWithSecond(String second, List<CheckedPeriod> early) {
    Path folder = Periods.empty(dir, "p", 2025, "上半期");
    Periods.write(folder.resolve("cases/01.yaml"), CASE);
    Periods.write(folder.resolve("cases/02.yaml"), second);
    return Periods.checker().check(folder, early::add);
  }
}
