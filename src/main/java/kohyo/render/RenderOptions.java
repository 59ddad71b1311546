package kohyo.render;

import java.util.Optional;

/**
 * How to render beyond the edition itself. Official output uses {@link #official()}.
 *
 * @param draftFingerprint present for a draft ({@code build --draft}): the input fingerprint the template stamps
 *                         on every page together with 「案」; absent for the official edition, which carries no stamp
 */
public record RenderOptions(Optional<String> draftFingerprint) {

    public static RenderOptions official() {
        return new RenderOptions(Optional.empty());
    }

    public static RenderOptions draft(String fingerprint) {
        return new RenderOptions(Optional.of(fingerprint));
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
