package kohyo.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall and false-alarm rate per category on both halves of the corpus, scanner and check path.
 */
class PersonalDataCorpusTest {

  @TempDir Path dir;

  @Test
  void figures() throws IOException {
    List<String> report = new ArrayList<>();
    for (String half : List.of("blind", "own", "holdout")) {
      if (PersonalDataCorpus.class.getResource(
              "/personal-data/" + half + "/positives-" + half + ".tsv")
          == null) {
        continue;
      }
      PersonalDataCorpus corpus = PersonalDataCorpus.half(half);
      PersonalDataCorpus.Figures scanned = corpus.scanned();
      PersonalDataCorpus.Figures checked = corpus.checked(dir.resolve(half));
      report.add("## " + half + " — scanner");
      report.addAll(table(scanned));
      report.add("## " + half + " — check path");
      report.addAll(table(checked));
      report.add("### misses (scanner)");
      report.addAll(scanned.misses());
      report.add("### false alarms (scanner)");
      report.addAll(scanned.alarms());
      report.add("### misses (check)");
      report.addAll(checked.misses());
      report.add("### false alarms (check)");
      report.addAll(checked.alarms());
    }
    Path out = Path.of("target", "personal-data-corpus.md");
    Files.createDirectories(out.getParent());
    Files.write(out, report, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
  }

  private static List<String> table(PersonalDataCorpus.Figures f) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, int[]> e : f.recall().entrySet()) {
      lines.add(
          String.format(
              "recall %-12s %3d/%3d %5.1f%%",
              e.getKey(), e.getValue()[0], e.getValue()[1], pct(e.getValue())));
    }
    lines.add(
        String.format(
            "recall %-12s %3d/%3d %5.1f%%",
            "TOTAL", f.recallTotal()[0], f.recallTotal()[1], pct(f.recallTotal())));
    for (Map.Entry<String, int[]> e : f.falseAlarms().entrySet()) {
      lines.add(
          String.format(
              "alarm  %-12s %3d/%3d %5.1f%%",
              e.getKey(), e.getValue()[0], e.getValue()[1], pct(e.getValue())));
    }
    lines.add(
        String.format(
            "alarm  %-12s %3d/%3d %5.1f%%",
            "TOTAL", f.falseAlarmTotal()[0], f.falseAlarmTotal()[1], pct(f.falseAlarmTotal())));
    return lines;
  }

  private static double pct(int[] v) {
    return v[1] == 0 ? 0 : 100.0 * v[0] / v[1];
  }
}
