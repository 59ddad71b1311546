/**
 * The data files as a person edits them: a case file's or {@code period.yaml}'s values as plain
 * text fields ({@link kohyo.casefile.CaseFields}, {@link kohyo.casefile.PeriodFields}), read
 * leniently from any hand-written file ({@link kohyo.casefile.FieldsReader}) and written back as
 * canonical YAML ({@link kohyo.casefile.CanonicalYaml}).
 *
 * <p>The editor's forms and Excel import both go through here, so a file saved by either looks the
 * same: the schema's key order, {@code |-} for text of several lines, a YAML list for 再発防止策 items,
 * quotes only where YAML needs them. Nothing here judges the values: whether a file is valid is
 * decided by {@link kohyo.check.Checker} alone, after the file is written.
 */
package kohyo.casefile;
