package kohyo.archive;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.base.IoMessages;
import kohyo.base.KohyoVersion;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;

/**
 * Rechecks an archive folder: every {@code SHA256SUMS} in it (the periods' and their history's),
 * and on request rebuilds each period from its recorded inputs to compare the PDF byte for byte.
 */
public final class Verifier {

  /**
   * @param failures one Japanese line per file (or SHA256SUMS line) that does not hold, naming it
   * @param unrebuilt with --rebuild, one line per period that could not be rebuilt and why (its
   *     inputs are gone or differ from the record): the check the user asked for did not happen, so
   *     the run fails
   * @param checked how many distinct files matched their recorded hash
   * @param periods how many period folders the archive holds
   * @param rebuilt with --rebuild, how many periods were rebuilt and compared byte for byte
   */
  public record Report(
      List<String> failures, List<String> unrebuilt, int checked, int periods, int rebuilt) {
    public boolean ok() {
      return failures.isEmpty() && unrebuilt.isEmpty();
    }
  }

  private final Home home;
  private final Checker checker;

  public Verifier(Home home, Checker checker) {
    this.home = home;
    this.checker = checker;
  }

  /**
   * @param dataRoot with --rebuild, the folder holding the period folders; empty to use each
   *     manifest's record (relative to the kohyo installation)
   */
  public Report verify(Path archive, boolean rebuild, Optional<Path> dataRoot) throws IOException {
    List<String> failures = new ArrayList<>();
    List<String> unrebuilt = new ArrayList<>();
    // history files are listed both in the period's SHA256SUMS and in their own slot's: count each
    // once
    Set<Path> matched = new HashSet<>();
    int rebuilt = 0;
    List<Path> periods;
    try (Stream<Path> entries = Files.list(archive)) {
      periods =
          entries
              .filter(Files::isDirectory)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    }
    if (periods.isEmpty()) {
      failures.add(archive + ": アーカイブに期間のフォルダーがありません。");
    }
    for (Path period : periods) {
      List<Path> sums;
      try (Stream<Path> files = Files.walk(period)) {
        sums =
            files
                .filter(f -> f.getFileName().toString().equals(Checksums.FILE_NAME))
                .sorted(Comparator.comparing(Path::toString))
                .toList();
      }
      if (!Files.isRegularFile(period.resolve(Checksums.FILE_NAME))) {
        failures.add(period.resolve(Checksums.FILE_NAME) + ": 見つかりません。");
      }
      for (Path sumFile : sums) {
        checkSums(sumFile, failures, matched);
      }
      if (rebuild && rebuild(period, dataRoot, failures, unrebuilt)) {
        rebuilt++;
      }
    }
    return new Report(failures, unrebuilt, matched.size(), periods.size(), rebuilt);
  }

  private static void checkSums(Path sumFile, List<String> failures, Set<Path> matched) {
    Checksums.Parsed parsed;
    try {
      parsed = Checksums.parse(Files.readString(sumFile, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      failures.add(sumFile + ": UTF-8 のテキストではないため、SHA256SUMS として読めません。");
      return;
    } catch (IOException e) {
      failures.add(sumFile + ": 読めません（" + IoMessages.describe(e) + "）。");
      return;
    }
    for (int line : parsed.badLines()) {
      failures.add(sumFile + ":" + line + ": SHA256SUMS の形式（64 桁の 16 進数、空白 2 つ、相対パス）ではありません。");
    }
    if (parsed.entries().isEmpty() && parsed.badLines().isEmpty()) {
      failures.add(sumFile + ": 記録が 1 行もありません。");
    }
    Path folder = sumFile.getParent();
    for (Checksums.Entry e : parsed.entries()) {
      Path file = folder.resolve(e.path());
      try {
        if (Sha256.hex(Files.readAllBytes(file)).equals(e.sha256())) {
          matched.add(file.toAbsolutePath().normalize());
        } else {
          failures.add(file + ": SHA-256 が " + sumFile.getFileName() + " の記録と一致しません（改変または破損）。");
        }
      } catch (IOException ex) {
        failures.add(
            file
                + ": "
                + sumFile.getFileName()
                + " に記録されていますが、読めません（"
                + IoMessages.describe(ex)
                + "）。");
      }
    }
  }

  /** Whether the period was rebuilt and compared (a mismatch is then among the failures). */
  private boolean rebuild(
      Path period, Optional<Path> dataRoot, List<String> failures, List<String> unrebuilt) {
    Path manifestFile = period.resolve(Manifest.FILE_NAME);
    Optional<Manifest> manifest;
    try {
      manifest = Manifest.parse(Files.readString(manifestFile, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      manifest = Optional.empty();
    }
    if (manifest.isEmpty()) {
      failures.add(manifestFile + ": 目録（manifest）として読めないため、再構築できません。");
      return false;
    }
    Manifest m = manifest.get();
    // the manifest records the folder relative to the installation, so the working folder does not
    // matter
    Path data =
        dataRoot.map(r -> r.resolve(m.period())).orElse(home.root().resolve(m.dataFolder()));
    if (!Files.isDirectory(data)) {
      unrebuilt.add(
          period.getFileName()
              + ": 入力のフォルダー "
              + data
              + " がないため、再構築できませんでした"
              + "（--data で期間フォルダーを収めたフォルダーを指定できます）。");
      return false;
    }
    CheckedPeriod snapshot = checker.check(data);
    if (!snapshot.ok()) {
      // the problems would quote the data; the user can run ./kohyo check on the folder for them
      unrebuilt.add(
          period.getFileName()
              + ": "
              + data
              + " に問題があるため、再構築できませんでした（./kohyo check "
              + data
              + " で確認できます）。");
      return false;
    }
    List<String> differences = differences(m.inputs(), ManifestInputs.of(snapshot));
    if (!differences.isEmpty()) {
      unrebuilt.add(
          period.getFileName()
              + ": 記録された入力と "
              + data
              + " の内容が異なるため、再構築できませんでした（"
              + String.join("、", differences)
              + "）。");
      return false;
    }
    PeriodBuild rebuilt = new Archiver(home).build(snapshot);
    Path pdf = period.resolve(m.pdfName());
    try {
      if (!Arrays.equals(rebuilt.pdf(), Files.readAllBytes(pdf))) {
        String version =
            m.version().equals(KohyoVersion.get())
                ? ""
                : "。記録された kohyo " + m.version() + " と現在の " + KohyoVersion.get() + " は版が異なります";
        failures.add(pdf + ": 記録された入力から作り直した PDF とバイト単位で一致しません" + version + "。");
      }
    } catch (IOException e) {
      failures.add(pdf + ": 読めません（" + IoMessages.describe(e) + "）。");
    }
    return true;
  }

  /** Inputs that changed, named by label; a withheld case only as 非公表 with its recorded hash. */
  private static List<String> differences(List<Manifest.Input> recorded, List<Manifest.Input> now) {
    List<String> out = new ArrayList<>();
    for (Manifest.Input r : recorded) {
      if (!now.contains(r)) {
        out.add(r.withheld() ? Manifest.WITHHELD_LABEL + " sha256:" + r.sha256() : r.label());
      }
    }
    for (Manifest.Input n : now) {
      if (!recorded.contains(n)) {
        out.add(n.withheld() ? Manifest.WITHHELD_LABEL + "（記録にない事案）" : n.label() + "（記録にない入力）");
      }
    }
    return out.stream().distinct().toList();
  }
}
