package dev.appyaml.cli;

import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = "Lists every rule: id, name, default severity, fix when validate --fix"
    + " can fix its findings, summary, and [when it reports at another severity].")
final class RulesCommand implements Callable<Integer> {

  enum Format { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleInfo> rules = RuleRegistry.metadata();
    if (format == Format.JSON) {
      out.print(dev.appyaml.report.RuleListJson.write(rules, ToolVersion.version()));
      return ExitCode.OK;
    }
    int nameWidth = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
    for (RuleInfo r : rules) {
      out.printf("%s  %-" + nameWidth + "s  %-7s  %-3s  %s%s%n", r.id(), r.name(), r.severity().label(),
          r.safeFix() ? "fix" : "", r.summary(), r.severityVaries().isEmpty() ? "" : " [" + r.severityVaries() + "]");
    }
    return ExitCode.OK;
  }
}
