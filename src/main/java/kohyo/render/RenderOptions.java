package kohyo.render;

/**
 * How to render beyond the edition itself. Official output uses {@link #official()}.
 */
public record RenderOptions() {

    public static RenderOptions official() {
        return new RenderOptions();
    }
}
