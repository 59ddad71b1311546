package kohyo.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one job per item on all cores, for commands that render several periods: the results come
 * back in the order of the items, as from a loop, and a failure is rethrown as it was thrown (the
 * one of the earliest item), so that callers handle it as they would in a loop.
 *
 * <p>The number of threads is the number of processors, or the {@value #PROPERTY} system property
 * (1 runs the jobs one after another on the caller's thread, as the benchmark compares).
 */
public final class Parallel {

  public static final String PROPERTY = "kohyo.threads";

  private Parallel() {}

  /** How many jobs run at once. */
  public static int threads() {
    Integer configured = Integer.getInteger(PROPERTY);
    return configured != null && configured > 0
        ? configured
        : Runtime.getRuntime().availableProcessors();
  }

  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> job) {
    return map(items, job, threads());
  }

  /** With a given number of threads, at most one per item. */
  public static <T, R> List<R> map(
      List<T> items, Function<? super T, ? extends R> job, int maxThreads) {
    int threads = Math.min(maxThreads, items.size());
    if (threads <= 1) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(job.apply(item));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "kohyo-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> job.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> f : futures) {
        out.add(result(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
