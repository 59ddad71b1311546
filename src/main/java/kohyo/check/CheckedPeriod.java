package kohyo.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kohyo.base.Installation;
import kohyo.base.Problem;
import kohyo.load.PublisherFile;
import kohyo.load.SourceFile;
import kohyo.model.Edition;
import kohyo.model.PublisherRules;

/**
 * A period folder after the one load-and-check path: everything any command needs to know about it,
 * taken from one reading of the files (never a second read that could see different bytes).
 *
 * @param folder the folder as given
 * @param name the folder's name, which names the outputs
 * @param period {@code period.yaml} as read, empty when it could not be read
 * @param publisher the publisher file that applies ({@code publisher.yaml} in the folder or the one
 *     above it), empty when there is none; an input of the edition like period.yaml, so
 *     fingerprints and archives include it
 * @param rules the title, note and criteria in force (the publisher file's, else the
 *     installation's), empty when the publisher file is wrong; the same the edition carries, also
 *     for a period with errors elsewhere (the editor lists the criteria from here)
 * @param cases every case file that could be read, in file-name order
 * @param confidential the file names (of {@code cases}) that are withheld or may be: their text is
 *     never quoted, shown, copied or diffed
 * @param edition the checked edition, present exactly when there are no errors
 * @param problems every problem of the folder (errors and warnings), sorted by file and position
 * @param acknowledged personal-data findings that case files acknowledge ({@code 確認済み}); they do
 *     not stop a build, and {@code check} lists them
 * @param installation the templates, fonts and version the outputs will be made with
 */
public record CheckedPeriod(
    Path folder,
    String name,
    Optional<SourceFile> period,
    Optional<PublisherFile> publisher,
    Optional<PublisherRules> rules,
    List<SourceFile> cases,
    Set<String> confidential,
    Optional<Edition> edition,
    List<Problem> problems,
    List<AcknowledgedFinding> acknowledged,
    Installation installation) {

  public CheckedPeriod {
    cases = List.copyOf(cases);
    confidential = Set.copyOf(confidential);
    problems = List.copyOf(problems);
    acknowledged = List.copyOf(acknowledged);
  }

  /** Whether the period can be published: an edition and no errors (warnings allowed). */
  public boolean ok() {
    return edition.isPresent();
  }

  /** The problems that stop a build. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The problems that do not stop a build but must not pass unnoticed. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** Whether a case file is withheld (or may be): never quote, show or copy it. */
  public boolean isConfidential(SourceFile caseFile) {
    return confidential.contains(caseFile.fileName());
  }

  /** The checked edition; only for a period that is {@link #ok()}. */
  public Edition checkedEdition() {
    return edition.orElseThrow(() -> new IllegalStateException("period has errors: " + name));
  }
}
