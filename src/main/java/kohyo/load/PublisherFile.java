package kohyo.load;

import java.util.Optional;

/**
 * The publisher file that applies to a period folder: the folder's own {@code publisher.yaml}, or
 * else the one in the folder above it, shared by every period there.
 *
 * @param label where it is relative to the period folder, as fingerprints and archive manifests
 *     name it: {@link PeriodReader#PUBLISHER_FILE} or {@link PeriodReader#SHARED_PUBLISHER_FILE}
 * @param document the file as composed; empty when it could not be read (the period's problems say
 *     why), so that a period never falls back to other criteria because its own file is broken
 */
public record PublisherFile(String label, Optional<YamlDocument> document) {

  /** The file's bytes and text, when it could be read. */
  public Optional<SourceFile> source() {
    return document.map(YamlDocument::source);
  }
}
