package dev.appyaml.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appyaml lsp}. Only {@link #call} names the language server, so that registering this
 * command loads nothing of LSP4J: validate's start-up stays as it was.
 */
@Command(name = "lsp", description = "Runs the language server (LSP over standard input and output) for editors.")
final class LspCommand implements Callable<Integer> {

  private final Main.Environment environment;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  LspCommand(Main.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return dev.appyaml.lsp.LanguageServerMain.serve(environment.stdin(), System.out, LocalDate::now, ToolVersion.version());
  }
}
