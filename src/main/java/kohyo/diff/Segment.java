package kohyo.diff;

/** A run of text that is in both versions, only in the new one, or only in the old one. */
public record Segment(Kind kind, String text) {

  public enum Kind {
    SAME,
    INSERTED,
    DELETED
  }

  public boolean inserted() {
    return kind == Kind.INSERTED;
  }

  public boolean deleted() {
    return kind == Kind.DELETED;
  }

  public static Segment same(String text) {
    return new Segment(Kind.SAME, text);
  }
}
