package org.chipkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The store's worker threads: one daemon thread per core, shared by every store of the process, for
 * work a writer splits while it holds its transaction (filling indexes, planning a consolidation
 * refresh). A task must not wait for another task of the pool.
 */
final class Workers {
  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          threads(),
          r -> {
            Thread t = new Thread(r, "chipkg-store-worker");
            t.setDaemon(true);
            return t;
          });

  private Workers() {}

  static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Runs the tasks on the pool; their results in order, once every task has ended. */
  static <T> List<T> all(List<Callable<T>> tasks) {
    List<Future<T>> pending = new ArrayList<>();
    tasks.forEach(t -> pending.add(POOL.submit(t)));
    return waitFor(pending);
  }

  /** Runs {@code step} on the pool after {@code previous} (skipped if that failed). */
  static CompletableFuture<Void> then(CompletableFuture<Void> previous, Runnable step) {
    return previous.thenRunAsync(step, POOL);
  }

  /** Waits for every chain to end. */
  static void join(List<CompletableFuture<Void>> chains) {
    waitFor(chains);
  }

  /**
   * Waits for every future, then rethrows the first failure (a {@link RuntimeException} as it is,
   * anything else wrapped), so that no task still runs when the caller's transaction ends.
   */
  private static <T> List<T> waitFor(List<? extends Future<T>> pending) {
    List<T> out = new ArrayList<>();
    RuntimeException failure = null;
    for (Future<T> f : pending) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (failure == null) {
          failure =
              cause instanceof RuntimeException re
                  ? re
                  : new StoreException("store worker failed: " + cause, cause);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (failure == null) {
          failure = new StoreException("interrupted while waiting for store workers", e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return out;
  }
}
