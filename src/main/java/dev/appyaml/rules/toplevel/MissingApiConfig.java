package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.Optional;

/**
 * gcloud refuses a handler with {@code api_endpoint} when the file has no {@code api_config}
 * ({@code MissingApiConfig}).
 */
@RuleInfo(id = "AY514", name = "api-endpoint-without-api-config", severity = Severity.ERROR,
    summary = "a handler with api_endpoint needs a top-level api_config",
    spec = {"AY-LEG-003", "AY-LEG-004"})
public final class MissingApiConfig implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (present(ctx.root().entry("api_config"))) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Optional<MappingNode.Entry> endpoint = handler.value().node().entry("api_endpoint");
      if (present(endpoint)) {
        ctx.report(endpoint.get().key().range(),
            "handler uses api_endpoint but the file has no api_config; gcloud stops with MissingApiConfig",
            Fix.hint("add api_config with the url and script of the Endpoints API"));
      }
    }
  }

  /** Google's loader reads a key without a value as not set. */
  private static boolean present(Optional<MappingNode.Entry> entry) {
    return entry.filter(e -> !(e.value() instanceof ScalarNode s && s.isNull())).isPresent();
  }
}
