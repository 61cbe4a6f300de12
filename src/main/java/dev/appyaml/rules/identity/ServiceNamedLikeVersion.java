package dev.appyaml.rules.identity;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY208", name = "service-named-like-version", severity = Severity.INFO,
    summary = "a service and a version should not share a name",
    spec = {"AY-ID-004"})
public final class ServiceNamedLikeVersion implements Rule {

  @Override
  public void check(RuleContext ctx) {
    var id = ctx.app().identity();
    ctx.options().version().ifPresent(version -> id.service().or(id::module)
        .filter(service -> service.value().equals(version))
        .ifPresent(service -> ctx.report(service.range(), "service " + service.value()
            + " has the same name as the version being deployed; hosts such as " + version + "-dot-"
            + version + " are easy to confuse", Fix.hint("give the version a different name"))));
  }
}
