/**
 * What every stage shares and no stage owns: the installation ({@link kohyo.base.Home}), the one
 * problem value ({@link kohyo.base.Problem}) with its position ({@link kohyo.base.SourcePosition},
 * {@link kohyo.base.TextPositions}), the one SHA-256 ({@link kohyo.base.Sha256}), the one atomic
 * write ({@link kohyo.base.AtomicFiles}), Japanese wording of I/O failures and kohyo's version.
 *
 * <p>Nothing here knows about periods, cases or PDFs; every other package may depend on this one.
 */
package kohyo.base;
