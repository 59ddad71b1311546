package kohyo.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Home;
import kohyo.wording.Wording;

/**
 * The PDF's table layout, read from where the PDF takes it, so that the exported workbook cannot
 * drift from it: the column order and each column's class from {@code table-head.ftlh}, the
 * classes' widths, the font and the page margins from {@code edition.css}.
 *
 * @param widths each column's share of the table width in percent, by its key in {@code
 *     wording.yaml}, in table order
 * @param fontFamily the table's font, e.g. BIZ UDGothic
 * @param marginsMm the page margins top, right, bottom, left in millimetres
 */
public record TableLayout(Map<String, Double> widths, String fontFamily, double[] marginsMm) {

  static final String HEAD = "table-head.ftlh";
  static final String CSS = "edition.css";

  private static final Pattern COL = Pattern.compile("<col\\s+class=\"([\\w-]+)\"\\s*/>");
  private static final Pattern TH = Pattern.compile("<@th\\s+\"([^\"]+)\"\\s*/>");
  private static final Pattern WIDTH =
      Pattern.compile("col\\.([\\w-]+)\\s*\\{\\s*width:\\s*([0-9.]+)%\\s*;?\\s*}");
  private static final Pattern FONT = Pattern.compile("font-family:\\s*\"([^\"]+)\"");
  private static final Pattern PAGE_MARGIN =
      Pattern.compile(
          "@page\\s*\\{[^}]*?margin:\\s*([0-9.]+)mm\\s+([0-9.]+)mm\\s+([0-9.]+)mm\\s+([0-9.]+)mm");

  /** The templates do not say what export needs: a fault of the installation (exit code 3). */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  public TableLayout {
    widths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(widths));
    marginsMm = marginsMm.clone();
  }

  @Override
  public double[] marginsMm() {
    return marginsMm.clone();
  }

  public static TableLayout read(Home home) {
    String head = text(home.templates().resolve(HEAD));
    String css = text(home.templates().resolve(CSS));
    List<String> classes = all(COL, head, 1);
    List<String> keys = all(TH, head, 1);
    if (classes.size() != keys.size() || !keys.equals(Wording.COLUMN_KEYS)) {
      throw new Invalid(
          "templates/"
              + HEAD
              + " の列（<col class=…/> と <@th \"…\"/>）が表の 9 列と対応していません。配布時の内容に戻してください。");
    }
    Map<String, Double> byClass = new HashMap<>();
    Matcher w = WIDTH.matcher(css);
    while (w.find()) {
      byClass.put(w.group(1), Double.parseDouble(w.group(2)));
    }
    Map<String, Double> widths = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Double pct = byClass.get(classes.get(i));
      if (pct == null || pct <= 0) {
        throw new Invalid(
            "templates/"
                + CSS
                + " に列 col."
                + classes.get(i)
                + " の幅（width: N%）がありません。配布時の内容に戻してください。");
      }
      widths.put(keys.get(i), pct);
    }
    Matcher font = FONT.matcher(css);
    Matcher margin = PAGE_MARGIN.matcher(css);
    double[] margins =
        margin.find()
            ? new double[] {
              Double.parseDouble(margin.group(1)),
              Double.parseDouble(margin.group(2)),
              Double.parseDouble(margin.group(3)),
              Double.parseDouble(margin.group(4))
            }
            : new double[] {12, 10, 14, 10};
    return new TableLayout(widths, font.find() ? font.group(1) : "BIZ UDGothic", margins);
  }

  private static List<String> all(Pattern p, String text, int group) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(group));
    }
    return out;
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Invalid("templates/" + file.getFileName() + " を読めません。kohyo の設置を確かめてください。");
    }
  }
}
