package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

/**
 * The Admin API refuses a version that sets both ("Cannot specify both appEngineApis and
 * appEngineBundledServices together"); gcloud's client-side parse lets it through.
 */
@RuleInfo(id = "AY510", name = "app-engine-apis-and-bundled-services", severity = Severity.ERROR,
    summary = "app_engine_apis and app_engine_bundled_services cannot be used together",
    spec = {"AY-BND-006"})
public final class AppEngineApisAndBundledServices implements Rule {

  @Override
  public void check(RuleContext ctx) {
    var apis = ctx.app().appEngineApis().filter(v -> v.value());
    var bundled = ctx.app().appEngineBundledServices();
    if (apis.isPresent() && bundled.isPresent()) {
      ctx.report(bundled.get().keyRange(), "app_engine_bundled_services is set together with app_engine_apis: true"
              + " (line " + apis.get().range().start().line() + "); the service accepts only one of them",
          Fix.hint("keep app_engine_apis: true, or list the services in app_engine_bundled_services alone"));
    }
  }
}
