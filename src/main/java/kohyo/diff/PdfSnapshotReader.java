package kohyo.diff;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.readback.PageContent;
import kohyo.wording.Phrase;
import kohyo.wording.Wording;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads the table of a PDF that kohyo built back into rows, knowing the document by its words
 * ({@link Wording}, the same the templates print): the 事案件数 line above the table gives the counts,
 * the header row (recognised by the column headings on every page) says which column is which
 * field, and each row below it becomes a {@link Row}. A row with an empty NO cell continues the
 * previous one (a row taller than a page).
 *
 * <p>A PDF whose headings or count line are not the ones in the wording — another document, or one
 * made before the wording was changed — is refused, never read as something else.
 */
public final class PdfSnapshotReader {

  /** A count: digits that always fit an int, whatever a PDF made to break the reader says. */
  private static final String NUMBER = "[0-9]{1,9}";

  private final Wording wording;
  private final Map<String, Field> fieldsByHeading = new HashMap<>();
  private final Pattern count;

  public PdfSnapshotReader(Wording wording) {
    this.wording = wording;
    for (Field f : Field.values()) {
      fieldsByHeading.put(squeeze(f.label(wording)), f);
    }
    this.count = countPattern(wording);
  }

  /** The PDF's pages as PDFBox reads them, and the date the PDF carries. */
  private record Parsed(List<PageContent> pages, LocalDate dated) {}

  /** What the lines above the table say: the title, and the count line's two numbers. */
  private record Heading(String title, int total, int withheld) {}

  public Snapshot read(byte[] pdf) throws UnreadablePdf {
    Parsed parsed = parse(pdf);
    if (parsed.pages().isEmpty()) {
      throw new UnreadablePdf("ページがありません。");
    }
    Optional<Heading> heading = heading(grid(parsed.pages().get(0)).linesAbove());
    Optional<List<Row>> rows = rows(parsed.pages());
    if (heading.isEmpty() || rows.isEmpty()) {
      throw new UnreadablePdf(notOurs(rows.isEmpty(), heading.isEmpty()));
    }
    Heading h = heading.get();
    CountLine.check(rows.get(), h.total(), h.withheld());
    return new Snapshot(
        Map.of(Snapshot.TITLE, h.title()),
        h.total(),
        h.withheld(),
        rows.get(),
        Optional.empty(),
        parsed.dated());
  }

  /** The title is every line above the count line (a long title wraps); empty without one. */
  private Optional<Heading> heading(List<String> linesAbove) {
    StringBuilder title = new StringBuilder();
    for (String line : linesAbove) {
      Matcher m = count.matcher(squeeze(line));
      if (m.find()) {
        return Optional.of(
            new Heading(
                title.toString(),
                Integer.parseInt(m.group("total")),
                Integer.parseInt(m.group("withheld"))));
      }
      title.append(line);
    }
    return Optional.empty();
  }

