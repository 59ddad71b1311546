package kohyo.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs jobs on all cores, for commands that render several periods: the results come back in the
 * order the jobs were given, as from a loop, and a failure is rethrown as it was thrown (the one of
 * the earliest job), so that callers handle it as they would in a loop.
 *
 * <p>The number of threads is the number of processors, or the {@value #PROPERTY} system property;
 * with 1 the jobs run one after another on the caller's thread, which is what the benchmark
 * compares against.
 */
public final class Parallel {

  public static final String PROPERTY = "kohyo.threads";

  /** The cores {@link #onCore} hands out, and whether this thread holds one. */
  private static final int CORE_COUNT = threads();

  private static final Semaphore CORES = new Semaphore(CORE_COUNT, true);
  private static final ThreadLocal<Boolean> HOLDS_CORE = ThreadLocal.withInitial(() -> false);

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

  /**
   * With a given number of threads, at most one per item. Called from a job that holds a core (see
   * {@link #onCore}), the jobs run one after another on that core: jobs on other threads that asked
   * for cores of their own could wait for the very core their caller holds until it is done.
   */
  public static <T, R> List<R> map(
      List<T> items, Function<? super T, ? extends R> job, int maxThreads) {
    int threads = HOLDS_CORE.get() ? 1 : Math.min(maxThreads, items.size());
    try (Batch<R> batch = new Batch<>(threads)) {
      for (T item : items) {
        batch.submit(() -> job.apply(item));
      }
      return batch.results();
    }
  }

  /**
   * Runs {@code job} holding one of the process's cores, as many as {@link #threads()} was when the
   * first job ran: waits until one is free. A render holds one for its whole run and each case's
   * scan one while it runs, so a period that is scanned on all cores while its render has started
   * runs its scan on the other cores only, and the render, the longest single job of a build, is
   * not slowed down by sharing a core with the scan. Free cores go to whoever waited first. A job
   * already holding a core runs what it nests on the same core, {@link #map} included.
   *
   * @throws CancellationException when the thread is interrupted while it waits (a batch closed
   *     before its job started): the job does not run
   */
  public static <R> R onCore(Supplier<R> job) {
    if (HOLDS_CORE.get()) {
      return job.get();
    }
    try {
      CORES.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a core");
    }
    HOLDS_CORE.set(true);
    try {
      return job.get();
    } finally {
      HOLDS_CORE.remove();
      CORES.release();
    }
  }

  /** How many jobs {@link #onCore} runs at once. */
  static int cores() {
    return CORE_COUNT;
  }

  /** Jobs handed over one at a time, as their inputs become ready; see {@link #batch()}. */
  public static <R> Batch<R> batch() {
    return new Batch<>(threads());
  }

  /**
   * Jobs that start as soon as they are submitted, while the caller goes on preparing the next
   * (build checks a period while the ones before it render). Closing it abandons the jobs that have
   * not started, e.g. when a later period turned out to have errors.
   */
  public static final class Batch<R> implements AutoCloseable {
    private final ExecutorService pool;
    private final List<Future<R>> futures = new ArrayList<>();
    private final List<Supplier<R>> deferred = new ArrayList<>();

    private Batch(int threads) {
      this.pool =
          threads <= 1
              ? null
              : Executors.newFixedThreadPool(
                  threads,
                  job -> {
                    Thread t = new Thread(job, "kohyo-worker");
                    t.setDaemon(true);
                    return t;
                  });
    }

    /**
     * Starts the job (with one thread: runs it when its result is first asked for); may be called
     * from several threads. Returns its result, waiting for it.
     */
    public synchronized Supplier<R> submit(Supplier<? extends R> job) {
      if (pool == null) {
        Supplier<R> once = new Once<>(job);
        deferred.add(once);
        return once;
      }
      Future<R> future = pool.submit(job::get);
      futures.add(future);
      return () -> result(future);
    }

    /** Every job's result in the order submitted; waits for them. */
    public List<R> results() {
      List<R> out = new ArrayList<>();
      List<Supplier<R>> jobs;
      List<Future<R>> started;
      synchronized (this) {
        jobs = List.copyOf(deferred);
        started = List.copyOf(futures);
      }
      for (Supplier<R> job : jobs) {
        out.add(job.get());
      }
      for (Future<R> f : started) {
        out.add(result(f));
      }
      return out;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** A job run on the first call, its result kept for the next. */
  private static final class Once<R> implements Supplier<R> {
    private Supplier<? extends R> job;
    private R result;

    Once(Supplier<? extends R> job) {
      this.job = job;
    }

    @Override
    public synchronized R get() {
      if (job != null) {
        result = job.get();
        job = null;
      }
      return result;
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
