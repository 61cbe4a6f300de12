package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;

/** The legacy bundled services have SDKs for Go, Java, PHP and Python only. */
@RuleInfo(id = "AY509", name = "app-engine-apis-without-sdk", severity = Severity.WARNING,
    summary = "app_engine_apis has no use on Node.js and Ruby, which have no bundled-services SDK",
    spec = {"AY-BND-002"})
public final class AppEngineApisWithoutSdk implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()
        || !(RuntimeLanguage.is(ctx.platform(), Language.NODEJS) || RuntimeLanguage.is(ctx.platform(), Language.RUBY))) {
      return;
    }
    ctx.app().appEngineApis().filter(v -> v.value()).ifPresent(v -> ctx.report(v.range(),
        "app_engine_apis is true but runtime " + ctx.platform().runtime().orElse("")
            + " has no SDK for the legacy bundled services; expected it only on Go, Java, PHP or Python",
        Fix.hint("remove it and use the Google Cloud client libraries")));
  }
}
