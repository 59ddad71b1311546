package kohyo.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kohyo.casefile.CaseFields;
import kohyo.check.AcknowledgedFinding;
import kohyo.check.Schema;
import kohyo.model.Edition;
import kohyo.model.PublishedCase;

/**
 * The sheet 「確認済み」 of an exported workbook: each case's acknowledged personal-data findings (NO,
 * 種別, 文字列, 理由), which the printed table has no column for. Export writes it so that importing the
 * workbook gives case files that pass the same check; import reads it when a workbook has it.
 */
final class AcknowledgementSheet {

  static final String NAME = Schema.ACKNOWLEDGED;
  static final List<String> HEADINGS =
      List.of("NO", Schema.ACK_KIND, Schema.ACK_TEXT, Schema.ACK_REASON);

  /** One line of the sheet. */
  /**
   * @param cell the NO cell it was read from (empty when written)
   */
  record Entry(int no, CaseFields.Acknowledgement acknowledgement, String cell) {}

  private AcknowledgementSheet() {}

  /** The edition's acknowledged findings by NO, each string once per case. */
  static List<Entry> entries(Edition edition, List<AcknowledgedFinding> findings) {
    Map<String, Integer> noByFile = new HashMap<>();
    for (PublishedCase c : edition.published()) {
      noByFile.put(c.source(), c.no());
    }
    Map<String, Entry> unique = new LinkedHashMap<>();
    for (AcknowledgedFinding f : findings) {
      Integer no = noByFile.get(Path.of(f.path()).getFileName().toString());
      if (no != null) {
        unique.putIfAbsent(
            no + "\u0000" + f.kind() + "\u0000" + f.text(),
            new Entry(no, new CaseFields.Acknowledgement(f.kind(), f.text(), f.reason()), ""));
      }
    }
    List<Entry> out = new ArrayList<>(unique.values());
    out.sort(java.util.Comparator.comparingInt(Entry::no));
    return out;
  }

  /**
   * Reads the sheet: its header row (NO, 種別, 文字列, 理由, in any order) and the rows below.
   *
   * @param problems receives a message for each cell that cannot be read, by cell address
   */
  static List<Entry> read(SheetGrid grid, CellReader reader, Map<String, String> problems) {
    List<Entry> out = new ArrayList<>();
    for (int row = 0; row <= Math.min(grid.lastRow(), 10); row++) {
      Map<String, Integer> cols = new HashMap<>();
      for (int col = 0; col < grid.width(row, row); col++) {
        String label = TableColumn.normalize(reader.text(grid.value(row, col)));
        for (String h : HEADINGS) {
          if (TableColumn.normalize(h).equals(label)) {
            cols.putIfAbsent(h, col);
          }
        }
      }
      if (cols.size() == HEADINGS.size()) {
        for (int r = row + 1; r <= grid.lastRow(); r++) {
          entry(grid, reader, cols, r, problems).ifPresent(out::add);
        }
        return out;
      }
    }
    problems.put("A1", "「確認済み」のシートに見出しの行（NO、種別、文字列、理由）がありません。");
    return out;
  }

  private static Optional<Entry> entry(
      SheetGrid grid,
      CellReader reader,
      Map<String, Integer> cols,
      int r,
      Map<String, String> problems) {
    Set<String> values = new LinkedHashSet<>();
    Map<String, String> text = new HashMap<>();
    for (String h : HEADINGS) {
      String v = CellText.oneLine(reader.text(grid.value(r, cols.get(h))));
      text.put(h, v);
      if (!v.isEmpty()) {
        values.add(h);
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    for (String h : HEADINGS) {
      if (text.get(h).isEmpty()) {
        problems.put(
            SheetGrid.address(r, cols.get(h)), "「" + h + "」が空です。確認済みの行には NO、種別、文字列、理由をすべて書いてください。");
        return Optional.empty();
      }
    }
    CellReader.Read<Optional<Integer>> no = reader.number(grid.value(r, cols.get("NO")));
    if (!(no instanceof CellReader.Read.Ok<Optional<Integer>> ok) || ok.value().isEmpty()) {
      problems.put(SheetGrid.address(r, cols.get("NO")), ImportMessages.number(text.get("NO")));
      return Optional.empty();
    }
    return Optional.of(
        new Entry(
            ok.value().get(),
            new CaseFields.Acknowledgement(
                text.get(Schema.ACK_KIND), text.get(Schema.ACK_TEXT), text.get(Schema.ACK_REASON)),
            SheetGrid.address(r, cols.get("NO"))));
  }
}