  /** Everything PDFBox does, and only that: the rest works on the extracted glyphs and borders. */
  private static Parsed parse(byte[] pdf) throws UnreadablePdf {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (doc.isEncrypted()) {
        throw new UnreadablePdf("暗号化された PDF は比較できません。");
      }
      return new Parsed(PageContent.readAll(doc), dated(doc));
    } catch (IOException e) {
      throw new UnreadablePdf("PDF として読めません。");
    } catch (StackOverflowError e) {
      // PDFBox parses nested arrays, dictionaries and forms recursively, so a hostile PDF nested
      // deeply enough overflows the stack. Only PDFBox's parsing and the page extraction run in
      // this try, and they hold no state of kohyo's, so the error is caught here and nowhere else.
      throw new UnreadablePdf("PDF の入れ子が深すぎて読めません。");
    }
  }

  /**
   * The table's rows over all pages, or empty when no page has the header row with the wording's
   * headings.
   */
  private Optional<List<Row>> rows(List<PageContent> pages) {
    List<Row> rows = new ArrayList<>();
    Field[] order = null;
    for (PageContent page : pages) {
      for (String[] cells : grid(page).rows()) {
        Optional<Field[]> header = header(cells);
        if (header.isPresent()) {
          order = header.get();
        } else if (order != null && !String.join("", cells).isEmpty()) {
          add(rows, order, cells);
        }
      }
    }
    return order == null ? Optional.empty() : Optional.of(rows);
  }

  private PageGrid grid(PageContent page) {
    return PageGrid.of(page, Field.values().length);
  }

  /** Which field each column holds, when every cell is a different column's heading. */
  private Optional<Field[]> header(String[] cells) {
    Field[] order = new Field[cells.length];
    for (int c = 0; c < cells.length; c++) {
      order[c] = fieldsByHeading.get(squeeze(cells[c]));
      if (order[c] == null) {
        return Optional.empty();
      }
    }
    return List.of(order).stream().distinct().count() == Field.values().length
        ? Optional.of(order)
        : Optional.empty();
  }

  /** A new row, or with an empty NO the rest of the previous row (a row taller than a page). */
  private static void add(List<Row> rows, Field[] order, String[] cells) {
    Map<Field, String> fields = new EnumMap<>(Field.class);
    for (int c = 0; c < cells.length; c++) {
      fields.put(order[c], cells[c]);
    }
    if (!fields.get(Field.NO).isEmpty()) {
      rows.add(new Row("", fields));
    } else if (!rows.isEmpty()) {
      rows.set(rows.size() - 1, continued(rows.get(rows.size() - 1), fields));
    }
  }

  private static Row continued(Row previous, Map<Field, String> more) {
    Map<Field, String> fields = new EnumMap<>(previous.fields());
    for (Field f : Field.values()) {
      String next = more.get(f);
      if (!next.isEmpty()) {
        String before = fields.get(f);
        fields.put(f, before.isEmpty() ? next : before + (next.startsWith("・") ? "\n" : "") + next);
      }
    }
    return new Row(previous.source(), fields);
  }

  /** The count line as the edition prints it: the heading, then the 件数 phrase with two numbers. */
  private static Pattern countPattern(Wording wording) {
    StringBuilder regex = new StringBuilder(Pattern.quote(squeeze(wording.countHeading())));
    for (Phrase.Piece p : wording.countPhrase().pieces()) {
      if (!p.place()) {
        regex.append(Pattern.quote(squeeze(p.text())));
      } else if (p.text().equals(Wording.TOTAL)) {
        regex.append("(?<total>" + NUMBER + ")");
      } else {
        regex.append("(?<withheld>" + NUMBER + ")");
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** Why the PDF is not read, in the wording's terms; never quoting the PDF's own text. */
  private String notOurs(boolean noHeader, boolean noCount) {
    StringBuilder countLine = new StringBuilder(wording.countHeading()).append(' ');
    wording.countPhrase().pieces().forEach(p -> countLine.append(p.place() ? "…" : p.text()));
    String countRow = "「" + countLine + "」の行";
    String headerRow =
        "列の見出し（"
            + String.join("・", List.of(Field.values()).stream().map(f -> f.label(wording)).toList())
            + "）の行";
    String missing =
        noHeader && noCount
            ? countRow + "も" + headerRow + "もありません"
            : (noCount ? countRow : headerRow) + "がありません";
    return "kohyo が作った事案概要の PDF として読み取れません（"
        + missing
        + "）。別の文書か、この PDF を作ったときと templates/"
        + Wording.FILE
        + " の文言が違います。";
  }

  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  /** kohyo dates its PDFs on the period's last day (Asia/Tokyo); a redline takes the same date. */
  private static LocalDate dated(PDDocument doc) {
    Calendar created = doc.getDocumentInformation().getCreationDate();
    return created == null
        ? LocalDate.of(1970, 1, 1)
        : created.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
  }
}
