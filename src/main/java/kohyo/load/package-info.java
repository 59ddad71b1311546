/**
 * Stage 1: reads a period folder from disk into YAML node trees that keep line and column marks:
 * period.yaml, the publisher file that applies (the folder's own publisher.yaml, else the one in
 * the folder above) and the case files.
 *
 * <p>Nothing here interprets the data. Files are decoded as strict UTF-8, size-limited and composed
 * (never constructed) by SnakeYAML, so a type tag cannot instantiate anything and every later
 * message can point at the exact place in the user's file. Problems found while reading are
 * returned as {@link kohyo.base.Problem} values, never thrown.
 */
package kohyo.load;
