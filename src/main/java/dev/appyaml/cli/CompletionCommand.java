package dev.appyaml.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code appyaml completion bash|zsh}: the shell completion script, generated from the command tree. */
@Command(name = "completion",
    description = {"Prints a shell completion script.",
        "bash: source <(appyaml completion bash)   (or save it in /etc/bash_completion.d/appyaml)",
        "zsh:  source <(appyaml completion zsh)    (the script loads zsh's bashcompinit itself)"})
final class CompletionCommand implements Callable<Integer> {

  enum Shell { BASH, ZSH }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    // picocli's script serves both shells: under zsh it enables bashcompinit before registering.
    spec.commandLine().getOut().print(AutoComplete.bash("appyaml", spec.root().commandLine()));
    return ExitCode.OK;
  }
}
