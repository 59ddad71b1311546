package kohyo.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import kohyo.base.Home;
import kohyo.base.IoMessages;
import kohyo.base.Parallel;
import kohyo.check.CheckedPeriod;

/**
 * One {@code archive} run, from checked periods to a finished archive, under the archive's lock:
 * first finish or undo what an interrupted run left ({@link Recovery}), then refuse to add to an
 * archive that does not hold ({@link ArchiveAudit}) or to replace without a reason, then build
 * every period, write the objects and stage every period, commit ({@link Commit}) and move the
 * staged folders in ({@link Completion}). Until the commit a failure leaves the archive as it was;
 * after it, the next run completes what this one began.
 */
public final class Archiving {

  /** How a run ended; every outcome carries what recovery did first. */
  public sealed interface Outcome permits Written, AlreadyArchived, Busy, Refused, Failed {
    /** Sentences saying what was finished or undone of an earlier, interrupted run. */
    List<String> recovered();
  }

  /**
   * Every period is in the archive.
   *
   * @param replaced the periods whose previous version went to history
   */
  public record Written(List<String> recovered, List<PeriodBuild> builds, Set<String> replaced)
      implements Outcome {}

  /** Some periods are archived already and no reason to replace them was given; nothing written. */
  public record AlreadyArchived(List<String> recovered, List<Path> periods) implements Outcome {}

  /** Another run holds the lock; nothing done. */
  public record Busy(Path lock) implements Outcome {
    @Override
    public List<String> recovered() {
      return List.of();
    }
  }

  /**
   * The archive is not in a state to add to (a damaged file, an unrecorded folder, a leftover that
   * cannot be resolved safely); nothing written.
   */
  public record Refused(List<String> recovered, List<String> reasons) implements Outcome {}

  /**
   * Writing failed.
   *
   * @param completesLater whether the run had committed: the archive is then between the old and
   *     new state, and the next run completes it; else the archive is as it was
   */
  public record Failed(List<String> recovered, String reason, boolean completesLater)
      implements Outcome {}

  private final PeriodBuilder builder;
  private final Steps steps;

  public Archiving(Home home) {
    this(home, Steps.NONE);
  }

  Archiving(Home home, Steps steps) {
    this(new PeriodBuilder(home), steps);
  }

  Archiving(PeriodBuilder builder, Steps steps) {
    this.builder = builder;
    this.steps = steps;
  }

  /**
   * @param periods checked periods, each {@link CheckedPeriod#ok() ok}, with distinct names that
   *     can name a period folder ({@link #isPeriodName})
   */
  public Outcome run(
      Path archive, List<CheckedPeriod> periods, Optional<String> reason, Progress progress) {
    Optional<ArchiveLock> lock;
    try {
      if (ArchiveFolder.of(archive).isForeign()) {
        return new Refused(List.of(), List.of(archive + ": " + ArchiveFolder.FOREIGN));
      }
      lock = ArchiveLock.tryAcquire(archive);
    } catch (IOException e) {
      return new Failed(List.of(), archive + ": 書き出せません（" + IoMessages.describe(e) + "）。", false);
    }
    if (lock.isEmpty()) {
      return new Busy(ArchiveFolder.of(archive).lock());
    }
    try {
      return locked(ArchiveFolder.of(archive), periods, reason, progress);
    } finally {
      release(lock.get());
    }
  }

  private static void release(ArchiveLock lock) {
    try {
      lock.close();
    } catch (IOException e) {
      // the archive is as the outcome says; the system releases the lock when the process ends
    }
  }

  /** Whether a period folder's name can name its folder in an archive. */
  public static boolean isPeriodName(String name) {
    return ArchiveFolder.isPeriodName(name);
  }

