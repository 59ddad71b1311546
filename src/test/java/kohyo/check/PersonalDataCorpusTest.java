package kohyo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall and false-alarm rate per category on each half of the corpus (see {@link
 * PersonalDataCorpus}), by the scanner and through the real check path. Prints the table (the one
 * in the README) and writes it with every miss and false alarm to target/personal-data-corpus.md.
 */
class PersonalDataCorpusTest {

  /** The targets of issue 10, on text the scanner was not tuned on. */
  private static final double MIN_RECALL = 0.95;

  private static final double MAX_FALSE_ALARMS = 0.03;

  private static final List<String> HALVES =
      List.of("blind", "own", "holdout", "blind-holdout", "blind3");

  @TempDir Path dir;

  @Test
  void eachHalfMeetsTheTargetsByTheScannerAndThroughTheCheckPath() throws IOException {
    List<String> report = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String half : HALVES) {
      PersonalDataCorpus corpus = PersonalDataCorpus.half(half);
      PersonalDataCorpus.Figures scanned = corpus.scanned();
      PersonalDataCorpus.Figures checked = corpus.checked(dir.resolve(half));
      report.add("## " + half);
      report.addAll(table(scanned, checked));
      details.add("## " + half + ": misses");
      details.addAll(scanned.misses());
      details.add("## " + half + ": false alarms");
      details.addAll(scanned.alarms());
      // a cell of several lines is checked as a |- block: the check path finds what the scanner
      // finds
      if (!samples(scanned.misses()).equals(samples(checked.misses()))
          || !samples(scanned.alarms()).equals(samples(checked.alarms()))) {
        failures.add(half + ": the check path differs from the scanner");
      }
      int[] r = scanned.recallTotal();
      int[] f = scanned.falseAlarmTotal();
      if (r[0] < MIN_RECALL * r[1]) {
        failures.add(half + ": recall " + r[0] + "/" + r[1]);
      }
      if (f[0] > MAX_FALSE_ALARMS * f[1]) {
        failures.add(half + ": false alarms " + f[0] + "/" + f[1]);
      }
      int[] seed = scanned.falseAlarms().getOrDefault("seed", new int[2]);
      if (seed[0] > 0) {
        failures.add(half + ": a published sentence of the seed is flagged");
      }
    }
    Path out = Path.of("target", "personal-data-corpus.md");
    Files.createDirectories(out.getParent());
    List<String> all = new ArrayList<>(report);
    all.addAll(details);
    Files.write(out, all, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
    assertEquals(List.of(), failures, "see " + out);
  }

  @Test
  void theCorpusIsLargeAndCoversEveryKind() {
    int positives = 0;
    int negatives = 0;
    for (String half : List.of("blind", "own")) {
      PersonalDataCorpus corpus = PersonalDataCorpus.half(half);
      positives += corpus.positives.size();
      negatives += corpus.negatives.size();
    }
    assertTrue(positives >= 300, "positives: " + positives);
    assertTrue(negatives >= 300, "negatives: " + negatives);
    TreeSet<String> categories = new TreeSet<>();
    PersonalDataCorpus.half("own").positives.forEach(p -> categories.add(p.category()));
    assertEquals(
        new TreeSet<>(
            List.of("address", "email", "idnumber", "mynumber", "name", "phone", "postal", "url")),
        categories);
  }

  /** The category and sample of each listed line, without what was found. */
  private static List<String> samples(List<String> lines) {
    return lines.stream().map(l -> l.substring(0, l.indexOf('\t', l.indexOf('\t') + 1))).toList();
  }

  /** One line a category: recall or false alarms, scanner and check path. */
  private static List<String> table(
      PersonalDataCorpus.Figures scanned, PersonalDataCorpus.Figures checked) {
    List<String> lines = new ArrayList<>();
    lines.add("| 種類 | 見つけた（scan） | 見つけた（check） |");
    lines.add("|---|---|---|");
    for (Map.Entry<String, int[]> e : scanned.recall().entrySet()) {
      lines.add(row(e.getKey(), e.getValue(), checked.recall().get(e.getKey())));
    }
    lines.add(row("**計**", scanned.recallTotal(), checked.recallTotal()));
    lines.add("| 種類 | 誤検出（scan） | 誤検出（check） |");
    for (Map.Entry<String, int[]> e : scanned.falseAlarms().entrySet()) {
      lines.add(row(e.getKey(), e.getValue(), checked.falseAlarms().get(e.getKey())));
    }
    lines.add(row("**計**", scanned.falseAlarmTotal(), checked.falseAlarmTotal()));
    return lines;
  }

  private static String row(String name, int[] a, int[] b) {
    return "| " + name + " | " + cell(a) + " | " + cell(b) + " |";
  }

  private static String cell(int[] v) {
    return String.format("%d/%d (%.1f%%)", v[0], v[1], v[1] == 0 ? 0 : 100.0 * v[0] / v[1]);
  }
}
