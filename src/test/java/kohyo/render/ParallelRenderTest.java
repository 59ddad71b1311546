package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kohyo.base.Installation;
import kohyo.base.Parallel;
import kohyo.model.Edition;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders on several threads at once give the bytes each gives alone: a render shares nothing
 * mutable with another (its own renderer, its own font objects and their generators).
 */
class ParallelRenderTest {

  @TempDir Path dir;

  private record Job(Edition edition, RenderOptions options) {}

  @Test
  void severalThreadsGiveTheBytesOfOneByOne() throws IOException {
    Path changed = Periods.copySeed(dir, "changed");
    Path first = changed.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(first, Files.readString(first).replace("略歴書", "履歴書"));
    List<Edition> editions =
        List.of(
            Periods.edition(Periods.SEED),
            Periods.edition(changed),
            Periods.edition(GeneratedPeriod.write(dir, "generated", 7L, 12)));
    List<Job> jobs = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (Edition e : editions) {
        jobs.add(new Job(e, RenderOptions.official()));
        jobs.add(new Job(e, RenderOptions.archival()));
        jobs.add(new Job(e, RenderOptions.draft("0123456789ab")));
      }
    }
    Publisher publisher = new Publisher(Installation.of(Periods.home()));
    List<byte[]> alone = Parallel.map(jobs, j -> publisher.pdf(j.edition(), j.options()), 1);
    List<byte[]> together = Parallel.map(jobs, j -> publisher.pdf(j.edition(), j.options()), 4);
    assertEquals(alone.size(), together.size());
    for (int i = 0; i < jobs.size(); i++) {
      assertArrayEquals(alone.get(i), together.get(i), "job " + i + " " + jobs.get(i).options());
      assertArrayEquals(alone.get(i % 9), alone.get(i), "the same job, the same bytes");
    }
  }
}
