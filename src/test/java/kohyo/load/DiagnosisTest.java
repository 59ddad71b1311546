package kohyo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kohyo.base.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The raw-text diagnosis never second-guesses what is right: text that only looks like a mistake (a
 * ・ line inside a {@code |-} block, a '#' inside quotes, a list written at the key's own
 * indentation) reads without a word. The mistakes themselves are tested row by row in
 * kohyo.check.ClerkMistakeTableTest, through the whole check path.
 */
class DiagnosisTest {

  /** Not a performance claim: a run over this is stuck, not slow. */
  static final Duration BOUND = Duration.ofSeconds(20);

  private static final String HEAD = "所属: 本庁\n発生日: 2025-06-10\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "対応: |-\n  ・謝罪した。\n  ・回収した。\n",
        "対応: |-\n  　謝罪した。\n  　回収した。\n",
        "対応: >-\n  謝罪した。\n  回収した。\n",
        "対応: |\n  謝罪した。\n\n  回収した。\n",
        "対応: \"会議資料 #3 を誤って配布した。\"\n",
        "対応: \"件名: 謝罪を送った。\"\n",
        "対応: '\"至急\"の連絡を受けた。'\n",
        "対応: 15:30に謝罪した。\n",
        "対応: ・謝罪した。\n",
        "対応: 「謝罪した」\n",
        "対応: “至急”の連絡を受け謝罪した。\n",
        "備考: https://example.jp/page#top\n",
        "二次被害: 無  # 有 または 無\n",
        "# コメント: ここは読まれない\n再発防止策:\n- 確認する。\n- 照合する。\n",
        "再発防止策:\n  - \"確認: 徹底する。\"\n  - 照合する。\n",
        "確認済み:\n  - 種別: 電話番号\n    文字列: 0120-123-456\n    理由: 代表番号\n",
        "対応: \"謝罪した。\n  回収した。\n",
      })
  void rightTextReadsWithoutAWord(String tail) {
    String text = HEAD + tail;
    YamlReader.Outcome outcome = compose(text);
    if (tail.startsWith("対応: \"謝罪した。\n")) {
      // a quoted value over two lines is joined by YAML too: the one thing here that is named
      assertInstanceOf(YamlReader.Failed.class, outcome);
      return;
    }
    YamlReader.Read read = assertInstanceOf(YamlReader.Read.class, outcome, outcome.toString());
    assertEquals(List.of(), read.warnings());
  }

  /** A large file of many short lines, or of one long one, is diagnosed in linear time. */
  @Test
  void largeFilesAreDiagnosedWithoutGettingStuck() {
    StringBuilder lines = new StringBuilder("再発防止策:\n");
    for (int i = 0; i < 150_000; i++) {
      lines.append(i % 2 == 0 ? "  - 確認\n" : "   ・確\"認\n");
    }
    StringBuilder quotes = new StringBuilder();
    for (int i = 0; i < 150_000; i++) {
      quotes.append("a: \"\n");
    }
    for (String text :
        List.of(lines.toString(), quotes.toString(), "備考: " + "あ".repeat(300_000) + "\n")) {
      List<Problem> problems = assertTimeoutPreemptively(BOUND, () -> problemsOf(compose(text)));
      problems.forEach(p -> assertEquals(true, p.line() >= 1 && p.column() >= 1, p.toString()));
    }
  }

  private static List<Problem> problemsOf(YamlReader.Outcome outcome) {
    return outcome instanceof YamlReader.Failed f
        ? f.problems()
        : ((YamlReader.Read) outcome).warnings();
  }

  private static YamlReader.Outcome compose(String text) {
    return new YamlReader()
        .compose(
            SourceFile.of(
                Path.of("case.yaml"), "case.yaml", text, text.getBytes(StandardCharsets.UTF_8)));
  }
}
