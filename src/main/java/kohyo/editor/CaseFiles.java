package kohyo.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kohyo.casefile.CanonicalYaml;
import kohyo.casefile.CaseFields;
import kohyo.casefile.FieldsReader;
import kohyo.check.ValueChecks;
import kohyo.load.PeriodReader;

/** Opening, saving, copying and deleting case files, always as canonical YAML and atomically. */
public final class CaseFiles {

  private CaseFiles() {}

  public static Optional<DataFile.Opened<CaseFields>> open(Path file) throws IOException {
    return DataFile.open(file, FieldsReader::caseFile, CanonicalYaml::caseFile);
  }

  /**
   * Saves a case unless the file changed since {@code expectedVersion} was read.
   *
   * @return empty when written, else the version on disk now
   */
  public static Optional<String> save(Path file, CaseFields fields, String expectedVersion)
      throws IOException {
    return DataFile.write(file, CanonicalYaml.caseFile(fields), expectedVersion);
  }

  /**
   * A free name for a new case: its 発生日 ({@code 2025-10-03-01.yaml}, numbered within the day so
   * that cases of one day keep the order they were added in), or {@code 事案-01.yaml} without a
   * readable date.
   */
  public static String newName(Path period, String date) {
    return newName(ValueChecks.date(date).orElse(null), Workspace.caseFiles(period));
  }

  static String newName(LocalDate date, List<String> taken) {
    String base = date == null ? "事案" : date.toString();
    for (int n = 1; ; n++) {
      String name = String.format("%s-%02d.yaml", base, n);
      if (!taken.contains(name)) {
        return name;
      }
    }
  }

  /** Where a new case file of a period goes. */
  public static Path fileOf(Path period, String name) {
    return period.resolve(PeriodReader.CASES_DIR).resolve(name);
  }
}
