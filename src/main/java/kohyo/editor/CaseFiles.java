package kohyo.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.casefile.CanonicalYaml;
import kohyo.casefile.CaseFields;
import kohyo.casefile.FieldsReader;
import kohyo.load.PeriodReader;

/** Opening, saving, copying and deleting case files, always as canonical YAML and atomically. */
public final class CaseFiles {

  private static final String PREFIX = "事案";
  private static final Pattern EDITOR_NAME = Pattern.compile(PREFIX + "-([0-9]{1,6})\\.yaml");

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
   * The name of a new case: {@code 事案-01.yaml}, {@code 事案-02.yaml}… in the order the cases were
   * created (one more than the highest number in the folder, so a deleted number is not reused).
   *
   * <p>The name says nothing the file's content could contradict (an earlier scheme named files
   * after the date first saved, which stayed after the date was corrected). It still matters: cases
   * of the same day are numbered (NO) in the order of their file names, which is then the order
   * they were added in. From 事案-100 on, three digits sort before 事案-99; a half-year of a hundred
   * cases in one folder is far beyond any the office has had.
   */
  public static String newName(Path period) {
    return newName(Workspace.caseFiles(period));
  }

  static String newName(List<String> taken) {
    int highest = 0;
    for (String name : taken) {
      Matcher m = EDITOR_NAME.matcher(name);
      if (m.matches()) {
        highest = Math.max(highest, Integer.parseInt(m.group(1)));
      }
    }
    return String.format("%s-%02d.yaml", PREFIX, highest + 1);
  }

  /** Where a new case file of a period goes. */
  public static Path fileOf(Path period, String name) {
    return period.resolve(PeriodReader.CASES_DIR).resolve(name);
  }
}
