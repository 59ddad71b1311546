package kohyo.archive;

/**
 * Where an input of a PDF is kept in the archive, and where a rebuild puts it back. Each place is
 * one kind of manifest line ({@link #key()}).
 */
public enum Place {

  /**
   * A file of the period folder ({@code period.yaml}, a published case file): copied into the
   * version's {@code inputs/} folder; a rebuild puts it back relative to a period folder.
   */
  PERIOD("input", Kept.IN_VERSION),

  /**
   * A file of the folder holding the period folders, shared by them ({@code publisher.yaml} there):
   * kept once for the whole archive as {@code objects/<SHA-256>}; a rebuild puts it back relative
   * to the folder above its period folder.
   */
  SHARED("shared", Kept.AS_OBJECT),

  /**
   * A withheld case: neither its name nor its content is kept, only its SHA-256. The PDF depends
   * only on how many there are, so a rebuild stands in a minimal withheld case for each.
   */
  WITHHELD("withheld", Kept.NOT_KEPT),

  /**
   * A file of the kohyo installation ({@code templates/…}, {@code fonts/…}): kept once for the
   * whole archive as {@code objects/<SHA-256>}; a rebuild puts it back relative to an installation
   * folder.
   */
  INSTALLATION("installed", Kept.AS_OBJECT);

  /** How the archive keeps the files of a place. */
  public enum Kept {
    /** A copy in the version's {@code inputs/} folder, under its label. */
    IN_VERSION,
    /** Once per archive, as {@code objects/<SHA-256>}. */
    AS_OBJECT,
    /** Not at all: only the digest is recorded. */
    NOT_KEPT
  }

  private final String key;
  private final Kept kept;

  Place(String key, Kept kept) {
    this.key = key;
    this.kept = kept;
  }

  /** The manifest key of its lines. */
  public String key() {
    return key;
  }

  public Kept kept() {
    return kept;
  }
}
