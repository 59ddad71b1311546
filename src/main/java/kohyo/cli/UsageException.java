package kohyo.cli;

/** A command-line mistake the user can fix; printed in Japanese with exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
