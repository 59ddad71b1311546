package kohyo.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kohyo.base.IoMessages;
import kohyo.base.Problem;

/**
 * Reads a period folder: {@code period.yaml} and the {@code *.yaml} files under {@code cases/}.
 *
 * <p>Every file is read even when an earlier one fails, so that one run reports all problems at
 * once.
 */
public final class PeriodReader {

  public static final String PERIOD_FILE = "period.yaml";
  public static final String CASES_DIR = "cases";

  /**
   * Most case files a period may have. The PDF is laid out whole in memory, so memory and time grow
   * with the cases: 2,000 generated cases (1,641 pages) keep some 240 MB live and take 5 s, 3,000
   * (2,477 pages) 8 s and 485 MB in all, and 10,000 would not fit in the 1 GB kohyo runs with. A
   * half-year of real incidents is tens of cases: more than this is a wrong folder, or a period to
   * split (README: 性能).
   */
  public static final int MAX_CASE_FILES = 3_000;

  private final YamlReader yaml = new YamlReader();

  public LoadedPeriod read(Path folder) {
    List<Problem> problems = new ArrayList<>();
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    if (!Files.isDirectory(folder)) {
      problems.add(Problem.file(folder.toString(), "期間のフォルダーが見つかりません。"));
      return new LoadedPeriod(folder, name, Optional.empty(), List.of(), problems);
    }
    YamlDocument period = null;
    Path periodFile = folder.resolve(PERIOD_FILE);
    if (!Files.isRegularFile(periodFile)) {
      problems.add(
          Problem.file(periodFile.toString(), PERIOD_FILE + " がありません（公表主体・年度・区分を書くファイルです）。"));
    } else {
      period = collect(yaml.read(periodFile, periodFile.toString()), problems);
    }
    List<YamlDocument> cases = new ArrayList<>();
    Path casesDir = folder.resolve(CASES_DIR);
    if (!Files.isDirectory(casesDir)) {
      problems.add(
          Problem.file(
              casesDir.toString(),
              CASES_DIR + " フォルダーがありません（事案が 1 件もない期間は空の cases フォルダーを置いてください）。"));
    } else {
      List<Path> files = caseFiles(casesDir, problems);
      if (files.size() > MAX_CASE_FILES) {
        // refused before reading: every file read would only cost time
        problems.add(Problem.file(casesDir.toString(), tooManyCases(files.size())));
        files = List.of();
      }
      for (Path file : files) {
        YamlDocument doc = collect(yaml.read(file, file.toString()), problems);
        if (doc != null) {
          cases.add(doc);
        }
      }
    }
    return new LoadedPeriod(folder, name, Optional.ofNullable(period), cases, problems);
  }

  /**
   * The {@code *.yaml} files of {@code cases/}. Anything else there (a {@code .yml}, a {@code
   * .YAML}, a subfolder) is reported rather than skipped: a case file that is silently not read
   * would make the published 事案件数 wrong. Hidden files (editor backups, {@code .DS_Store}) are
   * ignored.
   */
  private static List<Path> caseFiles(Path casesDir, List<Problem> problems) {
    try (Stream<Path> files = Files.list(casesDir)) {
      List<Path> yaml = new ArrayList<>();
      for (Path p : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (name.endsWith(".yaml") && Files.isRegularFile(p)) {
          yaml.add(p);
        } else {
          problems.add(
              Problem.file(
                  p.toString(),
                  Files.isDirectory(p)
                      ? "cases フォルダーの中にフォルダーは置けません（中の事案は読み込まれません）。"
                      : "事案ファイルの名前は .yaml で終えてください（このファイルは読み込まれていません）。"));
        }
      }
      return yaml;
    } catch (IOException e) {
      problems.add(
          Problem.file(casesDir.toString(), "事案フォルダーを読めません（" + IoMessages.describe(e) + "）。"));
      return List.of();
    }
  }

  static String tooManyCases(int count) {
    return String.format(
        "事案ファイルが %,d 件あります。1 つの期間で扱えるのは %,d 件までです"
            + "（PDF は全体を一度に組むため、件数に比例してメモリーと時間がかかり、これを超えると 1 GB のメモリーに収まりません）。"
            + "フォルダーの指定が正しいか確かめ、正しければ期間を分けてください。",
        count, MAX_CASE_FILES);
  }

  private static YamlDocument collect(YamlReader.Outcome outcome, List<Problem> problems) {
    if (outcome instanceof YamlReader.Failed f) {
      problems.addAll(f.problems());
      return null;
    }
    return ((YamlReader.Read) outcome).document();
  }
}
