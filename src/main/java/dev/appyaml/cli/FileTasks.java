package dev.appyaml.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a task to every item on {@code threads} threads and returns the results in the items'
 * order, so that what a run prints does not depend on the thread count. The caller's thread is
 * one of them (one thread needs no other), unless it has work of its own to do meanwhile. Each thread takes the next item not yet taken, so
 * there is no queue and no hand-over per item: on a batch of thousands of small files a future
 * per file made the waiting caller wake for each one, on a core the tasks needed. An exception
 * from a task is rethrown as it was thrown, the one of the first item in order if several threw.
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
    return map(items, threads, null, task);
  }

  /**
   * As above, while the caller's thread runs {@code first}: then {@code threads} other threads take
   * the items and the caller only waits for them, so that no core idles while it works on
   * something else. With one thread, {@code first} runs before every item.
   */
  static <T, R> List<R> map(List<T> items, int threads, Runnable first, Function<T, R> task) {
    if (threads <= 1 || items.size() <= 1) {
      if (first != null) {
        first.run();
      }
      List<R> results = new ArrayList<>(items.size());
      items.forEach(item -> results.add(task.apply(item)));
      return results;
    }
    Object[] results = new Object[items.size()];
    Throwable[] failures = new Throwable[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
        try {
          results[i] = task.apply(items.get(i));
        } catch (RuntimeException | Error e) {
          failures[i] = e;
          next.set(results.length); // the others stop at their current item
        }
      }
    };
    List<Thread> helpers = new ArrayList<>();
    int helperCount = Math.min(first == null ? threads - 1 : threads, items.size());
    for (int t = 0; t < helperCount; t++) {
      Thread helper = new Thread(work, "appyaml-check");
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    try {
      if (first != null) {
        first.run();
      }
    } catch (RuntimeException | Error e) {
      next.set(results.length);
      helpers.forEach(FileTasks::join);
      throw e;
    }
    if (first == null) {
      work.run();
    }
    helpers.forEach(FileTasks::join);
    // Thread.join makes the helpers' writes to both arrays visible here.
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
    }
    @SuppressWarnings("unchecked")
    List<R> inOrder = (List<R>) Arrays.asList(results);
    return inOrder;
  }

  private static void join(Thread helper) {
    try {
      helper.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
