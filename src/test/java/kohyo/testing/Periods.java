package kohyo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.model.Edition;

/**
 * Period folders for tests: the shipped seed edition, copies of it to break, and small hand-made
 * ones.
 */
public final class Periods {

  /** The shipped edition (令和7年度上半期). */
  public static final Path SEED = Path.of("data", "2025-h1");

  /** Marker strings of the seed's withheld case; they must never appear in any output. */
  public static final String WITHHELD_MARKER = "WITHHELD-MARKER";

  public static final String WITHHELD_TAG = "7f3a";

  private Periods() {}

  public static Home home() {
    return Home.locate();
  }

  /** Copies the seed edition to {@code parent/name} and returns the copy. */
  public static Path copySeed(Path parent, String name) {
    Path target = parent.resolve(name);
    try (Stream<Path> files = Files.walk(SEED)) {
      for (Path source : files.toList()) {
        Path dest = target.resolve(SEED.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(source, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * The seed edition turned into 令和7年度下半期: its period.yaml says 下半期, and one valid case of that
   * half (the seed's first, moved to 2025-11-05) stands in place of the shipped cases, whose dates
   * lie in 上半期.
   */
  public static Path copySeedAsSecondHalf(Path parent, String name) {
    Path folder = copySeed(parent, name);
    try {
      Path period = folder.resolve("period.yaml");
      Files.writeString(
          period,
          Files.readString(period, StandardCharsets.UTF_8).replace("区分: 上半期", "区分: 下半期"),
          StandardCharsets.UTF_8);
      Path cases = folder.resolve("cases");
      Path first = cases.resolve("01-ryakurekisho-funshitsu.yaml");
      String valid =
          Files.readString(first, StandardCharsets.UTF_8)
              .replace("2025-04-25", "2025-11-05")
              .replace("上半期", "下半期");
      try (Stream<Path> files = Files.list(cases)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.writeString(first, valid, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** A period folder with only period.yaml and an empty cases/ folder. */
  public static Path empty(Path parent, String name, int fiscalYear, String half) {
    Path folder = parent.resolve(name);
    write(folder.resolve("period.yaml"), "公表主体: ○県\n年度: " + fiscalYear + "\n区分: " + half + "\n");
    try {
      Files.createDirectories(folder.resolve("cases"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** A minimal valid published case with the given date and summary. */
  public static String publishedCase(String date, String summary) {
    return "所属: 本庁\n発生日: "
        + date
        + "\n事案の概要: "
        + summary
        + "\n発生原因: 確認不足によるもの。\n"
        + "対応: 謝罪した。\n二次被害: 無\n再発防止策: 確認を徹底することとした。\n";
  }

  public static void write(Path file, String text) {
    writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void writeBytes(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads and checks a folder that is expected to be valid. */
  public static Edition edition(Path folder) {
    CheckedPeriod result = check(folder);
    if (!result.ok()) {
      throw new AssertionError("expected a valid period, got: " + result.problems());
    }
    return result.checkedEdition();
  }

  /** Loads and checks a folder through the one path every command uses. */
  public static CheckedPeriod check(Path folder) {
    return checker().check(folder);
  }

  /** One checker over the repository's installation, shared by the tests (fonts load once). */
  public static synchronized Checker checker() {
    if (checker == null) {
      checker = new Checker(Installation.of(home()));
    }
    return checker;
  }

  private static Checker checker;
}
