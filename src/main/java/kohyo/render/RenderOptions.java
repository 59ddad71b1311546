package kohyo.render;

import java.util.Optional;

/**
 * How to render beyond the edition itself. Official output uses {@link #official()}.
 *
 * @param pdfA write PDF/A-1b (sRGB output intent, XMP metadata) for the archive; the official build
 *     stays plain PDF so that its bytes do not change
 * @param draftFingerprint present for a draft ({@code build --draft}): the input fingerprint the
 *     template stamps on every page together with 「案」; absent for the official edition, which
 *     carries no stamp
 */
public record RenderOptions(boolean pdfA, Optional<String> draftFingerprint) {

  public static RenderOptions official() {
    return new RenderOptions(false, Optional.empty());
  }

  /** The official document as PDF/A-1b, for {@code kohyo archive}. */
  public static RenderOptions archival() {
    return new RenderOptions(true, Optional.empty());
  }

  /** A draft of the official document, stamped 「案」 with the given input fingerprint. */
  public static RenderOptions draft(String fingerprint) {
    return new RenderOptions(false, Optional.of(fingerprint));
  }

  /** For the template: whether to stamp the pages. */
  public boolean isDraft() {
    return draftFingerprint.isPresent();
  }

  /** For the template: the fingerprint, empty for the official edition. */
  public String fingerprint() {
    return draftFingerprint.orElse("");
  }
}
