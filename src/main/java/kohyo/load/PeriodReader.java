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
 * Reads a period folder: {@code period.yaml}, the publisher file that applies to it and the {@code
 * *.yaml} files under {@code cases/}.
 *
 * <p>The publisher file is the folder's own {@code publisher.yaml} if it has one, else the one in
 * the folder above ({@code data/publisher.yaml} for {@code data/2025-h1}), which every period there
 * shares. The two are not mixed: a period's own file replaces the shared one whole, so that what a
 * period is printed with can be read in one file.
 *
 * <p>Every file is read even when an earlier one fails, so that one run reports all problems at
 * once.
 */
public final class PeriodReader {

  public static final String PERIOD_FILE = "period.yaml";
  public static final String CASES_DIR = "cases";
  public static final String PUBLISHER_FILE = "publisher.yaml";

  /** The shared publisher file, relative to a period folder. */
  public static final String SHARED_PUBLISHER_FILE = "../" + PUBLISHER_FILE;

  private final YamlReader yaml = new YamlReader();

  public LoadedPeriod read(Path folder) {
    List<Problem> problems = new ArrayList<>();
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    if (!Files.isDirectory(folder)) {
      problems.add(Problem.file(folder.toString(), "期間のフォルダーが見つかりません。"));
      return new LoadedPeriod(
          folder, name, Optional.empty(), Optional.empty(), List.of(), problems);
    }
    YamlDocument period = null;
    Path periodFile = folder.resolve(PERIOD_FILE);
    if (!Files.isRegularFile(periodFile)) {
      problems.add(
          Problem.file(periodFile.toString(), PERIOD_FILE + " がありません（公表主体・年度・区分を書くファイルです）。"));
    } else {
      period = collect(yaml.read(periodFile, periodFile.toString()), problems);
    }
    Optional<PublisherFile> publisher = publisher(folder, problems);
    List<YamlDocument> cases = new ArrayList<>();
    Path casesDir = folder.resolve(CASES_DIR);
    if (!Files.isDirectory(casesDir)) {
      problems.add(
          Problem.file(
              casesDir.toString(),
              CASES_DIR + " フォルダーがありません（事案が 1 件もない期間は空の cases フォルダーを置いてください）。"));
    } else {
      for (Path file : caseFiles(casesDir, problems)) {
        YamlDocument doc = collect(yaml.read(file, file.toString()), problems);
        if (doc != null) {
          cases.add(doc);
        }
      }
    }
    return new LoadedPeriod(folder, name, Optional.ofNullable(period), publisher, cases, problems);
  }

  /**
   * The folder's own publisher file, else the shared one above it, else none. The folder above is
   * found from the path as given ({@code data/2025-h1/..} is {@code data}), so that messages name
   * it as the user would.
   */
  private Optional<PublisherFile> publisher(Path folder, List<Problem> problems) {
    Path own = folder.resolve(PUBLISHER_FILE);
    Path shared = folder.resolve("..").normalize().resolve(PUBLISHER_FILE);
    for (Path file : List.of(own, shared)) {
      if (Files.exists(file)) {
        String label = file == own ? PUBLISHER_FILE : SHARED_PUBLISHER_FILE;
        if (!Files.isRegularFile(file)) {
          problems.add(Problem.file(file.toString(), PUBLISHER_FILE + " がファイルではありません。"));
          return Optional.of(new PublisherFile(label, Optional.empty()));
        }
        return Optional.of(
            new PublisherFile(
                label, Optional.ofNullable(collect(yaml.read(file, file.toString()), problems))));
      }
    }
    return Optional.empty();
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

  private static YamlDocument collect(YamlReader.Outcome outcome, List<Problem> problems) {
    if (outcome instanceof YamlReader.Failed f) {
      problems.addAll(f.problems());
      return null;
    }
    return ((YamlReader.Read) outcome).document();
  }
}
