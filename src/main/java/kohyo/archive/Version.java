package kohyo.archive;

/**
 * The layout of one archived version of a period: the period folder itself holds the current one,
 * {@code history/<n>/} each replaced one.
 *
 * <pre>
 * &lt;period&gt;.pdf        the PDF/A-1b
 * &lt;period&gt;.html       the HTML twin, as build writes it (none in a version archived before twins)
 * &lt;period&gt;.csv        the CSV twin, likewise
 * manifest.txt        what it was built from ({@link Manifest})
 * inputs/             the kept period inputs: period.yaml, cases/*.yaml (published cases only)
 * SHA256SUMS          in the period folder: every file of the folder; in a history slot: its
 *                     version's own files, as they were listed before it was replaced
 * history/&lt;n&gt;/        (period folder only) the versions it replaced, oldest first
 * replacement.txt     (history slot only) why it was replaced, and the SHA-256 of its files
 * </pre>
 */
final class Version {

  static final String SUMS = "SHA256SUMS";
  static final String MANIFEST = Manifest.FILE_NAME;
  static final String INPUTS = "inputs";
  static final String HISTORY = "history";
  static final String REPLACEMENT = "replacement.txt";

  private Version() {}

  /** Whether a name under {@code history/} is a slot: 1, 2, … without leading zeros. */
  static boolean isSlot(String name) {
    return name.matches("[1-9][0-9]{0,8}");
  }
}
