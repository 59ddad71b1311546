package kohyo.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Sha256;
import kohyo.render.Format;

/**
 * {@code manifest.txt}: what an archived PDF was built from. One {@code key: value} per line, so
 * that a person can read it and {@link #parse} can read it back for {@code verify}.
 *
 * @param version the kohyo version that built the PDF
 * @param period the period folder name
 * @param buildDate the date the PDF carries (the last day of the period: taken from the data, not
 *     the clock)
 * @param dataFolder where the period folder was, for the reader's information (relative to the
 *     kohyo installation, or only its name); a rebuild does not need it
 * @param pdfSha256 of {@code <period>.pdf}
 * @param twinSha256 of each twin kept with the PDF ({@code <period>.html}, {@code <period>.csv}),
 *     by format; empty for a version archived before kohyo made twins
 * @param inputs every input in a fixed order: period.yaml, cases, templates, fonts
 */
public record Manifest(
    String version,
    String period,
    LocalDate buildDate,
    String dataFolder,
    String pdfSha256,
    Map<Format, String> twinSha256,
    List<Input> inputs) {

  static final String FILE_NAME = "manifest.txt";

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * One input file.
   *
   * @param place where the archive keeps it
   * @param label its path relative to its place; empty for a withheld case
   * @param sha256 of its bytes
   */
  public record Input(Place place, String label, String sha256) {}

  public Manifest {
    twinSha256 = Collections.unmodifiableMap(new EnumMap<>(twinSha256));
    inputs = List.copyOf(inputs);
  }

  public String pdfName() {
    return period + ".pdf";
  }

  /** {@code <period>.html} or {@code <period>.csv}. */
  public String twinName(Format twin) {
    return twin.fileName(period);
  }

  /** How many withheld cases the PDF counts. */
  int withheldCount() {
    return (int) inputs.stream().filter(i -> i.place() == Place.WITHHELD).count();
  }

  /** The inputs kept at one place. */
  List<Input> at(Place place) {
    return inputs.stream().filter(i -> i.place() == place).toList();
  }

  String format() {
    StringBuilder out = new StringBuilder();
    out.append("# kohyo アーカイブ目録: この版の PDF を作った入力と、その SHA-256。\n");
    out.append("# input: この版の inputs/ に保管。shared: 期間のフォルダーの上に置いた、期間に共通のファイル。")
        .append("installed: kohyo の templates/ と fonts/ のファイル。shared と installed は")
        .append("アーカイブの objects/<SHA-256> に保管（アーカイブ全体で 1 つ）。\n");
    out.append("# withheld: 非公表の事案。ファイル名も内容も保管せず、ハッシュだけを記録する（PDF には件数だけが載る）。\n");
    out.append("kohyo-version: ").append(version).append('\n');
    out.append("period: ").append(period).append('\n');
    out.append("build-date: ").append(buildDate).append('\n');
    out.append("data-folder: ").append(dataFolder).append('\n');
    out.append("pdf: sha256:").append(pdfSha256).append(' ').append(pdfName()).append('\n');
    twinSha256.forEach(
        (twin, sha) ->
            out.append(twin.extension())
                .append(": sha256:")
                .append(sha)
                .append(' ')
                .append(twinName(twin))
                .append('\n'));
    for (Input i : inputs) {
      out.append(i.place().key()).append(": sha256:").append(i.sha256());
      if (!i.label().isEmpty()) {
        out.append(' ').append(i.label());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * What {@link #parse} found.
   *
   * @param manifest present when the text is a whole manifest
   * @param problems otherwise, what is wrong, in Japanese (e.g. 「3 行目が目録の形式ではありません」)
   */
  record Reading(Optional<Manifest> manifest, List<String> problems) {}

  /** Reads back what {@link #format} wrote; never throws. */
  static Reading parse(String text) {
    Map<Field, String> fields = new EnumMap<>(Field.class);
    List<Input> inputs = new ArrayList<>();
    Map<Format, String> twins = new EnumMap<>(Format.class);
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      String key = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 2);
      Optional<Field> field = Field.of(key);
      Optional<Place> place = placeOf(key);
      Optional<Format> twin = twinOf(key);
      boolean ok;
      if (twin.isPresent()) {
        ok = hashed(value) && value.length() > 72 && value.charAt(71) == ' ';
        ok = ok && twins.putIfAbsent(twin.get(), value) == null;
      } else if (field.isPresent()) {
        ok = field.get().valid(value) && fields.putIfAbsent(field.get(), value) == null;
      } else if (place.isPresent()) {
        Optional<Input> input = input(place.get(), value);
        input.ifPresent(inputs::add);
        ok = input.isPresent();
      } else {
        ok = false;
      }
      if (!ok) {
        problems.add((n + 1) + " 行目が目録の形式ではありません");
      }
    }
    for (Field f : Field.values()) {
      if (!fields.containsKey(f)) {
        problems.add(f.key + " の行がありません");
      }
    }
    if (!problems.isEmpty()) {
      return new Reading(Optional.empty(), problems);
    }
    String period = fields.get(Field.PERIOD);
    String pdf = fields.get(Field.PDF);
    if (!pdf.substring(72).equals(period + ".pdf")) {
      return new Reading(Optional.empty(), List.of("pdf の行のファイル名が period と合いません"));
    }
    Map<Format, String> twinSha256 = new EnumMap<>(Format.class);
    for (Map.Entry<Format, String> t : twins.entrySet()) {
      if (!t.getValue().substring(72).equals(t.getKey().fileName(period))) {
        return new Reading(
            Optional.empty(), List.of(t.getKey().extension() + " の行のファイル名が period と合いません"));
      }
      twinSha256.put(t.getKey(), t.getValue().substring(7, 71));
    }
    Manifest m =
        new Manifest(
            fields.get(Field.VERSION),
            period,
            date(fields.get(Field.BUILD_DATE)).orElseThrow(),
            fields.get(Field.DATA_FOLDER),
            pdf.substring(7, 71),
            twinSha256,
            inputs);
    return new Reading(Optional.of(m), List.of());
  }

  /** The single-valued lines. */
  private enum Field {
    VERSION("kohyo-version"),
    PERIOD("period"),
    BUILD_DATE("build-date"),
    DATA_FOLDER("data-folder"),
    PDF("pdf");

    final String key;

    Field(String key) {
      this.key = key;
    }

    static Optional<Field> of(String key) {
      for (Field f : values()) {
        if (f.key.equals(key)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }

    boolean valid(String value) {
      return switch (this) {
        case VERSION, DATA_FOLDER -> true;
        case PERIOD -> RelativePath.isSafe(value) && !value.contains("/");
        case BUILD_DATE -> date(value).isPresent();
        case PDF -> hashed(value) && value.length() > 72 && value.charAt(71) == ' ';
      };
    }
  }

  /** {@code html}, {@code csv}: the lines of the twins (the PDF has its own). */
  private static Optional<Format> twinOf(String key) {
    return Format.named(key).filter(f -> f != Format.PDF && f.extension().equals(key));
  }

  private static Optional<Place> placeOf(String key) {
    for (Place p : Place.values()) {
      if (p.key().equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** {@code sha256:<hex> <label>}, or {@code sha256:<hex>} alone for a withheld case. */
  private static Optional<Input> input(Place place, String value) {
    if (!hashed(value)) {
      return Optional.empty();
    }
    String sha = value.substring(7, 71);
    if (place == Place.WITHHELD) {
      return value.length() == 71 ? Optional.of(new Input(place, "", sha)) : Optional.empty();
    }
    if (value.length() < 73 || value.charAt(71) != ' ') {
      return Optional.empty();
    }
    String label = value.substring(72);
    return RelativePath.isSafe(label)
        ? Optional.of(new Input(place, label, sha))
        : Optional.empty();
  }

  private static boolean hashed(String value) {
    return value.startsWith("sha256:")
        && value.length() >= 71
        && Sha256.isHex(value.substring(7, 71));
  }

  private static Optional<LocalDate> date(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }
}
