package dev.appyaml.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The "each file in under 2 s" promise, asserted in a way a loaded machine cannot break: the
 * CPU time of the thread that did the work must stay under the bound, and a generous wall-clock
 * guard catches a real hang. (Wall-clock bounds alone flake when many builds share two cores.)
 */
public final class Bounded {

  /** The product's promise for one file. */
  public static final Duration CPU_BOUND = Duration.ofSeconds(2);
  /** Far beyond any honest run, even on a machine shared by many builds: only a hang reaches it. */
  public static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private Bounded() {}

  public static <T> T run(String what, Supplier<T> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return assertTimeoutPreemptively(HANG_GUARD, () -> {
      long before = threads.getCurrentThreadCpuTime();
      T result = work.get();
      long cpu = threads.getCurrentThreadCpuTime() - before;
      assertTrue(cpu < CPU_BOUND.toNanos(), what + " took " + cpu / 1_000_000 + " ms of CPU; the bound is " + CPU_BOUND);
      return result;
    }, what + " hung");
  }
}
