package dev.appyaml.cli;

import dev.appyaml.runtime.RuntimeCatalog;
import dev.appyaml.source.SourceFile;
import dev.appyaml.yaml.YamlLoader;

/**
 * Work a validate run needs and can do beside its main thread while that one builds the rules:
 * the YAML loader's first run (class set-up and the interpreter's first pass through its code) and
 * the runtime table. On a machine with a free core the one-file run is shorter by that much
 * (docs/performance.md); the results are the same whether it ran first or not.
 */
final class WarmUp {

  private static final String SAMPLE = "runtime: python312\nhandlers:\n- url: /.*\n  script: auto\n"
      + "env_variables:\n  MODE: \"x\"\n";

  private WarmUp() {}

  static void start() {
    Thread thread = new Thread(WarmUp::run, "appyaml-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    YamlLoader.load(new SourceFile("warm-up.yaml", SAMPLE));
    RuntimeCatalog.bundled();
  }
}
