/**
 * Stage 1: reads a period folder from disk into YAML node trees that keep line and column marks:
 * period.yaml, the publisher file that applies (the folder's own publisher.yaml, else the one in
 * the folder above) and the case files.
 *
 * <p>Nothing here interprets the data. Files are decoded as strict UTF-8, size-limited and composed
 * (never constructed) by SnakeYAML, so a type tag cannot instantiate anything and every later
 * message can point at the exact place in the user's file. Problems found while reading are
 * returned as {@link kohyo.base.Problem} values, never thrown.
 *
 * <p>The load stage also names the clerk's mistakes on the raw text ({@link kohyo.load.Mistake},
 * found by {@code Diagnosis}): where SnakeYAML's own message would point at the wrong line or give
 * the wrong fix, and where SnakeYAML reads a file without a word but not as the clerk meant it
 * (lines joined with a space, a list that is not a list). Like every message of this stage, these
 * never quote the file, which may be a withheld case. Office lock files and copies of a case file
 * are refused here too, before anything is counted twice.
 */
package kohyo.load;
