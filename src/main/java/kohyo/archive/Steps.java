package kohyo.archive;

import java.io.IOException;

/**
 * The named points of an archive run's writing, in order: {@code objects}, {@code staged <period>}
 * for each period, {@code committed}, then for each period {@code aside <period>} (a replacement
 * only) and {@code moved <period>}, then {@code cleaned} and {@code recorded}. A run does nothing
 * at them; the tests stop a process there (or fail it) to prove that every point leaves an archive
 * the next run can finish or undo.
 */
interface Steps {

  Steps NONE = step -> {};

  void reached(String step) throws IOException;
}
