package kohyo.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import kohyo.base.Problem;
import kohyo.testing.Periods;

/**
 * The personal-data corpus in src/test/resources/personal-data/ (two halves: {@code blind/},
 * written by someone who never saw the scanner, and {@code own/}), and the recall / false-alarm
 * figures of a detector on it, per category.
 *
 * <p>A positive is caught when a finding overlaps its span (the core personal data: a name without
 * its honorific, a number without its label). A negative is a false alarm when anything is found. A
 * {@code \n} in a sample is a line break inside one cell, as a clerk writes it in a {@code |-}
 * block.
 */
final class PersonalDataCorpus {

  /** One line of positives: the sample with its line breaks, and where the span lies in it. */
  record Positive(String category, String sample, String span, int spanStart, int spanEnd) {}

  record Negative(String category, String sample) {}

  /** A finding as a range of the sample. */
  record Found(int start, int end, String label) {}

  /** caught/total for positives and alarmed/total for negatives, per category. */
  record Figures(
      Map<String, int[]> recall,
      Map<String, int[]> falseAlarms,
      List<String> misses,
      List<String> alarms) {

    int[] recallTotal() {
      return total(recall);
    }

    int[] falseAlarmTotal() {
      return total(falseAlarms);
    }

    private static int[] total(Map<String, int[]> m) {
      int[] t = new int[2];
      m.values()
          .forEach(
              v -> {
                t[0] += v[0];
                t[1] += v[1];
              });
      return t;
    }
  }

  final List<Positive> positives;
  final List<Negative> negatives;

  private PersonalDataCorpus(List<Positive> positives, List<Negative> negatives) {
    this.positives = positives;
    this.negatives = negatives;
  }

  /** {@code half} is {@code blind} or {@code own}. */
  static PersonalDataCorpus half(String half) {
    List<Positive> positives = new ArrayList<>();
    for (String[] cols : rows(half + "/positives-" + half + ".tsv", 3)) {
      String sample = breaks(cols[1]);
      String span = breaks(cols[2]);
      int at = sample.indexOf(span);
      if (at < 0) {
        throw new IllegalStateException("span not in sample: " + cols[1]);
      }
      positives.add(new Positive(cols[0], sample, span, at, at + span.length()));
    }
    List<Negative> negatives = new ArrayList<>();
    for (String[] cols : rows(half + "/negatives-" + half + ".tsv", 2)) {
      negatives.add(new Negative(cols[0], breaks(cols[1])));
    }
    return new PersonalDataCorpus(positives, negatives);
  }

  /** The figures of the scanner itself on each sample. */
  Figures scanned() {
    return figures(sample -> found(PersonalDataScan.scan(sample)));
  }

  private static List<Found> found(List<PersonalDataScan.Match> matches) {
    return matches.stream().map(m -> new Found(m.start(), m.end(), m.kind().label())).toList();
  }