  private Outcome locked(
      ArchiveFolder archive,
      List<CheckedPeriod> periods,
      Optional<String> reason,
      Progress progress) {
    List<String> recovered;
    try {
      recovered = Recovery.recover(archive, steps);
    } catch (ArchiveConflictException e) {
      return new Refused(List.of(), List.of(e.getMessage()));
    } catch (IOException e) {
      return new Failed(
          List.of(),
          archive.root() + ": 前回途中で止まった archive を片づけられません（" + IoMessages.describe(e) + "）。",
          false);
    }
    try {
      ArchiveAudit.Result audit = ArchiveAudit.audit(archive);
      if (!audit.findings().isEmpty()) {
        return new Refused(recovered, audit.findings().lines());
      }
    } catch (IOException e) {
      return new Failed(
          recovered, archive.root() + ": 読めません（" + IoMessages.describe(e) + "）。", false);
    }
    List<Path> existing =
        periods.stream()
            .map(p -> archive.period(p.name()))
            .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
            .toList();
    if (!existing.isEmpty() && reason.isEmpty()) {
      return new AlreadyArchived(recovered, existing);
    }
    List<PeriodBuild> builds = buildAll(periods, progress);
    Set<String> replaced = new LinkedHashSet<>();
    existing.forEach(p -> replaced.add(p.getFileName().toString()));
    Optional<Failed> failed = write(archive, builds, reason, recovered);
    return failed.isPresent() ? failed.get() : new Written(recovered, builds, replaced);
  }

  /**
   * Builds the periods on all cores, each render holding a core (a render owns its fonts, so the
   * bytes do not depend on what runs beside it). Progress is told in the order of the periods, as
   * soon as a period and all before it are done, so that it reads the same on every run.
   */
  private List<PeriodBuild> buildAll(List<CheckedPeriod> periods, Progress progress) {
    PeriodBuild[] done = new PeriodBuild[periods.size()];
    int[] told = {0};
    try {
      return Parallel.map(
          IntStream.range(0, periods.size()).boxed().toList(),
          i -> {
            PeriodBuild b = Parallel.onCore(() -> builder.build(periods.get(i)));
            synchronized (done) {
              done[i] = b;
              while (told[0] < done.length && done[told[0]] != null) {
                progress.done(done[told[0]++].period());
              }
            }
            return b;
          });
    } finally {
      progress.finish();
    }
  }

  /** Objects, staging, commit, completion; empty when all went through. */
  private Optional<Failed> write(
      ArchiveFolder archive,
      List<PeriodBuild> builds,
      Optional<String> reason,
      List<String> recovered) {
    List<String> written = new ArrayList<>();
    List<Stager.Staged> staged = new ArrayList<>();
    boolean committed = false;
    try {
      ObjectStore objects = archive.objects();
      List<String> used = new ArrayList<>();
      for (PeriodBuild b : builds) {
        written.addAll(objects.putAll(b.inputs()));
        b.inputs().stream()
            .filter(i -> i.place().kept() == Place.Kept.AS_OBJECT)
            .map(ArchivedInput::sha256)
            .filter(sha -> !used.contains(sha))
            .forEach(used::add);
      }
      steps.reached("objects");
      for (PeriodBuild b : builds) {
        Stager.stage(archive, b, reason, staged);
        steps.reached("staged " + b.period());
      }
      for (Stager.Staged s : staged) {
        if (!s.replaces() && Files.exists(archive.period(s.period()), LinkOption.NOFOLLOW_LINKS)) {
          // not ours: moving it aside would drop it without history
          throw new ArchiveConflictException(
              archive.period(s.period()) + ": 書き出しの準備中に、別の処理がこの期間を書き出しました。上書きせずに中止します。");
        }
      }
      Commit.write(archive, staged, used);
      committed = true;
      steps.reached("committed");
      new Completion(archive, steps).complete();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          failed(
              archive,
              recovered,
              committed,
              staged,
              written,
              archive.root() + ": 書き出せません（" + IoMessages.describe(e) + "）。"));
    } catch (ArchiveConflictException e) {
      return Optional.of(failed(archive, recovered, committed, staged, written, e.getMessage()));
    }
  }

  private static Failed failed(
      ArchiveFolder archive,
      List<String> recovered,
      boolean committed,
      List<Stager.Staged> staged,
      List<String> objects,
      String message) {
    if (committed) {
      return new Failed(
          recovered, message + "書き出しを最後まで完了できませんでした。次に ./kohyo archive を実行すると、続きから完了します。", true);
    }
    try {
      for (Stager.Staged s : staged) {
        Folders.deleteTree(s.folder());
      }
      for (String sha : objects) {
        archive.objects().delete(sha);
      }
      archive.objects().deleteIfEmpty();
    } catch (IOException e) {
      // what is left is recognisable as an interrupted run's: the next run removes it
    }
    return new Failed(recovered, message + "アーカイブは元のままです。", false);
  }
}
