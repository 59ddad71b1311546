/**
 * Stage 5: the command line ({@code ./kohyo}), one picocli class per subcommand.
 *
 * <p>Exit codes: 0 success, 1 invalid data (every problem printed as {@code path:line:column:
 * message}), 2 usage, 3 anything else that stopped the run (an output that could not be written, a
 * broken installation). No stack trace ever reaches the user; no output file is written unless
 * every period of the run is valid.
 */
package kohyo.cli;
