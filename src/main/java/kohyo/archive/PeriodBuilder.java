package kohyo.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import kohyo.base.Home;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.model.Edition;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;

/**
 * A checked period → its PDF/A and manifest. A function of the checked period and the installation
 * alone (no clock, no archive), so that {@code archive} and {@code verify --rebuild} make the same
 * bytes from the same inputs, and periods can be built in any order or at once.
 */
public final class PeriodBuilder {

  private final Home home;
  private final Function<Edition, byte[]> render;

  public PeriodBuilder(Home home) {
    Publisher publisher = new Publisher(home);
    this.home = home;
    this.render = edition -> publisher.pdf(edition, RenderOptions.archival());
  }

  /** With another way to render, for tests that must not spend a process's time laying out. */
  PeriodBuilder(Home home, Function<Edition, byte[]> render) {
    this.home = home;
    this.render = render;
  }

  /** The manifest, PDF/A and kept inputs of one period that {@link CheckedPeriod#ok() is ok}. */
  public PeriodBuild build(CheckedPeriod period) {
    Edition edition = period.checkedEdition();
    byte[] pdf = render.apply(edition);
    List<ArchivedInput> inputs = ArchivedInputs.of(period);
    Manifest manifest =
        new Manifest(
            period.installation().version(),
            edition.name(),
            edition.period().end(),
            recordedFolder(home, period.folder()),
            Sha256.hex(pdf),
            inputs.stream().map(ArchivedInput::entry).toList());
    return new PeriodBuild(manifest, pdf, inputs);
  }

  /**
   * The data folder as the manifest records it: relative to the kohyo installation when it lies
   * inside it, else only its name. Never an absolute path: the archive is kept for years and handed
   * on, and must not carry a user's name or a machine's layout.
   */
  static String recordedFolder(Home home, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (absolute.startsWith(home.root()) && !absolute.equals(home.root())) {
      return home.root().relativize(absolute).toString().replace('\\', '/');
    }
    Path name = absolute.getFileName();
    return name == null ? "" : name.toString();
  }
}
