package kohyo.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import kohyo.model.Wareki;

/**
 * Writes a large, realistic period folder for typesetting checks: sentences in the style of the
 * published edition, built from its vocabulary, with the cases that are hard for a line breaker
 * mixed in (・ lists, long runs without punctuation, small kana and ー after long runs, closing
 * brackets and 、。 where lines are likely to end, fullwidth ASCII forms, file names, URLs and long
 * numbers, and a few cells far taller than a page).
 *
 * <p>Dates fall in every month of the period: its first cases take the first and the last day of
 * each month (the widest dates, R7.12.31) and the last day of an era with the first of the next
 * (H31.4.30, R1.5.1) when the period spans a change of era, each with the remark 「R7.12.31個別公表事案」
 * for its date; the rest are drawn at random.
 *
 * <p>Deterministic: the same seed gives the same files, so a failure names a case that can be
 * rebuilt.
 */
public final class GeneratedPeriod {

  public static final long SEED = 20250930L;
  public static final int CASES = 124;

  private static final String[] OFFICES = {
    "本庁", "出先機関", "本庁", "出先機関", "教育委員会事務局", "県立病院", "警察本部（会計課）", "出先機関"
  };
  private static final String[] ACTORS = {
    "所属職員", "委託事業者", "担当者", "出先機関の職員", "会計年度任用職員", "委託先事業者の担当者", "所属の係員", "指定管理者"
  };
  private static final String[] DOCUMENTS = {
    "略歴書",
    "委任状",
    "報告書データ",
    "通知文書",
    "研修修了証明書",
    "申請書の写し",
    "名簿データ",
    "平面図",
    "助言を記載した文書",
    "チェックリスト",
    "アンケート回答票",
    "受講者リスト",
    "ショートメッセージ",
    "ファックス送信票",
    "バックアップファイル"
  };
  private static final String[] RECIPIENTS = {
    "A市",
    "B市",
    "事業者A",
    "事業者B",
    "別の事業者",
    "県内事業者",
    "参加者①",
    "参加者②",
    "次点ではない者",
    "誤送付先の事業所",
    "Ｃ町",
    "ＮＰＯ法人Ｄ"
  };
  private static final String[] ACTIONS = {
    "郵送した", "メールで送信した", "ファックスで送信した", "手渡しした", "システムに登録した", "ホームページに掲載した", "転送した", "持参した"
  };
  private static final String[] CAUSES = {
    "宛先の確認を怠った",
    "ダブルチェックが不十分だった",
    "差し込み印刷の段ズレが発生した",
    "元データでのチェックを行わなかつた",
    "担当者1名で作業を行っていた",
    "ファイル名では内容を確認できない状態であった",
    "送信先メールアドレスを十分に確認しなかった",
    "前後の事業者と錯誤した",
    "窓付き封筒の使用ルールが徹底されていなかった"
  };
  private static final String[] RESPONSES = {
    "誤送付先へ電話で謝罪し、書類の返送を依頼した",
    "本人へ経緯を説明し、謝罪を行った",
    "送信したメールの削除を依頼した",
    "システムに登録した当該データを速やかに削除した",
    "誤送付先の事業者へ直接出向き、謝罪と書類回収を行った",
    "対象者へ個別に訪問し、状況の説明と謝罪を行った"
  };
  private static final String[] PREVENTIONS = {
    "個人情報を含む書類の送受については、双方の担当者が事前に連絡することとした",
    "外部へのメール送信作業は複数人でチェックを行うこととした",
    "外部へのメールはＢＣＣで送信することを徹底した",
    "チェックシートの確認項目に追記することとした",
    "所属職員に対し個人情報漏えい防止のための研修を実施した",
    "発送時チェックにおいては台帳等の本体データをもって確認作業を行うこととした",
    "委託事業者に対して、個人情報の取扱いに関して細心の注意を払うよう指導した",
    "様式の見直し等を検討することとした",
    "確認作業に集中できる環境設定を行うこととした"
  };

