package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kohyo.base.IoMessages;
import kohyo.base.Sha256;
import kohyo.render.Format;

/**
 * Checks one period folder: every file in it is listed in its SHA256SUMS and belongs to a version
 * (the current one or a history slot), every version's manifest agrees with its PDF and kept
 * inputs, and the objects it names exist. Reads, never writes.
 */
final class PeriodAudit {

  private final ObjectStore objects;
  private final Findings findings;

  PeriodAudit(ObjectStore objects, Findings findings) {
    this.objects = objects;
    this.findings = findings;
  }

  /**
   * @return the versions whose manifest could be read, the current one first
   */
  List<ArchivedVersion> audit(Path period) throws IOException {
    String name = period.getFileName().toString();
    Map<String, String> listed =
        SumsCheck.check(period.resolve(Version.SUMS), findings).orElse(Map.of());
    Set<String> expected = new LinkedHashSet<>();
    List<ArchivedVersion> versions = new ArrayList<>();
    version(period, "", name, name, expected).ifPresent(versions::add);
    for (Path slot : slots(period)) {
      String prefix = Version.HISTORY + "/" + slot.getFileName() + "/";
      SumsCheck.check(slot.resolve(Version.SUMS), findings);
      expected.add(prefix + Version.SUMS);
      expected.add(prefix + Version.REPLACEMENT);
      version(slot, prefix, name, name + "/" + prefix.substring(0, prefix.length() - 1), expected)
          .ifPresent(versions::add);
    }
    Set<String> actual = files(period);
    for (String file : actual) {
      if (!expected.contains(file)) {
        findings.fail(
            period.resolve(file),
            listed.containsKey(file)
                ? "SHA256SUMS に記録されていますが、どの版の目録（manifest.txt）にもないファイルです。"
                : "SHA256SUMS にも目録（manifest.txt）にも記録されていないファイルです。");
      } else if (!listed.containsKey(file)) {
        findings.fail(period.resolve(file), "SHA256SUMS に記録されていません。");
      }
    }
    for (String file : expected) {
      if (!actual.contains(file)) {
        findings.fail(period.resolve(file), "ありません（この期間の記録にあるファイルです）。");
      }
    }
    return versions;
  }

  /**
   * Reads a version's manifest and checks its PDF and inputs against it; adds its files (by path
   * relative to the period folder) to {@code expected}.
   */
  private Optional<ArchivedVersion> version(
      Path folder, String prefix, String period, String name, Set<String> expected)
      throws IOException {
    Path manifestFile = folder.resolve(Version.MANIFEST);
    expected.add(prefix + Version.MANIFEST);
    Manifest.Reading reading = read(manifestFile);
    if (reading.manifest().isEmpty()) {
      if (!reading.problems().isEmpty()) {
        findings.fail(
            manifestFile, "目録（manifest）として読めません（" + String.join("、", reading.problems()) + "）。");
      }
      // without a manifest nothing says which of its files belong: do not name each of them too
      expected.add(prefix + period + ".pdf");
      for (Format twin : PeriodBuilder.TWINS) {
        if (Files.exists(folder.resolve(twin.fileName(period)), LinkOption.NOFOLLOW_LINKS)) {
          expected.add(prefix + twin.fileName(period));
        }
      }
      inputFiles(folder).forEach(f -> expected.add(prefix + f));
      return Optional.empty();
    }
    Manifest m = reading.manifest().get();
    ArchivedVersion version = new ArchivedVersion(folder, name, m);
    if (!m.period().equals(period)) {
      findings.fail(manifestFile, "期間 " + m.period() + " の目録です（フォルダーは " + period + "）。");
    }
    expected.add(prefix + m.pdfName());
    matches(version.pdf(), m.pdfSha256());
    for (Map.Entry<Format, String> twin : m.twinSha256().entrySet()) {
      expected.add(prefix + m.twinName(twin.getKey()));
      matches(version.twin(twin.getKey()), twin.getValue());
    }
    for (Manifest.Input input : m.inputs()) {
      switch (input.place().kept()) {
        case IN_VERSION -> {
          expected.add(prefix + Version.INPUTS + "/" + input.label());
          matches(version.input(input), input.sha256());
        }
        case AS_OBJECT -> {
          if (!Files.isRegularFile(objects.path(input.sha256()), LinkOption.NOFOLLOW_LINKS)) {
            findings.fail(
                objects.path(input.sha256()),
                "ありません（" + manifestFile + " に " + input.label() + " として記録されています）。");
          }
        }
        case NOT_KEPT -> {}
      }
    }
    for (String f : inputFiles(folder)) {
      if (!expected.contains(prefix + f)) {
        findings.fail(folder.resolve(f), "目録（manifest.txt）に記録されていない入力ファイルです。");
      }
    }
    return Optional.of(version);
  }

  private Manifest.Reading read(Path manifestFile) {
    try {
      return Utf8.decode(Files.readAllBytes(manifestFile))
          .map(Manifest::parse)
          .orElse(new Manifest.Reading(Optional.empty(), List.of("UTF-8 ではありません")));
    } catch (NoSuchFileException e) {
      return new Manifest.Reading(Optional.empty(), List.of());
    } catch (IOException e) {
      return new Manifest.Reading(Optional.empty(), List.of("読めません: " + IoMessages.describe(e)));
    }
  }

  /** Whether a file has the digest its manifest records (a mismatch is a finding). */
  private void matches(Path file, String sha256) {
    try {
      if (Sha256.hex(Files.readAllBytes(file)).equals(sha256)) {
        findings.matched(file);
      } else {
        findings.fail(file, "SHA-256 が目録（manifest.txt）の記録と一致しません（改変または破損）。");
      }
    } catch (IOException e) {
      // a missing file is named once, as missing, by the caller's comparison of expected and actual
    }
  }

  private static List<Path> slots(Path period) throws IOException {
    Path history = period.resolve(Version.HISTORY);
    if (!Files.isDirectory(history, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(history)) {
      return all.filter(p -> Version.isSlot(p.getFileName().toString()))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
          .toList();
    }
  }

  /** The files under a version's inputs/, relative to the version folder. */
  private static List<String> inputFiles(Path version) throws IOException {
    Path inputs = version.resolve(Version.INPUTS);
    if (!Files.isDirectory(inputs, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(inputs)) {
      return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> relative(version, p))
          .sorted()
          .toList();
    }
  }

  /**
   * Every entry under the period folder but its SHA256SUMS and the folders, relative, with {@code
   * /}; a symbolic link counts as a file (and is not one that belongs).
   */
  private static Set<String> files(Path period) throws IOException {
    try (Stream<Path> all = Files.walk(period)) {
      Set<String> out = new LinkedHashSet<>();
      all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> relative(period, p))
          .filter(p -> !p.equals(Version.SUMS))
          .sorted()
          .forEach(out::add);
      return out;
    }
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
