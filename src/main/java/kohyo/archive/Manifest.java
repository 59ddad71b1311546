package kohyo.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kohyo.base.Sha256;

/**
 * {@code manifest.txt}: what an archived PDF was built from. One {@code key: value} per line, so
 * that a person can read it and {@link #parse} can read it back for {@code verify --rebuild}.
 *
 * @param version the kohyo version that built the PDF
 * @param period the period folder name
 * @param buildDate the date the PDF carries (the last day of the period: taken from the data, not
 *     the clock)
 * @param dataFolder the period folder as it was given, so that a rebuild can find the inputs again
 * @param pdfSha256 of {@code <period>.pdf}
 * @param inputs every input in a fixed order: period.yaml, cases, templates, fonts
 */
public record Manifest(
    String version,
    String period,
    LocalDate buildDate,
    String dataFolder,
    String pdfSha256,
    List<Input> inputs) {

  static final String FILE_NAME = "manifest.txt";

  /**
   * What a withheld case's file is called in the manifest: its real name could itself say too much.
   */
  static final String WITHHELD_LABEL = "非公表";

  /**
   * One input file.
   *
   * @param label the path relative to the period folder ({@code cases/01-x.yaml}) or the kohyo
   *     installation ({@code templates/edition.css}); {@link #WITHHELD_LABEL} for a withheld case
   * @param sha256 of its bytes
   */
  public record Input(String label, String sha256) {
    public boolean withheld() {
      return WITHHELD_LABEL.equals(label);
    }
  }

  public Manifest {
    inputs = List.copyOf(inputs);
  }

  public String pdfName() {
    return period + ".pdf";
  }

  String format() {
    StringBuilder out = new StringBuilder();
    out.append("# kohyo アーカイブ目録: この期間の PDF を作った入力の SHA-256。\n");
    out.append("# 非公表事案はファイル名も内容も記録せず、「" + WITHHELD_LABEL + "」とハッシュだけを記録する。\n");
    out.append("kohyo-version: ").append(version).append('\n');
    out.append("period: ").append(period).append('\n');
    out.append("build-date: ").append(buildDate).append('\n');
    out.append("data-folder: ").append(dataFolder).append('\n');
    out.append("pdf: sha256:").append(pdfSha256).append(' ').append(pdfName()).append('\n');
    for (Input i : inputs) {
      out.append("input: sha256:").append(i.sha256()).append(' ').append(i.label()).append('\n');
    }
    return out.toString();
  }

  /** Reads back what {@link #format} wrote; empty if the text is not such a manifest. */
  static Optional<Manifest> parse(String text) {
    String version = null;
    String period = null;
    LocalDate date = null;
    String data = null;
    String pdf = null;
    List<Input> inputs = new ArrayList<>();
    try {
      for (String line : text.split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        if (colon < 0) {
          return Optional.empty();
        }
        String key = line.substring(0, colon);
        String value = line.substring(colon + 2);
        switch (key) {
          case "kohyo-version" -> version = value;
          case "period" -> period = value;
          case "build-date" -> date = LocalDate.parse(value);
          case "data-folder" -> data = value;
          case "pdf" -> pdf = hashOf(value);
          case "input" ->
              inputs.add(new Input(value.substring(value.indexOf(' ') + 1), hashOf(value)));
          default -> {
            return Optional.empty();
          }
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (version == null || period == null || date == null || data == null || pdf == null) {
      return Optional.empty();
    }
    return Optional.of(new Manifest(version, period, date, data, pdf, inputs));
  }

  private static String hashOf(String value) {
    if (!value.startsWith("sha256:")
        || value.indexOf(' ') != 71
        || !Sha256.isHex(value.substring(7, 71))) {
      throw new IllegalArgumentException("not a hash");
    }
    return value.substring(7, 71);
  }
}
