package dev.appyaml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of a start-up cache: the launcher (src/launcher/appyaml) and the release build
 * run {@code java -XX:AOTCacheOutput=CACHE -cp appyaml.jar dev.appyaml.cli.Training SAMPLES} (on
 * JDK 17 to 24 with {@code -XX:ArchiveClassesAtExit}), and the cache then holds the classes and
 * linked call sites of what ran. A lambda or class a run needs and the cache lacks is made or
 * loaded on every run, and the first lambda made starts the JDK's class-file library; a cache that
 * holds more than a run needs costs too, as the JVM loads every class of the cache when it starts
 * (docs/performance.md). So one training JVM runs the few commands users run most, on samples with
 * the elements app.yaml files use most ({@code testdata/training}, shipped as
 * {@code share/appyaml/training}): a file with findings, a clean file, and a directory.
 */
final class Training {

  private Training() {}

  /** {@code SAMPLES}: a directory holding {@code findings/}, {@code standard/} and {@code flex/}, each with an app.yaml. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: java -cp appyaml.jar dev.appyaml.cli.Training SAMPLES-DIRECTORY");
      System.exit(ExitCode.USAGE_OR_IO);
    }
    PrintWriter out = Main.standardOutput();
    PrintWriter err = Main.standardError();
    Main.Environment environment = Main.Environment.system();
    for (List<String> command : commands(Path.of(args[0]))) {
      Main.run(out, err, environment, command.toArray(String[]::new));
    }
    out.flush();
    err.flush();
    Runtime.getRuntime().halt(ExitCode.OK); // as Main ends: no System.Logger start-up in the cache
  }

  static List<List<String>> commands(Path samples) {
    return List.of(
        List.of("validate", samples.resolve("findings/app.yaml").toString()),
        List.of("validate", samples.resolve("standard/app.yaml").toString()),
        List.of("validate", samples.toString()));
  }
}
