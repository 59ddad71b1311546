package kohyo.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Parallel}: results in the order given, each job run once, failures as thrown. */
class ParallelTest {

  @Test
  void mapKeepsTheOrderOfItsItems() {
    List<Integer> items = java.util.stream.IntStream.range(0, 200).boxed().toList();
    assertEquals(items.stream().map(i -> i * i).toList(), Parallel.map(items, i -> i * i, 4));
    assertEquals(items.stream().map(i -> i * i).toList(), Parallel.map(items, i -> i * i, 1));
  }

  @Test
  void aSubmittedJobRunsOnceWhateverAsksForItsResult() {
    for (String threads : List.of("1", "3")) {
      String before = System.getProperty(Parallel.PROPERTY);
      System.setProperty(Parallel.PROPERTY, threads);
      AtomicInteger runs = new AtomicInteger();
      try (Parallel.Batch<String> batch = Parallel.batch()) {
        Supplier<String> a = batch.submit(() -> "a" + runs.incrementAndGet() * 0);
        Supplier<String> b = batch.submit(() -> "b" + runs.incrementAndGet() * 0);
        assertEquals("b0", b.get());
        assertEquals("a0", a.get());
        assertEquals(List.of("a0", "b0"), batch.results());
        assertEquals("a0", a.get());
        assertEquals(2, runs.get(), threads + " threads");
      } finally {
        if (before == null) {
          System.clearProperty(Parallel.PROPERTY);
        } else {
          System.setProperty(Parallel.PROPERTY, before);
        }
      }
    }
  }

  @Test
  void jobsOnCoresRunNoMoreAtOnceThanThereAreCores() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Integer> items = java.util.stream.IntStream.range(0, 24).boxed().toList();
    Parallel.map(
        items,
        i ->
            Parallel.onCore(
                () -> {
                  most.accumulateAndGet(running.incrementAndGet(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  running.decrementAndGet();
                  return i;
                }),
        Parallel.cores() + 3);
    assertEquals(Parallel.cores(), most.get());
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void aJobOnACoreRunsWhatItNestsOnTheSameCore() {
    // a job on a core that asked for cores again, or fanned out to jobs that do (a check of a large
    // period), would otherwise wait for the cores it and its siblings hold
    List<Integer> items = java.util.stream.IntStream.range(0, 8).boxed().toList();
    assertEquals(
        items,
        Parallel.map(
            items, i -> Parallel.onCore(() -> Parallel.onCore(() -> i)), Parallel.cores() + 2));
    List<Integer> fanned =
        Parallel.map(
            items,
            i ->
                Parallel.onCore(
                    () ->
                        Parallel.map(List.of(1, 2, 3, 4), k -> Parallel.onCore(() -> i * k), 2)
                            .stream()
                            .mapToInt(Integer::intValue)
                            .sum()),
            Parallel.cores() + 2);
    assertEquals(items.stream().map(i -> i * 10).toList(), fanned);
  }

  @Test
  void aFailureComesBackAsThrown() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Parallel.map(
                    List.of(1, 2, 3),
                    i -> {
                      if (i == 2) {
                        throw new IllegalArgumentException("two");
                      }
                      return i;
                    },
                    2));
    assertEquals("two", thrown.getMessage());
  }
}
