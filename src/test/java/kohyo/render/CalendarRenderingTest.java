package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Era boundaries and fiscal halves as they come out in the PDF. */
class CalendarRenderingTest {

  @TempDir Path tmp;

  @Test
  void eraBoundaryRendersAsH31430AndR151InReiwaGannenFiscalYear() {
    Path p = Periods.empty(tmp, "2019-h1", 2019, "上半期");
    Periods.write(p.resolve("cases/a.yaml"), Periods.publishedCase("2019-04-30", "平成最後の日の事案。"));
    Periods.write(p.resolve("cases/b.yaml"), Periods.publishedCase("R1.5.1", "令和最初の日の事案。"));
    String text = renderedText(p);
    assertTrue(text.contains("○県の保有個人情報の漏えい事案概要【令和元年度上半期分】"), text);
    assertTrue(text.contains("1本庁H31.4.30平成最後の日の事案。"), text);
    assertTrue(text.contains("2本庁R1.5.1令和最初の日の事案。"), text);
  }

  @Test
  void secondHalfSpansTheCalendarYearAndNumbersByDate() {
    Path p = Periods.empty(tmp, "2025-h2", 2025, "下半期");
    Periods.write(p.resolve("cases/a.yaml"), Periods.publishedCase("2026-03-31", "年度末の事案。"));
    Periods.write(p.resolve("cases/b.yaml"), Periods.publishedCase("令和7年10月1日", "下半期最初の事案。"));
    Periods.write(p.resolve("cases/c.yaml"), Periods.publishedCase("R8.1.15", "年明けの事案。"));
    String text = renderedText(p);
    assertTrue(text.contains("【令和7年度下半期分】"), text);
    assertTrue(text.contains("1事案件数3件（うち、非公表基準該当0件）"), text);
    int first = text.indexOf("1本庁R7.10.1下半期最初の事案。");
    int second = text.indexOf("2本庁R8.1.15年明けの事案。");
    int third = text.indexOf("3本庁R8.3.31年度末の事案。");
    assertTrue(first >= 0 && second > first && third > second, text);
  }

  @Test
  void periodWithoutCasesSaysSoInTheTable() {
    Path p = Periods.empty(tmp, "2026-h1", 2026, "上半期");
    String text = renderedText(p);
    assertTrue(text.contains("1事案件数0件（うち、非公表基準該当0件）"), text);
    assertTrue(text.contains("掲載する事案はありません。"), text);
    assertTrue(text.contains("＜非公表基準＞"), text);
  }

  @Test
  void sameDayCasesKeepFileNameOrder() {
    Path p = Periods.empty(tmp, "2025-h1", 2025, "上半期");
    Periods.write(p.resolve("cases/b.yaml"), Periods.publishedCase("2025-07-09", "二番目のファイル。"));
    Periods.write(p.resolve("cases/a.yaml"), Periods.publishedCase("2025-07-09", "一番目のファイル。"));
    String text = renderedText(p);
    assertTrue(text.indexOf("1本庁R7.7.9一番目のファイル。") < text.indexOf("2本庁R7.7.9二番目のファイル。"), text);
  }

  /** The period's official PDF, read back with PDFBox, white space removed. */
  private static String renderedText(Path period) {
    return Pdfs.squeeze(
        Pdfs.text(
            new Publisher(Periods.home()).pdf(Periods.edition(period), RenderOptions.official())));
  }
}
