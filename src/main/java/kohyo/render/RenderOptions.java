package kohyo.render;

/**
 * How to render beyond the edition itself. Official output uses {@link #official()}.
 *
 * @param pdfA write PDF/A-1b (sRGB output intent, XMP metadata) for the archive; the official build stays plain
 *             PDF so that its bytes do not change
 */
public record RenderOptions(boolean pdfA) {

    public static RenderOptions official() {
        return new RenderOptions(false);
    }

    /** The official document as PDF/A-1b, for {@code kohyo archive}. */
    public static RenderOptions archival() {
        return new RenderOptions(true);
    }
}
