package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Break opportunities under the JLREQ rules, and where the JDK's own line iterator falls short. */
class JlreqLineBreaksTest {

  private static List<Integer> jdk(String text) {
    BreakIterator it = BreakIterator.getLineInstance(Locale.JAPAN);
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  private static List<Integer> jlreq(String text) {
    return Arrays.stream(JlreqLineBreaks.all(text)).boxed().toList();
  }

  @Test
  void theJdkBreaksBeforeMiddleDotAndWaveDashButJlreqDoesNot() {
    String text = "封入書類・送付状";
    assertTrue(jdk(text).contains(4), "JDK allows a line to start with ・");
    assertFalse(jlreq(text).contains(4));
    assertFalse(jlreq("4月1日～6月").contains(4));
  }

  @Test
  void noOpportunityBeforeClosingPunctuationSmallKanaOrProlongedMarkNorAfterOpeningBrackets() {
    String text = "書類（1件）が、所属内で紛失した。チェックシートを「確認」し々ゝヵ所ぁ";
    for (int b : jlreq(text)) {
      if (b < text.length()) {
        char after = text.charAt(b);
        char before = text.charAt(b - 1);
        assertFalse(
            JlreqLineBreaks.NOT_AT_LINE_START.indexOf(after) >= 0,
            "break before " + after + " at " + b);
        assertFalse(
            JlreqLineBreaks.NOT_AT_LINE_END.indexOf(before) >= 0,
            "break after " + before + " at " + b);
      }
    }
    assertTrue(jlreq(text).contains(1), "ideographs still break between each other");
  }

  @Test
  void dashesAndEllipsesStayInPairs() {
    assertFalse(jlreq("確認中……連絡――完了").contains(4));
    assertFalse(jlreq("確認中……連絡――完了").contains(8));
  }

  @Test
  void fullwidthLettersAndDigitsBreakLikeIdeographs() {
    assertTrue(jlreq("ＵＳＢメモリ１２３４").contains(1));
    assertTrue(jlreq("ＵＳＢメモリ１２３４").contains(7));
  }

  @Test
  void longAsciiRunsGetOpportunitiesButNotBeforeFullStopsOrInsidePairs() {
    String url = "https://www.pref.example.lg.jp/soshiki/kojinjoho.html";
    List<Integer> b = jlreq(url);
    assertTrue(b.size() > 10, "a run longer than any line can break: " + b);
    for (int at : b) {
      if (at < url.length()) {
        assertTrue(
            JlreqLineBreaks.NOT_AT_LINE_START.indexOf(url.charAt(at)) < 0,
            "break before " + url.charAt(at));
      }
    }
    assertEquals(
        List.of(6, 10), jlreq("word1 text"), "short words keep their ordinary opportunities");
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    String text = "𠮷野家𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷";
    for (int b : jlreq(text)) {
      assertFalse(b < text.length() && Character.isLowSurrogate(text.charAt(b)), "split at " + b);
    }
  }

  @Test
  void opportunitiesComeInOrderEndWithTheTextsLengthAndThenStop() {
    assertArrayEquals(new int[] {1, 3, 4}, JlreqLineBreaks.all("あい。う"), "none before 。");
    assertArrayEquals(new int[0], JlreqLineBreaks.all(""));
    JlreqLineBreaks breaks = new JlreqLineBreaks("あい");
    assertEquals(1, breaks.next());
    assertEquals(2, breaks.next());
    assertEquals(JlreqLineBreaks.DONE, breaks.next());
    assertEquals(JlreqLineBreaks.DONE, breaks.next());
  }
}
