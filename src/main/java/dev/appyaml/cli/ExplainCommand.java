package dev.appyaml.cli;

import dev.appyaml.docs.RuleDocs;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", description = "Shows what a rule checks, why, a failing and a fixed example, and its source.")
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "Rule id (AY105) or name (pattern-mismatch).")
  String rule;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    RuleInfo info = RuleRegistry.metadata().stream()
        .filter(r -> r.id().equalsIgnoreCase(rule) || r.name().equals(rule))
        .findFirst()
        .orElseThrow(() -> new Main.UsageException("no rule " + rule + "; run appyaml rules to list them"));
    spec.commandLine().getOut().print(RuleDocs.markdown(info));
    return ExitCode.OK;
  }
}
