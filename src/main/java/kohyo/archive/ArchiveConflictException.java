package kohyo.archive;

/**
 * The archive is not as the run expected it, so nothing was written; the message is Japanese and
 * names the folder.
 */
public final class ArchiveConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ArchiveConflictException(String message) {
    super(message, null, false, false);
  }
}
