package kohyo.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.base.Problem;
import kohyo.base.Sha256;
import kohyo.check.EditionChecker;
import kohyo.load.LoadResult;
import kohyo.load.PeriodReader;
import kohyo.load.YamlDocument;
import kohyo.model.Edition;
import kohyo.model.WithheldCase;

/**
 * A period folder read once: the checked edition and the hash of every input, taken from the very
 * bytes that were checked (not read a second time, which could see a different file).
 *
 * @param folder the folder as given
 * @param edition the edition, or empty when there were problems
 * @param problems every problem found
 * @param inputs period.yaml, cases (withheld ones by hash only), templates and fonts
 */
public record Snapshot(
    Path folder, Optional<Edition> edition, List<Problem> problems, List<Manifest.Input> inputs) {

  public static Snapshot read(Path folder, Home home, EditionChecker checker) {
    LoadResult loaded = new PeriodReader().read(folder);
    EditionChecker.CheckResult checked = checker.check(loaded);
    if (!checked.ok()) {
      return new Snapshot(folder, Optional.empty(), checked.problems(), List.of());
    }
    Edition edition = checked.edition().orElseThrow();
    Set<String> withheld = new HashSet<>();
    for (WithheldCase w : edition.withheld()) {
      withheld.add(w.digest());
    }
    List<Manifest.Input> inputs = new ArrayList<>();
    YamlDocument period = loaded.period().period();
    inputs.add(new Manifest.Input(PeriodReader.PERIOD_FILE, Sha256.hex(period.source().bytes())));
    for (YamlDocument doc : loaded.period().cases()) {
      String hash = Sha256.hex(doc.source().bytes());
      inputs.add(
          new Manifest.Input(
              withheld.contains(hash)
                  ? Manifest.WITHHELD_LABEL
                  : PeriodReader.CASES_DIR + "/" + doc.source().fileName(),
              hash));
    }
    inputs.addAll(installationInputs(home));
    return new Snapshot(folder, Optional.of(edition), List.of(), inputs);
  }

  /**
   * Every file under templates/ and the fonts the renderer embeds, labelled relative to the
   * installation.
   */
  static List<Manifest.Input> installationInputs(Home home) {
    List<Manifest.Input> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(home.templates())) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> home.root().relativize(p).toString()))
              .toList()) {
        inputs.add(new Manifest.Input(label(home, f), Sha256.hex(Files.readAllBytes(f))));
      }
      for (Path f : home.fontFiles()) {
        inputs.add(new Manifest.Input(label(home, f), Sha256.hex(Files.readAllBytes(f))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inputs;
  }

  private static String label(Home home, Path file) {
    return home.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
