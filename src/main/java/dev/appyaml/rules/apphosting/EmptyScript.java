package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY772", name = "empty-script", severity = Severity.WARNING,
    summary = "an empty scripts.buildCommand or runCommand is ignored; the framework's own command runs",
    spec = {"AH-SCR-002"})
public final class EmptyScript extends AppHostingRule {

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    file.scripts().map(Located::value).ifPresent(s -> {
      check(ctx, "buildCommand", s.buildCommand(), "build command");
      check(ctx, "runCommand", s.runCommand(), "start command");
    });
  }

  private void check(RuleContext ctx, String key, Optional<Located<String>> command, String what) {
    command.filter(c -> c.value().isBlank()).ifPresent(c -> ctx.report(c.keyRange(), key + " is empty; App Hosting"
        + " ignores it and uses the framework's " + what, Fix.hint("write the command, or remove " + key)));
  }
}
