package kohyo.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kohyo.base.AtomicFiles;
import kohyo.base.Fonts;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.base.KohyoVersion;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.load.PeriodReader;
import kohyo.render.Format;
import kohyo.render.TemplateRenderer;

/**
 * Rebuilds archived versions from the archive alone, through the same path as the command line: an
 * installation folder is made from the archived templates and fonts (once per distinct set), a
 * period folder from the kept inputs, with a minimal withheld case standing in for each withheld
 * one (the PDF only counts them), then {@link Checker} and {@link PeriodBuilder} make the PDF,
 * which is compared byte for byte with the archived one. The folders are temporary and removed on
 * {@link #close}. Several versions may be rebuilt at once: each has its own period folder, and an
 * installation is made once, by whichever version needs it first.
 */
final class Rebuilder implements AutoCloseable {

  /** How the rebuild of one version went. */
  sealed interface Outcome permits Same, Different, Impossible {}

  /** Rebuilt and byte-identical. */
  record Same() implements Outcome {}

  /** Rebuilt, and the bytes of this file (the PDF or a twin) differ. */
  record Different(Path file, String why) implements Outcome {}

  /** Not rebuilt: an input is missing or damaged, or this kohyo cannot build it. */
  record Impossible(String why) implements Outcome {}

  private final ObjectStore objects;
  private final Map<List<Manifest.Input>, Installed> installations = new ConcurrentHashMap<>();
  private final AtomicInteger folders = new AtomicInteger();
  private Path work;

  /** One rebuilt installation and the checker and builder over it. */
  private record Installed(Checker checker, PeriodBuilder builder) {}

  Rebuilder(ObjectStore objects) {
    this.objects = objects;
  }

  Outcome rebuild(ArchivedVersion version) throws IOException {
    Manifest m = version.manifest();
    String note = versionNote(m);
    Optional<byte[]> archived = read(version.pdf());
    if (archived.isEmpty()) {
      return new Impossible("PDF がありません。");
    }
    List<Manifest.Input> installation = m.at(Place.INSTALLATION);
    for (Manifest.Input f :
        installations.containsKey(installation) ? List.<Manifest.Input>of() : installation) {
      if (objects.read(f.sha256()).isEmpty()) {
        return new Impossible(f.label() + "（objects/" + f.sha256() + "）がないか、内容が記録と異なります。");
      }
    }
    Installed installed;
    try {
      Optional<Installed> made = installation(installation);
      if (made.isEmpty()) {
        return new Impossible(
            "記録された templates/ と fonts/ には、いまの kohyo が必要とするファイルがそろっていません" + note + "。");
      }
      installed = made.get();
    } catch (Fonts.UnreadableFont e) {
      return new Impossible("記録されたフォントを読めません" + note + "。");
    }
    Optional<Path> folder = periodFolder(version);
    if (folder.isEmpty()) {
      return new Impossible("記録された入力（inputs/、objects/）がそろっていないか、記録と内容が異なります。");
    }
    CheckedPeriod checked = installed.checker().check(folder.get());
    if (!checked.ok()) {
      return new Impossible(
          "記録された入力がいまの kohyo の検査を通りません（問題 " + checked.errors().size() + " 件）" + note + "。");
    }
    PeriodBuild rebuilt;
    try {
      rebuilt = installed.builder().build(checked);
    } catch (TemplateRenderer.TemplateFailure e) {
      return new Impossible("記録されたテンプレートでは PDF を作れません" + note + "。");
    }
    if (!Arrays.equals(rebuilt.pdf(), archived.get())) {
      return new Different(version.pdf(), "記録された入力から作り直した PDF とバイト単位で一致しません" + note + "。");
    }
    // a version archived before kohyo made twins records none, and has none to compare
    for (Format twin : m.twinSha256().keySet()) {
      Optional<byte[]> kept = read(version.twin(twin));
      if (kept.isPresent() && !Arrays.equals(rebuilt.twins().get(twin), kept.get())) {
        return new Different(
            version.twin(twin),
            "記録された入力から作り直した "
                + twin.extension().toUpperCase(Locale.ROOT)
                + " とバイト単位で一致しません"
                + note
                + "。");
      }
    }
    return new Same();
  }

