package kohyo.cli;

/**
 * kohyo's own files (templates/, fonts/) are missing or broken: exit code 3, with a Japanese
 * message.
 */
final class InstallationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InstallationException(String message) {
    super(message, null, false, false);
  }
}
