package kohyo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kohyo.archive.ArchiveConflictException;
import kohyo.archive.ArchiveLock;
import kohyo.archive.Archiver;
import kohyo.archive.PeriodBuild;
import kohyo.archive.Progress;
import kohyo.base.Home;
import kohyo.base.IoMessages;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kohyo archive}: each period as PDF/A-1b with a manifest and SHA256SUMS, into an archive
 * folder.
 */
@Command(
    name = "archive",
    description = {
      "期間ごとに PDF/A-1b、入力の目録（manifest.txt）と SHA256SUMS をアーカイブに書き出します。",
      "既にアーカイブにある期間は --replace で理由を示さない限り上書きしません。"
    })
final class ArchiveCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private PeriodArguments periods;

  @Option(names = "--to", required = true, paramLabel = "ARCHIVE", description = "アーカイブのフォルダー")
  private Path archive;

  @Option(
      names = "--replace",
      paramLabel = "理由",
      description = "既にある期間を差し替える理由。前の版は ARCHIVE/<期間>/history/<n>/ に理由とともに残ります。")
  private String reason;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> why =
        Optional.ofNullable(reason).map(r -> r.replaceAll("[\\r\\n]+", " ").strip());
    if (why.isPresent() && why.get().isEmpty()) {
      throw new UsageException("--replace には差し替えの理由を書いてください。");
    }
    List<Path> resolved = periods.resolve();
    for (Path f : resolved) {
      String name = PeriodFolders.name(f);
      if (name.startsWith(".") || name.contains("\\") || name.contains("\n")) {
        throw new UsageException("アーカイブに使えない期間フォルダー名です: " + f);
      }
    }
    Checker checker = Checks.checker();
    List<CheckedPeriod> checked = checker.checkAll(resolved);
    if (!Checks.report(checked, err, "アーカイブには何も書き出していません。")) {
      return ExitCodes.INVALID_DATA;
    }
    Optional<ArchiveLock> lock;
    try {
      lock = ArchiveLock.tryAcquire(archive);
    } catch (IOException e) {
      err.println(archive + ": 書き出せません（" + IoMessages.describe(e) + "）。アーカイブは元のままです。");
      return ExitCodes.FAILURE;
    }
    if (lock.isEmpty()) {
      err.println(
          archive
              + ": 別の archive が実行中です（"
              + archive.resolve(".lock")
              + " が使用中）。終わってからやり直してください。アーカイブには何も書き出していません。");
      return ExitCodes.FAILURE;
    }
    try (ArchiveLock held = lock.get()) {
      return archiveLocked(checker.installation().home(), checked, why, out, err);
    } catch (IOException e) {
      // only releasing the lock can fail here; the archive itself is complete
      err.println(archive.resolve(".lock") + ": ロックを解除できません（" + IoMessages.describe(e) + "）。");
      return ExitCodes.FAILURE;
    }
  }

  private int archiveLocked(
      Home home,
      List<CheckedPeriod> checked,
      Optional<String> why,
      PrintWriter out,
      PrintWriter err) {
    List<String> existing =
        Archiver.alreadyArchived(archive, checked.stream().map(CheckedPeriod::name).toList());
    if (!existing.isEmpty() && why.isEmpty()) {
      for (String name : existing) {
        err.println(
            archive.resolve(name) + ": この期間は既にアーカイブにあります。差し替えるには --replace \"理由\" を付けてください。");
      }
      err.println("アーカイブには何も書き出していません。");
      return ExitCodes.INVALID_DATA;
    }
    Archiver archiver = new Archiver(home);
    List<PeriodBuild> builds =
        archiver.buildAll(
            checked, Progress.forOutput(out, checked.size(), System.console() != null));
    try {
      archiver.write(archive, builds, why);
    } catch (IOException e) {
      err.println(archive + ": 書き出せません（" + IoMessages.describe(e) + "）。アーカイブは元のままです。");
      return ExitCodes.FAILURE;
    } catch (ArchiveConflictException e) {
      err.println(e.getMessage() + "アーカイブは元のままです。");
      return ExitCodes.FAILURE;
    }
    for (PeriodBuild b : builds) {
      out.println(
          archive.resolve(b.period())
              + " に保管しました（"
              + b.manifest().pdfName()
              + "、PDF/A-1b"
              + (existing.contains(b.period()) ? "、前の版は history に保存" : "")
              + "）。");
    }
    return ExitCodes.OK;
  }
}