  /** Says that the version was built by another kohyo, when it was. */
  private static String versionNote(Manifest m) {
    return m.version().equals(KohyoVersion.get())
        ? ""
        : "（この版は kohyo "
            + m.version()
            + " で作られ、いまの kohyo は "
            + KohyoVersion.get()
            + " です。作ったときの版の kohyo で確かめてください）";
  }

  /**
   * An installation folder holding exactly the recorded files (all of them checked present), made
   * once per distinct set; empty when it lacks what this kohyo needs.
   */
  private synchronized Optional<Installed> installation(List<Manifest.Input> files)
      throws IOException {
    Installed known = installations.get(files);
    if (known != null) {
      return Optional.of(known);
    }
    Path root = work().resolve("kohyo-" + installations.size());
    for (Manifest.Input f : files) {
      AtomicFiles.write(root.resolve(f.label()), objects.read(f.sha256()).orElseThrow());
    }
    Home home = new Home(root);
    if (!home.isComplete()) {
      return Optional.empty();
    }
    Installed made = new Installed(new Checker(Installation.of(home)), new PeriodBuilder(home));
    installations.put(List.copyOf(files), made);
    return Optional.of(made);
  }

  /**
   * A period folder named as the period, with the kept inputs and a stand-in for each withheld
   * case; empty when a kept input is missing or differs from its record.
   */
  private Optional<Path> periodFolder(ArchivedVersion version) throws IOException {
    Manifest m = version.manifest();
    Path folder = work().resolve("period-" + folders.getAndIncrement()).resolve(m.period());
    Files.createDirectories(folder.resolve(PeriodReader.CASES_DIR));
    Set<String> names = new HashSet<>();
    for (Manifest.Input input : m.at(Place.PERIOD)) {
      Optional<byte[]> bytes = read(version.input(input));
      if (bytes.isEmpty() || !Sha256.hex(bytes.get()).equals(input.sha256())) {
        return Optional.empty();
      }
      AtomicFiles.write(folder.resolve(input.label()), bytes.get());
      names.add(input.label());
    }
    for (Manifest.Input input : m.at(Place.SHARED)) {
      Optional<byte[]> bytes = objects.read(input.sha256());
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      AtomicFiles.write(folder.getParent().resolve(input.label()), bytes.get());
    }
    for (int i = 1; i <= m.withheldCount(); i++) {
      String name = PeriodReader.CASES_DIR + "/withheld-" + i + ".yaml";
      while (names.contains(name)) {
        name = name.replace(".yaml", "-.yaml");
      }
      names.add(name);
      AtomicFiles.write(folder.resolve(name), standIn(m, i).getBytes(StandardCharsets.UTF_8));
    }
    return Optional.of(folder);
  }

  /**
   * A withheld case that counts as the archived one did: the PDF shows only how many there are. It
   * is dated on the build date, the period's last day, which lies in the period. Each stand-in is
   * numbered, so that no two are the same file (the check refuses identical case files as copies).
   */
  private static String standIn(Manifest m, int number) {
    return "# 再構築のための代わりの非公表事案 "
        + number
        + "（非公表の事案の内容はアーカイブに保管されていません）\n"
        + "公表: 非公表\n非公表基準: 1\n発生日: "
        + m.buildDate()
        + "\n";
  }

  private static Optional<byte[]> read(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private synchronized Path work() throws IOException {
    if (work == null) {
      work = Files.createTempDirectory("kohyo-rebuild-");
    }
    return work;
  }

  @Override
  public synchronized void close() throws IOException {
    if (work != null) {
      Folders.deleteTree(work);
    }
  }
}
