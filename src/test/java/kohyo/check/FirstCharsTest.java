package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search that tries a pattern only where its first characters stand finds what {@link
 * Matcher#find} finds, also where the pattern looks behind or ahead of the match or is anchored.
 */
class FirstCharsTest {

  @ParameterizedTest(name = "{0} in {2}")
  @CsvSource(
      delimiterString = " ¦ ",
      value = {
        // an alternation of words, the shape the scan uses it for
        "(?:氏名|対象者) ?: ? ¦ 氏対 ¦ 氏名:坂本、対象者:北村、氏名 : 岡田、氏 名:",
        // lookbehind and lookahead see the text outside the match
        "(?<![0-9])[0-9]{3}(?![0-9]) ¦ 0123456789 ¦ 12 345 6789 012 3456 78",
        // ^ and $ are the text's ends, not where the search tries
        "^第[0-9]+号 ¦ 第 ¦ 第12号と第34号",
        "[0-9]+号$ ¦ 0123456789 ¦ 第12号と第34号",
        // overlapping candidates: after a match the search goes on from its end
        "ABA ¦ A ¦ ABABABA ABA",
      })
  void findsWhatFindFinds(String regex, String firstChars, String text) {
    Pattern pattern = Pattern.compile(regex);
    assertEquals(
        matches(pattern.matcher(text)), searched(new FirstChars(pattern, firstChars), text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ¦ ",
      value = {"氏名 ¦ 名 ¦ 氏名:坂本", "氏名 ¦ ア ¦ 氏名:坂本"})
  void triesOnlyWhereAFirstCharStands(String regex, String firstChars, String text) {
    // a first character left out loses the matches that begin with it: the gate is really used
    assertEquals(List.of(), searched(new FirstChars(Pattern.compile(regex), firstChars), text));
  }

  private static List<String> matches(Matcher m) {
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return found;
  }

  private static List<String> searched(FirstChars pattern, String text) {
    List<String> found = new ArrayList<>();
    FirstChars.Search s = pattern.search(text);
    while (s.find()) {
      Matcher m = s.match();
      found.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return found;
  }
}
