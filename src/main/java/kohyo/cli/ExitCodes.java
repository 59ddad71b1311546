package kohyo.cli;

/** The documented exit codes. */
final class ExitCodes {
  static final int OK = 0;
  static final int INVALID_DATA = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

  private ExitCodes() {}
}
