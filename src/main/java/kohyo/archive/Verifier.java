package kohyo.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kohyo.base.Parallel;

/**
 * {@code verify}: checks that an archive holds exactly what its records say ({@link ArchiveAudit})
 * and, on request, rebuilds every version of every period from the archive alone ({@link
 * Rebuilder}) to compare the PDFs byte for byte.
 */
public final class Verifier {

  /**
   * @param failures one Japanese line per file (or SHA256SUMS line) that does not hold, each file
   *     named once
   * @param unrebuilt with --rebuild, one line per version that could not be rebuilt and why: the
   *     check the user asked for did not happen, so the run fails
   * @param checked how many distinct files matched their records
   * @param periods how many period folders the archive holds
   * @param versions how many versions (current and history) have a readable manifest
   * @param history of those, how many are history versions
   * @param rebuilt with --rebuild, how many versions were rebuilt and compared byte for byte
   * @param historyRebuilt of those, how many are history versions
   */
  public record Report(
      List<String> failures,
      List<String> unrebuilt,
      int checked,
      int periods,
      int versions,
      int history,
      int rebuilt,
      int historyRebuilt) {
    public boolean ok() {
      return failures.isEmpty() && unrebuilt.isEmpty();
    }
  }

  private Verifier() {}

  private static Rebuilder.Outcome rebuild(Rebuilder rebuilder, ArchivedVersion version) {
    try {
      return rebuilder.rebuild(version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Report verify(Path archive, boolean rebuild) throws IOException {
    ArchiveFolder folder = ArchiveFolder.of(archive);
    ArchiveAudit.Result audit = ArchiveAudit.audit(folder);
    Findings findings = audit.findings();
    if (audit.periods() == 0 && findings.isEmpty()) {
      findings.fail(archive, "アーカイブに期間のフォルダーがありません。");
    }
    List<String> unrebuilt = new ArrayList<>();
    int rebuilt = 0;
    int historyRebuilt = 0;
    if (rebuild) {
      try (Rebuilder rebuilder = new Rebuilder(folder.objects())) {
        List<ArchivedVersion> versions = audit.versions();
        // each version on a core of its own (its check and render too); the outcomes are read in
        // the order of the versions, so the report is the same on every run
        List<Rebuilder.Outcome> outcomes;
        try {
          outcomes = Parallel.map(versions, v -> Parallel.onCore(() -> rebuild(rebuilder, v)));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        for (int k = 0; k < versions.size(); k++) {
          ArchivedVersion v = versions.get(k);
          Rebuilder.Outcome outcome = outcomes.get(k);
          if (outcome instanceof Rebuilder.Impossible i) {
            unrebuilt.add(v.name() + ": 再構築できませんでした。" + i.why());
            continue;
          }
          rebuilt++;
          historyRebuilt += v.isHistory() ? 1 : 0;
          if (outcome instanceof Rebuilder.Different d) {
            // a PDF that already failed its recorded digest is named once, for that
            findings.fail(d.file(), d.why());
          }
        }
      }
    }
    int history = (int) audit.versions().stream().filter(ArchivedVersion::isHistory).count();
    return new Report(
        findings.lines(),
        unrebuilt,
        audit.findings().checked(),
        audit.periods(),
        audit.versions().size(),
        history,
        rebuilt,
        historyRebuilt);
  }
}
