package kohyo.archive;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kohyo.base.Home;
import kohyo.base.Installation;
import kohyo.check.Checker;

/**
 * A separate process for {@link KilledArchiveTest}: {@code ARCHIVE DIR STEP} replaces the period
 * DIR in ARCHIVE through the same {@link Archiving} run the command line uses, says {@code at STEP}
 * when it reaches STEP and waits there to be killed.
 */
public final class StoppedArchive {

  private StoppedArchive() {}

  public static void main(String[] args) throws IOException {
    Path archive = Path.of(args[0]);
    Path data = Path.of(args[1]);
    byte[] pdf = Files.readAllBytes(Path.of(args[2]));
    String stopAt = args[3];
    Steps steps =
        step -> {
          if (step.equals(stopAt)) {
            System.out.println("at " + step);
            System.out.flush();
            while (true) {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                // only the kill ends this process
              }
            }
          }
        };
    Home home = Home.locate();
    Archiving.Outcome outcome =
        new Archiving(new PeriodBuilder(home, edition -> pdf), steps)
            .run(
                archive,
                List.of(new Checker(Installation.of(home)).check(data)),
                Optional.of("訂正"),
                Progress.forOutput(new PrintWriter(new StringWriter()), 1, false));
    System.out.println("ended " + outcome);
  }
}
