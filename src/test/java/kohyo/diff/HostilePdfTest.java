package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import kohyo.testing.Periods;
import kohyo.wording.Wording;
import org.junit.jupiter.api.Test;

/** PDFs made to break the reader are refused with a message, whatever PDFBox does with them. */
class HostilePdfTest {

  /**
   * A page tree nested thousands deep: PDFBox walks it recursively and runs out of stack. A thread
   * with a small stack makes that happen at a modest depth, as a large depth would on any stack.
   */
  @Test
  void aPageTreeNestedTooDeeplyIsRefusedNotACrash() throws InterruptedException {
    byte[] pdf = nestedPageTree(20_000);
    PdfSnapshotReader reader = new PdfSnapshotReader(Wording.load(Periods.home()));
    AtomicReference<String> outcome = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                reader.read(pdf);
                outcome.set("read");
              } catch (UnreadablePdf e) {
                outcome.set(e.getMessage());
              }
            },
            "small-stack",
            256 * 1024);
    t.start();
    t.join();
    assertEquals("PDF の入れ子が深すぎて読めません。", outcome.get());
  }

  /** A valid PDF whose one page hangs under a chain of {@code depth} page-tree nodes. */
  private static byte[] nestedPageTree(int depth) {
    int page = depth + 2;
    int[] offsets = new int[page + 1];
    StringBuilder s = new StringBuilder("%PDF-1.4\n");
    offsets[1] = s.length();
    s.append("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    for (int id = 2; id < page; id++) {
      offsets[id] = s.length();
      s.append(id).append(" 0 obj << /Type /Pages /Kids [").append(id + 1);
      s.append(" 0 R] /Count 1 >> endobj\n");
    }
    offsets[page] = s.length();
    s.append(page).append(" 0 obj << /Type /Page /MediaBox [0 0 100 100] >> endobj\n");
    int xref = s.length();
    s.append("xref\n0 ").append(page + 1).append("\n0000000000 65535 f \n");
    for (int id = 1; id <= page; id++) {
      s.append(String.format("%010d 00000 n \n", offsets[id]));
    }
    s.append("trailer << /Size ").append(page + 1).append(" /Root 1 0 R >>\n");
    s.append("startxref\n").append(xref).append("\n%%EOF\n");
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
