package dev.appyaml.testing;

import dev.appyaml.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Run in a JVM of its own (with the heap under test): validates each file given, one run each,
 * and prints {@code file exit=N cpu-ms=M findings=K} per file, so that a test can judge time and
 * memory without sharing the test JVM's heap or a loaded machine's wall clock.
 */
public final class TimedRuns {

  private TimedRuns() {}

  public static void main(String[] files) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String file : files) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      long before = threads.getCurrentThreadCpuTime();
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "--format", "gnu", "--no-config", file);
      long cpuMs = (threads.getCurrentThreadCpuTime() - before) / 1_000_000;
      System.out.println(file + " exit=" + code + " cpu-ms=" + cpuMs + " findings=" + out.toString().lines().count()
          + (err.toString().isEmpty() ? "" : " err=" + err.toString().strip().replace('\n', '|')));
    }
  }
}
