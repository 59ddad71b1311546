package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kohyo.model.Edition;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder and the PDF built from it read back as the same table: the reader must find the source's
 * line breaks, and no others, where the renderer wrapped lines under the JLREQ rules (a ・ or a
 * small kana carried over to the next line with the character before it, opportunities inside long
 * runs).
 */
class PdfRoundTripTest {
  private static final Wording WORDING = Wording.load(Periods.home());
  private static final PdfSnapshotReader READER = new PdfSnapshotReader(WORDING);

  @TempDir static Path tmp;

  /**
   * Text where JLREQ moves characters to the next line: ・ lists, small kana and ー, long runs,
   * brackets.
   */
  private static final String[] HARD = {
    "氏名・住所・電話番号・生年月日・性別・年齢・職業・勤務先・所属部署・役職・学歴・家族構成・緊急連絡先・口座番号・保険証番号が記載された書類を紛失したもの。",
    "確認不足ー（チェック）ーによるもの。ーーーーっっっっゃゃゃ「確認」、「点検」、「照合」、「記録」、「報告」を怠ったもの。",
    "チェックシートのショートメッセージサービスとバックアップデータとユーザーアカウントをきょうりょくしてちょっとしたキャッシュを確認した。",
    "個人情報保護管理体制強化推進計画策定業務手順確認徹底職員研修実施要領改正事務処理点検委託契約条項を見直した。",
    "添付ファイルmeibo_backup_20250701_kojinjoho_jigyousha_B_final_v3.xlsxを誤って送信したもの。",
  };

  @Test
  void shippedEditionReadsBackFromItsPdfWithEveryFieldEqual() throws UnreadablePdf {
    assertRoundTrip(Periods.edition(Periods.SEED));
  }

  @Test
  void wrapsUnderJlreqRulesAreNotReadAsSourceLineBreaks() throws UnreadablePdf {
    // the same hard texts shifted by one character at a time, so that every wrap position comes up
    Path folder = Periods.empty(tmp, "hard", 2025, "上半期");
    for (int shift = 0; shift < 14; shift++) {
      String pad = "あ".repeat(shift);
      StringBuilder y =
          new StringBuilder("所属: 本庁\n発生日: 2025-05-" + String.format("%02d", shift + 1) + "\n");
      y.append("事案の概要: ").append(pad).append(HARD[0]).append('\n');
      y.append("発生原因: |-\n  ")
          .append(pad)
          .append(HARD[1])
          .append("\n  以上。\n  ")
          .append(HARD[shift % HARD.length])
          .append('\n');
      y.append("対応: ").append(pad).append(HARD[2]).append('\n');
      y.append("二次被害: 無\n再発防止策:\n");
      for (String item : HARD) {
        y.append("  - ").append(pad).append(item).append('\n');
      }
      y.append("備考: ").append(pad).append("報道発表・ホームページ掲載済み\n");
      Periods.write(
          folder.resolve("cases").resolve(String.format("%02d.yaml", shift)), y.toString());
    }
    assertRoundTrip(Periods.edition(folder));
  }

  /**
   * A large generated period (cells of several paragraphs, rows taller than a page): the reader
   * adds no line break that the source does not have. It can miss one: a paragraph that happens to
   * fill its last line leaves nothing on paper to tell it from a wrap; and a space where a line
   * wrapped is not drawn.
   */
  @Test
  void generatedPeriodReadBackAddsNoLineBreak() throws UnreadablePdf {
    Edition edition =
        Periods.edition(GeneratedPeriod.write(tmp, "2025-h1", GeneratedPeriod.SEED, 40));
    Snapshot folder = Snapshots.of(edition, WORDING);
    Snapshot pdf = read(edition);
    assertEquals(folder.rows().size(), pdf.rows().size());
    List<String> added = new ArrayList<>();
    for (int i = 0; i < folder.rows().size(); i++) {
      for (Field f : Field.values()) {
        String source = folder.rows().get(i).fields().get(f);
        String read = pdf.rows().get(i).fields().get(f);
        assertEquals(
            source.replaceAll("\\s", ""), read.replaceAll("\\s", ""), "row " + (i + 1) + " " + f);
        List<Integer> sourceBreaks = breaks(source);
        for (int at : breaks(read)) {
          if (!sourceBreaks.contains(at)) {
            added.add("row " + (i + 1) + " " + f + " at " + at);
          }
        }
      }
    }
    assertTrue(added.isEmpty(), "line breaks not in the source: " + added);
  }

  private static void assertRoundTrip(Edition edition) throws UnreadablePdf {
    Snapshot folder = Snapshots.of(edition, WORDING);
    Snapshot pdf = read(edition);
    assertEquals(folder.total(), pdf.total());
    assertEquals(folder.withheldCount(), pdf.withheldCount());
    assertEquals(folder.rows().size(), pdf.rows().size());
    for (int i = 0; i < folder.rows().size(); i++) {
      for (Field f : Field.values()) {
        assertEquals(
            folder.rows().get(i).fields().get(f),
            pdf.rows().get(i).fields().get(f),
            "row " + (i + 1) + " " + f);
      }
    }
  }

  private static Snapshot read(Edition edition) throws UnreadablePdf {
    return READER.read(new Publisher(Periods.home()).pdf(edition, RenderOptions.official()));
  }

  /** Where the line breaks are, counted in the characters other than whitespace before them. */
  private static List<Integer> breaks(String text) {
    List<Integer> out = new ArrayList<>();
    int at = 0;
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        out.add(at);
      } else if (!Character.isWhitespace(c)) {
        at++;
      }
    }
    return out;
  }
}
