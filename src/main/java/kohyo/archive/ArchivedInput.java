package kohyo.archive;

import kohyo.base.Sha256;

/**
 * One input of an archived PDF, with the bytes the archive keeps of it.
 *
 * @param place where it is kept and put back
 * @param label its path relative to its place (e.g. {@code cases/01-x.yaml}, {@code
 *     templates/edition.css}); empty for a withheld case, whose name could itself say too much
 * @param sha256 of its bytes
 * @param bytes what the archive keeps; empty for a withheld case, which is never copied
 */
public record ArchivedInput(Place place, String label, String sha256, byte[] bytes) {

  /** An input the archive keeps a copy of. */
  static ArchivedInput kept(Place place, String label, byte[] bytes) {
    return new ArchivedInput(place, label, Sha256.hex(bytes), bytes.clone());
  }

  /** A withheld case: only its digest, never its name or bytes. */
  static ArchivedInput withheld(byte[] bytes) {
    return new ArchivedInput(Place.WITHHELD, "", Sha256.hex(bytes), new byte[0]);
  }

  /** Its manifest line, without the bytes. */
  Manifest.Input entry() {
    return new Manifest.Input(place, label, sha256);
  }
}
