package kohyo.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kohyo.base.AtomicFiles;

/**
 * Writes a built period complete into a hidden folder beside its place ({@code .<period>.new-<n>}):
 * the new version, the history of the one it replaces, and a SHA256SUMS of all of it. Nothing in
 * the archive changes; the folder is moved in later by {@link Completion}.
 */
final class Stager {

  /**
   * A period written complete into its hidden folder.
   *
   * @param replaces whether the period was archived already when staged (its files are then in the
   *     staged history); only then may it be moved aside
   */
  record Staged(String period, Path folder, boolean replaces) {}

  private Stager() {}

  /**
   * Adds the staged period to {@code staged} as soon as its folder exists, so that the caller can
   * remove it if anything fails.
   *
   * @throws ArchiveConflictException when the period is archived already and there is no reason
   */
  static void stage(
      ArchiveFolder archive, PeriodBuild build, Optional<String> reason, List<Staged> staged)
      throws IOException {
    Path target = archive.period(build.period());
    boolean replaces = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (replaces && reason.isEmpty()) {
      throw new ArchiveConflictException(
          target + ": この期間は既にアーカイブにあります。差し替えるには --replace \"理由\" を付けてください。");
    }
    Path folder = archive.newStaging(build.period());
    staged.add(new Staged(build.period(), folder, replaces));
    // temp folders are created private; the period folder it becomes should read like any other
    if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Map<String, byte[]> covered = VersionWriter.write(folder, build);
    if (replaces) {
      covered.putAll(History.take(target, folder, reason.get()));
    }
    AtomicFiles.write(
        folder.resolve(Version.SUMS),
        Checksums.formatFiles(covered).getBytes(StandardCharsets.UTF_8));
  }
}
