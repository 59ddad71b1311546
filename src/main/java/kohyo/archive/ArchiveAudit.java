package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kohyo.base.Sha256;

/**
 * Checks that an archive folder is exactly what its records say: the top-level SHA256SUMS lists
 * every object and every period's SHA256SUMS, and nothing else lies in the folder but what a
 * finished run leaves (a leftover of an interrupted run is named, with what will become of it).
 * Each period folder is checked by {@link PeriodAudit}. Reads, never writes.
 */
final class ArchiveAudit {

  /**
   * @param findings every file that does not hold
   * @param versions every version whose manifest could be read, period by period
   * @param periods how many period folders the archive holds
   */
  record Result(Findings findings, List<ArchivedVersion> versions, int periods) {}

  private ArchiveAudit() {}

  static Result audit(ArchiveFolder archive) throws IOException {
    Findings findings = new Findings();
    leftovers(archive, findings);
    Set<String> recordedPeriods = new LinkedHashSet<>();
    Set<String> recordedObjects = new LinkedHashSet<>();
    List<Path> periods = archive.periodFolders();
    ObjectStore objects = archive.objects();
    boolean hasRecord = Files.exists(archive.record(), LinkOption.NOFOLLOW_LINKS);
    if (hasRecord) {
      Map<String, String> listed = SumsCheck.check(archive.record(), findings).orElse(Map.of());
      for (String entry : listed.keySet()) {
        Optional<String> period = ArchiveFolder.periodOf(entry);
        if (period.isPresent()) {
          recordedPeriods.add(period.get());
        } else if (entry.startsWith(ArchiveFolder.OBJECTS + "/")) {
          recordedObjects.add(entry.substring(ArchiveFolder.OBJECTS.length() + 1));
        } else {
          findings.fail(
              archive.root().resolve(entry), "アーカイブの記録（SHA256SUMS）にある、期間にも objects/ にも属さないファイルです。");
        }
      }
    } else if (archive.isForeign()) {
      // not an archive at all: naming each of its files would help no one
      findings.fail(archive.root(), ArchiveFolder.FOREIGN);
      return new Result(findings, List.of(), periods.size());
    } else if (!periods.isEmpty() || Files.isDirectory(objects.folder())) {
      findings.fail(archive.record(), "ありません（アーカイブの記録: どの期間と objects/ のファイルがあるべきか）。");
    }
    for (Path p : periods) {
      if (hasRecord && !recordedPeriods.contains(p.getFileName().toString())) {
        findings.fail(p, "アーカイブの記録（SHA256SUMS）にない期間フォルダーです。");
      }
    }
    for (String p : recordedPeriods) {
      if (!Files.isDirectory(archive.period(p), LinkOption.NOFOLLOW_LINKS)) {
        findings.fail(archive.period(p), "アーカイブの記録（SHA256SUMS）にある期間のフォルダーがありません。");
      }
    }
    objects(objects, recordedObjects, hasRecord, findings);
    others(archive, findings);
    List<ArchivedVersion> versions = new ArrayList<>();
    PeriodAudit periodAudit = new PeriodAudit(objects, findings);
    for (Path p : periods) {
      versions.addAll(periodAudit.audit(p));
    }
    return new Result(findings, versions, periods.size());
  }

  private static void leftovers(ArchiveFolder archive, Findings findings) throws IOException {
    for (ArchiveFolder.Leftover l : archive.leftovers()) {
      findings.fail(
          l.path(),
          switch (l.kind()) {
            case STAGING ->
                "期間 " + l.period() + " の書き出しが途中で止まった準備フォルダーです（次の ./kohyo archive が片づけます）。";
            case ASIDE ->
                "期間 " + l.period() + " の差し替えが途中で止まったときの前の版です（次の ./kohyo archive が元に戻すか差し替えを完了します）。";
            case PENDING -> "途中で止まった archive の記録です（次の ./kohyo archive が続きを完了します）。";
            case TEMPORARY -> "書き込みが途中で止まった一時ファイルです（次の ./kohyo archive が片づけます）。";
            case UNKNOWN -> "アーカイブの記録にないファイルです。";
          });
    }
  }

  /** Every object is recorded, named by its content's digest, and nothing else is there. */
  private static void objects(
      ObjectStore objects, Set<String> recorded, boolean hasRecord, Findings findings)
      throws IOException {
    for (Path p : objects.entries()) {
      String name = p.getFileName().toString();
      if (!Sha256.isHex(name) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        findings.fail(
            p,
            name.endsWith(".tmp")
                ? "書き込みが途中で止まった一時ファイルです（次の ./kohyo archive が片づけます）。"
                : "objects/ には SHA-256 を名前にしたファイルだけを置きます。アーカイブの記録にないファイルです。");
        continue;
      }
      if (objects.read(name).isEmpty()) {
        findings.fail(p, "内容の SHA-256 が名前と一致しません（改変または破損）。");
      } else {
        findings.matched(p);
      }
      if (hasRecord && !recorded.contains(name)) {
        findings.fail(
            p, "アーカイブの記録（SHA256SUMS）にないファイルです（途中で止まった archive が書いたもの。次の ./kohyo archive が片づけます）。");
      }
    }
  }

  /** Visible top-level entries that are neither the record, objects/ nor a period folder. */
  private static void others(ArchiveFolder archive, Findings findings) throws IOException {
    for (Path p : archive.entries()) {
      String name = p.getFileName().toString();
      boolean known =
          name.startsWith(".")
              || (name.equals(ArchiveFolder.RECORD) && Files.isRegularFile(p))
              || (name.equals(ArchiveFolder.OBJECTS) && Files.isDirectory(p))
              || (ArchiveFolder.isPeriodName(name)
                  && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
      if (!known) {
        findings.fail(p, "アーカイブの記録にないファイルです（期間のフォルダーでも、アーカイブ自身のファイルでもありません）。");
      }
    }
  }
}
