package dev.appyaml.rules.identity;

import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;

@RuleInfo(id = "AY207", name = "service-omitted", severity = Severity.INFO,
    summary = "a service file other than app.yaml without service deploys to the default service",
    spec = {"AY-ID-002"})
public final class ServiceOmitted implements Rule {

  /** The conventional name of the default service's file; other files usually define other services. */
  private static final java.util.Set<String> DEFAULT_SERVICE_FILES = java.util.Set.of("app.yaml", "app.yml");

  @Override
  public void check(RuleContext ctx) {
    var id = ctx.app().identity();
    String fileName = ctx.file().path().map(p -> p.getFileName().toString()).orElse("app.yaml");
    if (id.service().isEmpty() && id.module().isEmpty() && !DEFAULT_SERVICE_FILES.contains(fileName)) {
      Position start = ctx.root().range().start();
      ctx.report(new Range(start, start), fileName + " gives no service, so it deploys to the default service;"
          + " any other service needs service: NAME");
    }
  }
}