  /** Katakana words with small kana and ー, to land after long runs. */
  private static final String[] KATAKANA = {
    "チェックシート",
    "ファイルサーバー",
    "メールアドレス",
    "ショートメッセージサービス",
    "バックアップデータ",
    "ユーザーアカウント",
    "プリンター",
    "セキュリティーポリシー",
    "ジョッキー",
    "ヴァーチャル",
    "シャッフル",
    "キャッシュ",
    "3ヵ所",
    "6ヶ月",
    "ちょっとした",
    "しゅっちょう",
    "きょうりょく",
    "ウェブサイト",
    "フォルダー",
    "ディスク",
    "ヴィジュアル",
    "ぎゅうにゅう",
    "ティッシュ",
    "クォーター"
  };

  private static final String[] ITERATION = {
    "人々", "各々", "日々", "時々", "少々", "こゝろ", "いすゞ", "学問のすゝめ", "各々方"
  };

  /** Long runs without any punctuation: noun chains with no 、 or 。 for a whole line or more. */
  private static final String[] NOUNS = {
    "個人情報", "保護", "管理", "体制", "強化", "推進", "計画", "策定", "業務", "手順", "確認", "徹底", "職員", "研修", "実施",
    "要領", "改正", "事務", "処理", "点検", "委託", "契約", "条項"
  };

  private static final String[] ASCII_RUNS = {
    "20250612_houkokusho_jigyousha_B_final_v3.xlsx",
    "https://www.pref.example.lg.jp/soshiki/kojinjoho/leak/2025/notice-0612.html",
    "kojinjoho-tanto.section@pref.example.lg.jp",
    "123456789012345678901234567890",
    "\\\\fileserver01\\share\\kojinjoho\\2025\\meibo_backup_20250701.csv",
    "ID:A0012345678901234",
    "TEL.099-123-4567(ext.8901)",
    "No.2025-000123-456789-0001",
    "1,234,567,890円",
    "3.14159265358979323846",
    "C:/Users/tanto/Documents/SharedFolder/kojinjoho.docx"
  };
  private static final String[] FULLWIDTH = {
    "ＵＳＢメモリ",
    "ＦＡＸ",
    "Ｅメール",
    "ＰＤＦファイル",
    "１２３４５６７８",
    "ＩＤ：ＡＢＣ１２３",
    "（Ａ）",
    "！",
    "？",
    "；",
    "．",
    "，",
    "～",
    "［至急］",
    "｛注｝",
    "＜様式第１号＞"
  };

  private final Random random;

  private GeneratedPeriod(long seed) {
    this.random = new Random(seed);
  }

