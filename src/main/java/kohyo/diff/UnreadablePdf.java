package kohyo.diff;

/** A PDF that cannot be compared, with the reason in Japanese (never quoting the file's text). */
public final class UnreadablePdf extends Exception {
  private static final long serialVersionUID = 1L;

  UnreadablePdf(String message) {
    super(message, null, false, false);
  }
}
