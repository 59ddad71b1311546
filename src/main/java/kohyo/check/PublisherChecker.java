package kohyo.check;

import static kohyo.check.Schema.CRITERION;
import static kohyo.check.Schema.ISSUER;
import static kohyo.check.Schema.NOTE;
import static kohyo.check.Schema.TITLE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Problem;
import kohyo.load.PublisherFile;
import kohyo.load.YamlDocument;
import kohyo.model.PublisherRules;
import kohyo.wording.Phrase;
import kohyo.wording.Wording;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks the publisher file ({@code publisher.yaml}): 公表主体, the 非公表基準 as a list of 1 to 9 one-line
 * items, and, when given, its own 表題 and 注記. Without a file the installation's words apply (the
 * shipped four criteria), so existing period folders need no change.
 */
final class PublisherChecker {

  /**
   * The publisher a period is published by.
   *
   * @param issuer 公表主体 from the publisher file; period.yaml's, when it has one, wins
   * @param rules the title, note and criteria in force
   * @param file the publisher file as messages name it, empty when there is none
   */
  record Publisher(Optional<String> issuer, PublisherRules rules, Optional<String> file) {}

  /**
   * A number a clerk copied from the published list along with the text: (1), （１）, 1., ①. kohyo
   * numbers the criteria itself, so it would print (1)(1)….
   */
  private static final Pattern OWN_NUMBER =
      Pattern.compile("^(?:[(（]\\s*[0-9０-９]{1,2}\\s*[)）]|[0-9０-９]{1,2}\\s*[.．、)）]|[①-⑨])");

  private final CharacterCheck characters;
  private final PublisherRules installation;

  /**
   * @param installation the words of {@code templates/wording.yaml}, for a period without a file
   *     and for what a file leaves out
   */
  PublisherChecker(CharacterCheck characters, PublisherRules installation) {
    this.characters = characters;
    this.installation = installation;
  }

  /**
   * The publisher of a period; empty when its file could not be read or has problems (reported), so
   * that nothing is checked or printed against criteria it did not mean.
   */
  Optional<Publisher> check(Optional<PublisherFile> file, List<Problem> sink) {
    if (file.isEmpty()) {
      return Optional.of(new Publisher(Optional.empty(), installation, Optional.empty()));
    }
    Optional<YamlDocument> doc = file.get().document();
    if (doc.isEmpty()) {
      return Optional.empty(); // unreadable: the load stage said why
    }
    Problems problems = new Problems(doc.get(), sink);
    int before = problems.count();
    Optional<Fields> read = Fields.read(problems, Schema.PUBLISHER_KEYS, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<String> issuer = string(f, problems, ISSUER, true);
    PersonalDataCheck personalData = new PersonalDataCheck(problems, List.of());
    f.node(ISSUER).ifPresent(n -> personalData.scan(ISSUER, n));
    personalData.finish();
    Optional<String> title = string(f, problems, TITLE, false);
    title.ifPresent(t -> checkTitle(f, problems, t));
    Optional<String> note = string(f, problems, NOTE, false);
    List<String> criteria = criteria(f, problems);
    if (problems.count() != before) {
      return Optional.empty();
    }
    return Optional.of(
        new Publisher(
            issuer,
            new PublisherRules(
                title.orElse(installation.title()), note.orElse(installation.note()), criteria),
            Optional.of(doc.get().path())));
  }

  /** A one-line text in the font; an optional key may be left out, not left empty. */
  private Optional<String> string(Fields f, Problems problems, String key, boolean required) {
    if (!required && !f.present(key)) {
      return Optional.empty();
    }
    Optional<String> value = f.string(key, true);
    value.ifPresent(v -> characters.check(problems, key, f.node(key).orElseThrow(), v));
    return value;
  }

  /** The title may fill in only what the installation's title can: 公表主体, 年度, 区分. */
  private static void checkTitle(Fields f, Problems problems, String title) {
    for (String place : new LinkedHashSet<>(Phrase.parse(title).places())) {
      if (!Wording.TITLE_PLACES.contains(place)) {
        problems.at(
            f.node(TITLE).orElseThrow(),
            Problem.Kind.VALUE,
            TITLE,
            Messages.publisherTitlePlace(place, Wording.TITLE_PLACES));
      }
    }
  }

  private List<String> criteria(Fields f, Problems problems) {
    List<String> criteria = new ArrayList<>();
    Optional<Node> node = f.node(CRITERION);
    if (node.isEmpty()) {
      f.reportMissing(CRITERION);
      return criteria;
    }
    if (!(node.get() instanceof SequenceNode list)) {
      problems.at(node.get(), Problem.Kind.SCHEMA, CRITERION, Messages.publisherCriteriaShape());
      return criteria;
    }
    for (Node item : list.getValue()) {
      String text =
          item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) ? s.getValue().strip() : "";
      if (text.isEmpty() || text.contains("\n")) {
        problems.at(item, Problem.Kind.SCHEMA, CRITERION, Messages.publisherCriterionItem());
        continue;
      }
      Matcher own = OWN_NUMBER.matcher(text);
      if (own.find()) {
        problems.at(
            item, Problem.Kind.VALUE, CRITERION, Messages.publisherCriterionNumbered(own.group()));
        continue;
      }
      characters.check(problems, CRITERION, item, text);
      criteria.add(text);
    }
    int n = list.getValue().size();
    if (n < Schema.FIRST_CRITERION || n > Schema.MAX_CRITERIA) {
      problems.at(node.get(), Problem.Kind.VALUE, CRITERION, Messages.publisherCriteriaCount(n));
    }
    return criteria;
  }
}
