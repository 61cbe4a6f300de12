package dev.appyaml.rules.identity;

import dev.appyaml.model.AppYaml.Identity;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY205", name = "service-and-module", severity = Severity.ERROR,
    summary = "only one of service and its deprecated alias module may be set",
    spec = {"AY-ID-006"})
public final class ServiceAndModule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Identity id = ctx.app().identity();
    if (id.service().isPresent() && id.module().isPresent()) {
      ctx.report(id.module().get().keyRange(),
          "both service and module are set; Google's loader accepts only one (module is the deprecated name of service)",
          Fix.hint("remove module and keep service"));
    }
  }
}
