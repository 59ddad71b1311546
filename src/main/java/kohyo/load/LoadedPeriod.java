package kohyo.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kohyo.base.Problem;

/**
 * A period folder as read from disk: {@code period.yaml} and every {@code cases/*.yaml} that could
 * be read, in file-name order, and the problems met on the way.
 *
 * @param folder the folder as given by the user
 * @param name the folder name, which names the output ({@code 2025-h1} → {@code 2025-h1.pdf})
 * @param period the composed {@code period.yaml}, empty when it could not be read
 * @param publisher the publisher file that applies, empty when there is none (or it could not be
 *     read: then {@code problems} say so)
 * @param cases composed case files that could be read
 * @param problems files that are missing, unreadable, not UTF-8 or not YAML
 */
public record LoadedPeriod(
    Path folder,
    String name,
    Optional<YamlDocument> period,
    Optional<PublisherFile> publisher,
    List<YamlDocument> cases,
    List<Problem> problems) {

  public LoadedPeriod {
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
  }
}
