/**
 * Stage 6 (beside render): the long-term archive. Each period becomes {@code ARCHIVE/<period>/}
 * holding the PDF/A-1b edition, a manifest of the SHA-256 of every input and a {@code SHA256SUMS}
 * that {@code sha256sum -c} accepts; {@link kohyo.archive.Verifier} rechecks those sums and can
 * rebuild a period to compare bytes.
 *
 * <p>Withheld cases enter the manifest as a hash only, without their file name. The archive is a
 * function of its inputs (and of the reasons given for replacements): no clock time is recorded
 * anywhere, so archiving the same data twice gives the same bytes. A replacement keeps the previous
 * files under {@code history/<n>/}.
 */
package kohyo.archive;
