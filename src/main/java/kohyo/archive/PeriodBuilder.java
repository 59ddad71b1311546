package kohyo.archive;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kohyo.base.Home;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.model.Edition;
import kohyo.render.Format;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;

/**
 * A checked period → its PDF/A, its HTML and CSV twins and manifest. A function of the checked
 * period and the installation alone (no clock, no archive), so that {@code archive} and {@code
 * verify --rebuild} make the same bytes from the same inputs, and periods can be built in any order
 * or at once.
 */
public final class PeriodBuilder {

  /** The twins kept with the PDF/A: the published HTML and CSV. */
  static final List<Format> TWINS = List.of(Format.HTML, Format.CSV);

  private final Home home;
  private final Publisher publisher;
  private final Function<Edition, byte[]> render;

  public PeriodBuilder(Home home) {
    Publisher publisher = new Publisher(home);
    this.home = home;
    this.publisher = publisher;
    this.render = edition -> publisher.pdf(edition, RenderOptions.archival());
  }

  /**
   * With another way to render the PDF, for tests that must not spend a process's time laying out
   * (the twins, quick to make, are made as always).
   */
  PeriodBuilder(Home home, Function<Edition, byte[]> render) {
    this.home = home;
    this.publisher = new Publisher(home);
    this.render = render;
  }

  /** The manifest, PDF/A and kept inputs of one period that {@link CheckedPeriod#ok() is ok}. */
  public PeriodBuild build(CheckedPeriod period) {
    Edition edition = period.checkedEdition();
    byte[] pdf = render.apply(edition);
    Map<Format, byte[]> twins = new EnumMap<>(Format.class);
    Map<Format, String> twinSha256 = new EnumMap<>(Format.class);
    for (Format twin : TWINS) {
      twins.put(twin, publisher.official(edition, twin));
      twinSha256.put(twin, Sha256.hex(twins.get(twin)));
    }
    List<ArchivedInput> inputs = ArchivedInputs.of(period);
    Manifest manifest =
        new Manifest(
            period.installation().version(),
            edition.name(),
            edition.period().end(),
            recordedFolder(home, period.folder()),
            Sha256.hex(pdf),
            twinSha256,
            inputs.stream().map(ArchivedInput::entry).toList());
    return new PeriodBuild(manifest, pdf, twins, inputs);
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
