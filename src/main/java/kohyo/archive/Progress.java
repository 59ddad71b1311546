package kohyo.archive;

import java.io.PrintWriter;

/**
 * Tells the user how far a run of several periods has got: a bar on a terminal, plain lines
 * elsewhere. Called for one period at a time, in the order of the periods.
 */
public interface Progress {

  void done(String period);

  /** Called once after the last period, so that a bar can end its line. */
  void finish();

  static Progress forOutput(PrintWriter out, int total, boolean terminal) {
    return terminal ? new Bar(out, total) : new Lines(out, total);
  }

  /** One line per finished period: readable in a log file. */
  final class Lines implements Progress {
    private final PrintWriter out;
    private final int total;
    private int count;

    Lines(PrintWriter out, int total) {
      this.out = out;
      this.total = total;
    }

    @Override
    public void done(String period) {
      count++;
      out.println("[" + count + "/" + total + "] " + period + " を PDF/A にしました。");
      out.flush();
    }

    @Override
    public void finish() {}
  }

  /** A bar redrawn in place with a carriage return. */
  final class Bar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final int total;
    private int count;

    Bar(PrintWriter out, int total) {
      this.out = out;
      this.total = total;
      draw("");
    }

    @Override
    public void done(String period) {
      count++;
      draw(period);
    }

    private void draw(String last) {
      int filled = total == 0 ? WIDTH : count * WIDTH / total;
      out.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + count
              + "/"
              + total
              + (last.isEmpty() ? "" : " " + last)
              + "\u001b[K");
      out.flush();
    }

    @Override
    public void finish() {
      out.println();
      out.flush();
    }
  }
}