  /**
   * For the benchmark ({@code bench/cold.sh}), which needs periods of any size without the test
   * suite: {@code GeneratedPeriod PARENT NAME CASES [SEED]} writes {@code PARENT/NAME}.
   */
  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: GeneratedPeriod PARENT NAME CASES [SEED]");
      System.exit(2);
    }
    long seed = args.length == 4 ? Long.parseLong(args[3]) : SEED;
    write(Path.of(args[0]), args[1], seed, Integer.parseInt(args[2]));
  }

  /**
   * Writes {@code parent/name}, a 上半期 of fiscal 2025, with {@code cases} published cases and one
   * withheld case; returns the folder.
   */
  public static Path write(Path parent, String name, long seed, int cases) {
    return write(parent, name, seed, cases, 2025, "上半期");
  }

  /**
   * Writes {@code parent/name} for the given fiscal year and half (上半期 or 下半期) with {@code cases}
   * published cases and one withheld case; returns the folder.
   */
  public static Path write(
      Path parent, String name, long seed, int cases, int fiscalYear, String half) {
    Path folder = Periods.empty(parent, name, fiscalYear, half);
    LocalDate start = LocalDate.of(fiscalYear, half.equals("上半期") ? 4 : 10, 1);
    LocalDate end = start.plusMonths(6).minusDays(1);
    List<LocalDate> fixed = calendarDates(start, end);
    GeneratedPeriod g = new GeneratedPeriod(seed);
    for (int i = 1; i <= cases; i++) {
      LocalDate drawn =
          start.plusDays(g.random.nextInt((int) ChronoUnit.DAYS.between(start, end) + 1));
      LocalDate date = i <= fixed.size() ? fixed.get(i - 1) : drawn;
      Periods.write(
          folder.resolve("cases").resolve(String.format("%03d.yaml", i)),
          g.caseYaml(i, cases, date, i <= fixed.size()));
    }
    Periods.write(
        folder.resolve("cases").resolve("999-withheld.yaml"),
        "公表: 非公表\n非公表基準: 1\n"
            + "発生日: "
            + start
            + "\n所属: 本庁\n事案の概要: 非公表\n発生原因: 非公表\n対応: 非公表\n二次被害: 無\n再発防止策: 非公表\n");
    return folder;
  }

  /**
   * The first and last day of every month of the period, and both sides of every change of era in
   * it.
   */
  static List<LocalDate> calendarDates(LocalDate start, LocalDate end) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (LocalDate month = start; !month.isAfter(end); month = month.plusMonths(1)) {
      dates.add(month);
      dates.add(month.plusMonths(1).minusDays(1));
    }
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (!JapaneseDate.from(d).getEra().equals(JapaneseDate.from(d.minusDays(1)).getEra())) {
        dates.add(d.minusDays(1));
        dates.add(d);
      }
    }
    return List.copyOf(dates);
  }

  /**
   * One case file; {@code announced} gives it the remark 「R7.12.31個別公表事案」 for its date (the widest
   * remark there is when the date is).
   */
  private String caseYaml(int index, int of, LocalDate date, boolean announced) {
    StringBuilder y = new StringBuilder();
    y.append("所属: ").append(quoted(pick(OFFICES))).append('\n');
    y.append("発生日: ").append(date).append('\n');
    // a few cells far taller than a page: the row must split with the header repeated
    boolean huge = index == of / 3 || index == of - 1;
    y.append("事案の概要: ").append(block(paragraphs(1 + random.nextInt(2)))).append('\n');
    y.append("発生原因: ").append(block(paragraphs(1 + random.nextInt(3)))).append('\n');
    y.append("対応: ").append(block(paragraphs(huge ? 6 : 1 + random.nextInt(3)))).append('\n');
    y.append("二次被害: ").append(random.nextInt(10) == 0 ? "有" : "無").append('\n');
    if (huge) {
      y.append("再発防止策:\n");
      for (int k = 0; k < 45; k++) {
        y.append("  - ").append(block(sentence(), 4)).append('\n');
      }
    } else if (random.nextBoolean()) {
      y.append("再発防止策:\n");
      int items = 1 + random.nextInt(4);
      for (int k = 0; k < items; k++) {
        y.append("  - ").append(block(sentence(), 4)).append('\n');
      }
    } else {
      y.append("再発防止策: ").append(block(paragraphs(1 + random.nextInt(3)))).append('\n');
    }
    int r = random.nextInt(6);
    if (r == 0 || announced) {
      y.append("備考: ").append(quoted(shortDate(date) + "個別公表事案")).append('\n');
    } else if (r == 1) {
      y.append("備考: ").append(quoted(pick(ASCII_RUNS))).append('\n');
    } else if (r == 2) {
      y.append("備考: ")
          .append(
              quoted("報道発表（" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日）・ホームページ掲載済み"))
          .append('\n');
    }
    acknowledgeContacts(y);
    return y.toString();
  }

  /**
   * The prefecture's own contact desk is not personal data: acknowledged, as a real case file
   * would.
   */
  private static void acknowledgeContacts(StringBuilder y) {
    String mail = "kojinjoho-tanto.section@pref.example.lg.jp";
    String phone = "099-123-4567";
    if (y.indexOf(mail) < 0 && y.indexOf(phone) < 0) {
      return;
    }
    y.append("確認済み:\n");
    if (y.indexOf(mail) >= 0) {
      y.append("  - 種別: メールアドレス\n    文字列: ").append(mail).append("\n    理由: 県の担当窓口（公開済み）\n");
    }
    if (y.indexOf(phone) >= 0) {
      y.append("  - 種別: 電話番号\n    文字列: ").append(phone).append("\n    理由: 県の担当窓口（公開済み）\n");
    }
  }

  /** The date as the table writes it: R7.12.31, H31.4.30. */
  private static String shortDate(LocalDate date) {
    Wareki w = Wareki.of(date);
    return w.eraLetter() + w.year() + "." + w.month() + "." + w.day();
  }

  private List<String> paragraphs(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder p = new StringBuilder();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        p.append(sentence());
      }
      out.add(p.toString());
    }
    return out;
  }

  /** One sentence ending in 。, with a hard case mixed in more often than not. */
  private String sentence() {
    String base =
        switch (random.nextInt(4)) {
          case 0 ->
              pick(ACTORS)
                  + "が、"
                  + pick(DOCUMENTS)
                  + "（"
                  + (1 + random.nextInt(40))
                  + "件）を"
                  + pick(RECIPIENTS)
                  + "へ誤って"
                  + pick(ACTIONS)
                  + "もの";
          case 1 -> pick(CAUSES) + "ことによるもの";
          case 2 -> pick(RESPONSES);
          default -> pick(PREVENTIONS);
        };
    String hard =
        switch (random.nextInt(13)) {
          case 0 -> "封入書類・送付状・宛名ラベル・返信用封筒・" + pick(DOCUMENTS) + "の確認を行い";
          case 1 -> longRun();
          case 2 -> longRun() + pick(KATAKANA);
          case 3 -> "「" + pick(DOCUMENTS) + "」」（" + pick(RECIPIENTS) + "分。）」、";
          case 4 -> pick(FULLWIDTH) + pick(FULLWIDTH) + "を用いて";
          case 5 -> "添付ファイル " + pick(ASCII_RUNS) + " を";
          case 6 -> pick(ITERATION) + "の" + pick(KATAKANA) + "について";
          case 7 ->
              "『"
                  + pick(KATAKANA)
                  + "』【"
                  + pick(DOCUMENTS)
                  + "】〔"
                  + pick(NOUNS)
                  + "〕《"
                  + pick(NOUNS)
                  + "》〈"
                  + pick(NOUNS)
                  + "〉“"
                  + pick(KATAKANA)
                  + "”‘"
                  + pick(NOUNS)
                  + "’を";
          case 8 ->
              (4 + random.nextInt(6))
                  + "月"
                  + (1 + random.nextInt(28))
                  + "日〜"
                  + (4 + random.nextInt(6))
                  + "月末（A‐"
                  + random.nextInt(10)
                  + "–B）に";
          case 9 ->
              "確認したか！？確認した。" + pick(RECIPIENTS) + "（" + pick(KATAKANA) + "）：" + pick(NOUNS) + "；";
          case 10 -> pick(KATAKANA) + "ー" + pick(KATAKANA) + "ッ" + pick(KATAKANA);
          case 11 -> "確認中……" + pick(NOUNS) + "――" + pick(NOUNS) + "‥‥" + longRun();
          default -> "";
        };
    return (random.nextBoolean() ? hard + base : base + "（" + hard + "）") + "。";
  }

  private String longRun() {
    StringBuilder s = new StringBuilder();
    int n = 12 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      s.append(pick(NOUNS));
    }
    return s.toString();
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String block(List<String> lines) {
    return block(String.join("\n", lines), 2);
  }

  private static String block(String text, int indent) {
    String pad = " ".repeat(indent);
    return "|-\n" + pad + text.replace("\n", "\n" + pad);
  }
}
