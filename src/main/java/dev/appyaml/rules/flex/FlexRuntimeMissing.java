package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;

/**
 * The flexible reference marks {@code runtime} as required; gcloud does not refuse a file without
 * one but quietly deploys it as {@code runtime: custom}, which then needs a Dockerfile.
 */
@RuleInfo(id = "AY601", name = "flex-runtime-missing", severity = Severity.ERROR,
    summary = "the flexible environment needs a runtime",
    spec = {"AY-RT-002"})
public final class FlexRuntimeMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.isFlex(ctx) || ctx.app().runtime().isPresent()) {
      return;
    }
    Fix fix = Fix.hint("add a runtime such as python, nodejs, go, java, php, ruby, aspnetcore or custom");
    String consequence = "; the flexible environment requires one (gcloud would quietly use runtime: custom,"
        + " which needs a Dockerfile)";
    ctx.root().entry("runtime").ifPresentOrElse(
        entry -> {
          if (entry.value() instanceof ScalarNode s && s.isNull()) {
            ctx.report(entry.key().range(), "runtime has no value" + consequence, fix);
          }
        },
        () -> ctx.report(ctx.root().range(), "runtime is missing" + consequence, fix));
  }
}
