package dev.appyaml.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Applies a task to every item on {@code threads} threads and returns the results in the items'
 * order, so that what a run prints does not depend on the thread count. One thread runs on the
 * caller's thread, without a pool. An exception from a task is rethrown as it was thrown.
 */
final class FileTasks {

  /** The --jobs default: one thread for small runs, where a pool costs more than it gives. */
  static final int PARALLEL_FROM_FILES = 200;

  private FileTasks() {}

  /** The thread count for a run of {@code files} files when --jobs is not given. */
  static int defaultThreads(int files) {
    return files > PARALLEL_FROM_FILES ? Runtime.getRuntime().availableProcessors() : 1;
  }

  static <T, R> List<R> map(List<T> items, int threads, Function<T, R> task) {
    List<R> results = new ArrayList<>(items.size());
    if (threads <= 1 || items.size() <= 1) {
      items.forEach(item -> results.add(task.apply(item)));
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemons());
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      items.forEach(item -> futures.add(pool.submit(() -> task.apply(item))));
      for (Future<R> future : futures) {
        results.add(await(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static ThreadFactory daemons() {
    return runnable -> {
      Thread thread = new Thread(runnable, "appyaml-check");
      thread.setDaemon(true);
      return thread;
    };
  }
}
