package dev.appyaml.rules.identity;

import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;

@RuleInfo(id = "AY207", name = "service-omitted", severity = Severity.INFO,
    summary = "without service the file deploys to the default service",
    spec = {"AY-ID-002"})
public final class ServiceOmitted implements Rule {

  @Override
  public void check(RuleContext ctx) {
    var id = ctx.app().identity();
    if (id.service().isEmpty() && id.module().isEmpty()) {
      Position start = ctx.root().range().start();
      ctx.report(new Range(start, start), "no service given, so this deploys to the default service;"
          + " any other service needs service: NAME");
    }
  }
}