  /**
   * The figures of the real check path: every sample as the {@code |-} block of 事案の概要 in a case
   * file of its own, all in one period folder under {@code dir}, checked once by {@link Checker}.
   */
  Figures checked(Path dir) {
    Path folder = Periods.empty(dir, "corpus", 2025, "上半期");
    List<String> samples = new ArrayList<>();
    positives.forEach(p -> samples.add(p.sample()));
    negatives.forEach(n -> samples.add(n.sample()));
    for (int i = 0; i < samples.size(); i++) {
      Periods.write(folder.resolve(String.format("cases/%04d.yaml", i)), caseFile(samples.get(i)));
    }
    Map<String, List<Problem>> byFile = new TreeMap<>();
    for (Problem p : Periods.check(folder).problems()) {
      if (p.kind() == Problem.Kind.PERSONAL_DATA) {
        byFile
            .computeIfAbsent(Path.of(p.path()).getFileName().toString(), k -> new ArrayList<>())
            .add(p);
      }
    }
    Map<String, List<Found>> foundBySample = new LinkedHashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      String sample = samples.get(i);
      List<Found> found = new ArrayList<>();
      for (Problem p : byFile.getOrDefault(String.format("%04d.yaml", i), List.of())) {
        found.add(locate(sample, p));
      }
      foundBySample.put(i + "\u0000" + sample, found);
    }
    int[] index = {0};
    return figures(
        sample -> {
          String key = index[0]++ + "\u0000" + sample;
          return foundBySample.get(key);
        });
  }

  /** The first value line is file line 4; every value line is indented by two spaces. */
  private static final int FIRST_LINE = 4;

  private static final int INDENT = 2;

  static String caseFile(String sample) {
    StringBuilder b = new StringBuilder("所属: 本庁\n発生日: 2025-05-01\n事案の概要: |-\n");
    for (String line : sample.split("\n", -1)) {
      b.append(" ".repeat(INDENT)).append(line).append('\n');
    }
    return b.append("発生原因: 確認不足によるもの。\n対応: 謝罪した。\n二次被害: 無\n再発防止策: 確認を徹底することとした。\n").toString();
  }

  /** A problem's line:column and quoted text as a range of the sample (empty when elsewhere). */
  private static Found locate(String sample, Problem p) {
    String message = p.message();
    int colon = message.indexOf(": ");
    String label = colon < 0 ? message : message.substring(0, colon);
    String text = colon < 0 ? "" : message.substring(colon + 2);
    String[] lines = sample.split("\n", -1);
    int k = p.line() - FIRST_LINE;
    if (k < 0 || k >= lines.length || p.column() <= INDENT) {
      return new Found(-1, -1, label);
    }
    int offset = 0;
    for (int i = 0; i < k; i++) {
      offset += lines[i].length() + 1;
    }
    int codePoints = p.column() - 1 - INDENT;
    if (codePoints > lines[k].codePointCount(0, lines[k].length())) {
      return new Found(-1, -1, label);
    }
    int start = offset + lines[k].offsetByCodePoints(0, codePoints);
    return new Found(start, start + Math.max(1, text.length()), label);
  }

  private Figures figures(Function<String, List<Found>> detector) {
    Map<String, int[]> recall = new TreeMap<>();
    Map<String, int[]> falseAlarms = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> alarms = new ArrayList<>();
    for (Positive p : positives) {
      List<Found> found = detector.apply(p.sample());
      boolean caught =
          found.stream().anyMatch(f -> f.start() < p.spanEnd() && f.end() > p.spanStart());
      int[] c = recall.computeIfAbsent(p.category(), k -> new int[2]);
      c[1]++;
      if (caught) {
        c[0]++;
      } else {
        misses.add(
            p.category()
                + "\t"
                + escape(p.sample())
                + "\t"
                + escape(p.span())
                + "\t"
                + describe(p.sample(), found));
      }
    }
    for (Negative n : negatives) {
      List<Found> found = detector.apply(n.sample());
      int[] c = falseAlarms.computeIfAbsent(n.category(), k -> new int[2]);
      c[1]++;
      if (!found.isEmpty()) {
        c[0]++;
        alarms.add(n.category() + "\t" + escape(n.sample()) + "\t" + describe(n.sample(), found));
      }
    }
    return new Figures(recall, falseAlarms, misses, alarms);
  }

  private static String describe(String sample, List<Found> found) {
    List<String> parts = new ArrayList<>();
    for (Found f : found) {
      parts.add(
          f.label()
              + ":「"
              + (f.start() < 0
                  ? "(elsewhere)"
                  : escape(sample.substring(f.start(), Math.min(sample.length(), f.end()))))
              + "」");
    }
    return parts.toString();
  }

  static String escape(String s) {
    return s.replace("\n", "\\n");
  }

  private static String breaks(String s) {
    return s.replace("\\n", "\n");
  }

  private static List<String[]> rows(String name, int columns) {
    try (InputStream in = PersonalDataCorpus.class.getResourceAsStream("/personal-data/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus file " + name);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != columns) {
          throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
        }
        rows.add(cols);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
