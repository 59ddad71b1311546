package kohyo.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kohyo.base.IoMessages;
import kohyo.base.Parallel;
import kohyo.base.Problem;
import kohyo.base.Sha256;

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

  /**
   * Most case files a period may have. Memory and time grow with the cases, even with a long table
   * laid out in stretches (the text, the document and, while checking, the YAML stay in memory):
   * 3,000 generated cases (about 2,700 pages) keep under 200 MB live and take some 11 s, and a PDF
   * of ten thousand cases would be no publication anyone reads. A half-year of real incidents is
   * tens of cases: more than this is a wrong folder, or a period to split (README: 性能).
   */
  public static final int MAX_CASE_FILES = 3_000;

  /** The shared publisher file, relative to a period folder. */
  public static final String SHARED_PUBLISHER_FILE = "../" + PUBLISHER_FILE;

  /** What Office names the lock file it keeps while a document is open. */
  private static final String LOCK_PREFIX = "~$";

  /** Names that Windows, macOS and Office give to copies: 「01 - コピー.yaml」, 「01 (2).yaml」. */
  private static final Pattern COPY_NAME =
      Pattern.compile("コピー|copy|複製|\\(\\d+\\)|（\\d+）", Pattern.CASE_INSENSITIVE);

  private final YamlReader yaml;

  /** From how many case files they are read on several threads (fewer: not worth the threads). */
  private static final int PARALLEL_FROM = 16;

  /** One case file as read: its bytes (or why not) and what composing them gave. */
  private record CaseFile(Path file, YamlReader.RawFile raw, YamlReader.Outcome outcome) {}

  /** A reader whose problems name no field. */
  public PeriodReader() {
    this(Set.of());
  }

  /**
   * @param fields the keys of the data files (the check stage's schema), which a problem about
   *     their lines may name as its field
   */
  public PeriodReader(Set<String> fields) {
    this.yaml = new YamlReader(fields);
  }

  public LoadedPeriod read(Path folder) {
    List<Problem> problems = new ArrayList<>();
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    if (!Files.isDirectory(folder)) {
      problems.add(Problem.file(folder.toString(), LoadMessages.noFolder()));
      return new LoadedPeriod(
          folder, name, Optional.empty(), Optional.empty(), List.of(), problems);
    }
    YamlDocument period = null;
    Path periodFile = folder.resolve(PERIOD_FILE);
    if (Files.isDirectory(periodFile)) {
      problems.add(Problem.file(periodFile.toString(), LoadMessages.notAFile(PERIOD_FILE)));
    } else if (!Files.isRegularFile(periodFile)) {
      problems.add(Problem.file(periodFile.toString(), LoadMessages.noPeriodFile()));
    } else {
      period = collect(yaml.read(periodFile, periodFile.toString()), problems);
    }
    Optional<PublisherFile> publisher = publisher(folder, problems);
    List<YamlDocument> cases = new ArrayList<>();
    Path casesDir = folder.resolve(CASES_DIR);
    if (!Files.isDirectory(casesDir)) {
      problems.add(Problem.file(casesDir.toString(), LoadMessages.noCasesFolder()));
    } else {
      Map<String, Path> byContent = new LinkedHashMap<>();
      List<Path> files = caseFiles(casesDir, problems);
      if (files.size() > MAX_CASE_FILES) {
        // refused before reading: every file read would only cost time
        problems.add(
            Problem.file(
                casesDir.toString(), LoadMessages.tooManyCaseFiles(files.size(), MAX_CASE_FILES)));
        files = List.of();
      }
      // each file is read and composed on its own (on all cores for a large period); what they
      // say is then taken in file order, as from a loop
      List<CaseFile> read =
          Parallel.map(
              files,
              file -> {
                YamlReader.RawFile raw = YamlReader.readRaw(file, file.toString());
                return raw.failure() != null
                    ? new CaseFile(file, raw, raw.failure())
                    : new CaseFile(file, raw, yaml.read(file, file.toString(), raw.bytes()));
              },
              files.size() < PARALLEL_FROM ? 1 : Parallel.threads());
      for (CaseFile c : read) {
        if (c.raw().failure() == null) {
          duplicate(c.file(), c.raw().bytes(), byContent, problems);
        }
        YamlDocument doc = collect(c.outcome(), problems);
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
          problems.add(Problem.file(file.toString(), LoadMessages.notAFile(PUBLISHER_FILE)));
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
   * ignored. An Office lock file ({@code ~$01.yaml}) is reported and never read: it is not a case,
   * and it holds the name of whoever has the file open.
   */
  private static List<Path> caseFiles(Path casesDir, List<Problem> problems) {
    try (Stream<Path> files = Files.list(casesDir)) {
      List<Path> all = files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      List<Path> yaml = new ArrayList<>();
      for (Path p : all) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (name.startsWith(LOCK_PREFIX)) {
          problems.add(lockFile(p, all));
        } else if (Files.isSymbolicLink(p)) {
          // what a link points to can change after the check, or lie outside the data (and the
          // archive keeps the files themselves): the case file itself belongs in cases/
          problems.add(Problem.file(p.toString(), LoadMessages.linkInCases()));
        } else if (name.endsWith(".yaml") && Files.isRegularFile(p)) {
          yaml.add(p);
        } else {
          problems.add(
              Problem.file(
                  p.toString(),
                  Files.isDirectory(p) ? LoadMessages.folderInCases() : LoadMessages.notYaml()));
        }
      }
      return yaml;
    } catch (IOException e) {
      problems.add(
          Problem.file(casesDir.toString(), LoadMessages.casesUnreadable(IoMessages.describe(e))));
      return List.of();
    }
  }

  /**
   * Office names the lock file {@code ~$} and the document's name, or, for a long name, {@code ~$}
   * and the name without its first two characters.
   */
  private static Problem lockFile(Path lock, List<Path> all) {
    String rest = lock.getFileName().toString().substring(LOCK_PREFIX.length());
    String of = "";
    for (Path p : all) {
      String n = p.getFileName().toString();
      if (!n.startsWith(LOCK_PREFIX)
          && (n.equals(rest) || n.length() == rest.length() + 2 && n.endsWith(rest))) {
        of = "（「" + n + "」を開いている間のもの）";
        break;
      }
    }
    return new Problem(
        lock.toString(),
        1,
        1,
        Mistake.OFFICE_LOCK_FILE.kind(),
        "",
        Mistake.OFFICE_LOCK_FILE.message(of));
  }

  /**
   * Two case files with the same content would be published twice. The one whose name looks like a
   * copy (or else the later one) is reported, naming the other. Content is compared as text: a
   * byte-order mark and CRLF line ends do not make a copy different.
   */
  private static void duplicate(
      Path file, byte[] bytes, Map<String, Path> byContent, List<Problem> problems) {
    String key = Sha256.hex(normalized(bytes));
    Path first = byContent.putIfAbsent(key, file);
    if (first == null) {
      return;
    }
    boolean firstIsCopy =
        COPY_NAME.matcher(first.getFileName().toString().toLowerCase(Locale.ROOT)).find()
            && !COPY_NAME.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT)).find();
    Path copy = firstIsCopy ? first : file;
    Path original = firstIsCopy ? file : first;
    problems.add(
        new Problem(
            copy.toString(),
            1,
            1,
            Mistake.DUPLICATE_CASE_FILE.kind(),
            "",
            Mistake.DUPLICATE_CASE_FILE.message(original.getFileName().toString())));
  }

  private static byte[] normalized(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    byte[] out = new byte[bytes.length - start];
    int n = 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
        continue;
      }
      out[n++] = bytes[i];
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static YamlDocument collect(YamlReader.Outcome outcome, List<Problem> problems) {
    if (outcome instanceof YamlReader.Failed f) {
      problems.addAll(f.problems());
      return null;
    }
    YamlReader.Read read = (YamlReader.Read) outcome;
    problems.addAll(read.warnings());
    return read.document();
  }
}
