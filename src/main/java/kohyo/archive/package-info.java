/**
 * Stage 6 (beside render): the long-term archive, kept so that a version published today can be
 * rebuilt and proven byte for byte years later from the archive alone.
 *
 * <p>Layout ({@link kohyo.archive.ArchiveFolder}, {@link kohyo.archive.Version}): one folder per
 * period with the PDF/A-1b, its HTML and CSV twins (the bytes {@code build} publishes), a manifest
 * ({@link kohyo.archive.Manifest}), the published inputs under {@code inputs/}, a SHA256SUMS of
 * every file and {@code history/<n>/} for each replaced version; templates and fonts once per
 * archive under {@code objects/<sha256>}; a top-level SHA256SUMS recording every object and every
 * period. Withheld cases are recorded as a digest only: never their name or text.
 *
 * <p>Writing ({@link kohyo.archive.Archiving}): {@link kohyo.archive.PeriodBuilder} (a pure
 * function of a checked period) → {@link kohyo.archive.ObjectStore} and {@link
 * kohyo.archive.Stager} (hidden folders) → {@link kohyo.archive.Commit} (the pending record: the
 * point of no return) → {@link kohyo.archive.Completion} (renames). {@link kohyo.archive.Recovery}
 * runs first and finishes or undoes an interrupted run. No clock time is recorded anywhere, so
 * archiving the same inputs gives the same bytes.
 *
 * <p>Checking ({@link kohyo.archive.Verifier}): {@link kohyo.archive.ArchiveAudit} and {@link
 * kohyo.archive.PeriodAudit} account for every file; {@link kohyo.archive.Rebuilder} rebuilds every
 * version through the same check-and-build path as the command line.
 *
 * <p>To archive another input file: one line in {@link kohyo.archive.ArchivedInputs}, with a {@link
 * kohyo.archive.Place} saying where it is kept and where a rebuild puts it back.
 */
package kohyo.archive;
