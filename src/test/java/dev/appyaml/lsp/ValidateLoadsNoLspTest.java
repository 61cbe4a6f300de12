package dev.appyaml.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * validate's start-up must not pay for the language server: in a fresh JVM, a validate run loads
 * no class of LSP4J, Gson or dev.appyaml.lsp (validate builds only its own command; where the lsp
 * subcommand is registered, only its call() names the server). Nor does it read an annotation:
 * each annotation type read costs a proxy class made at run time (docs/performance.md).
 */
class ValidateLoadsNoLspTest {

  @Test
  void validateLoadsNothingOfTheLanguageServer() throws IOException, InterruptedException {
    List<String> loaded = classesLoaded(1, "validate", "testdata/examples/app.yaml");
    assertTrue(loaded.stream().anyMatch(l -> l.contains("dev.appyaml.cli.ValidateCommand ")), "class log missing");
    assertEquals(List.of(), lspClasses(loaded));
    assertEquals(List.of(), loaded.stream().filter(l -> l.contains("dev.appyaml.cli.LspCommand ")).toList());
    assertEquals(List.of(), loaded.stream().filter(l -> l.contains("source: __dynamic_proxy__")).toList());
  }

  @Test
  void theWholeCommandTreeRegistersLspWithoutLoadingIt() throws IOException, InterruptedException {
    List<String> loaded = classesLoaded(0, "--help");
    assertTrue(loaded.stream().anyMatch(l -> l.contains("dev.appyaml.cli.LspCommand ")), "lsp subcommand not registered");
    assertEquals(List.of(), lspClasses(loaded));
  }

  private static List<String> lspClasses(List<String> loaded) {
    return loaded.stream()
        .filter(l -> l.contains("org.eclipse.lsp4j") || l.contains("com.google.gson") || l.contains("dev.appyaml.lsp."))
        .toList();
  }

  @Test
  void lspLoadsLsp4j() throws IOException, InterruptedException {
    List<String> loaded = classesLoaded(1, "lsp");
    assertTrue(loaded.stream().anyMatch(l -> l.contains("org.eclipse.lsp4j.launch.LSPLauncher ")));
  }

  /** The classes a fresh JVM loads for one command line (standard input is empty). */
  private static List<String> classesLoaded(int exitCode, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), "dev.appyaml.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null").exists()
            ? new java.io.File("/dev/null") : new java.io.File("NUL"))).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(exitCode, process.waitFor(), log.lines().filter(l -> !l.contains("[class,load]")).toList().toString());
    return log.lines().filter(l -> l.contains("[class,load]")).toList();
  }
}
