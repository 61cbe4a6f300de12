package dev.appyaml.rules.flex;

import dev.appyaml.model.EndpointsApiService;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/**
 * With {@code rollout_strategy: managed} the Endpoints proxy follows the latest configuration, so
 * a {@code config_id} is refused ({@code UnexpectedEndpointsConfigId}); with {@code fixed}, the
 * default, one is required ({@code MissingEndpointsConfigId}). gcloud checks this in every
 * environment. A rollout_strategy other than fixed or managed is AY103's.
 */
@RuleInfo(id = "AY624", name = "endpoints-config-id", severity = Severity.ERROR,
    summary = "endpoints_api_service needs config_id unless rollout_strategy is managed, and must not have it then",
    spec = {"AY-END-003"})
public final class EndpointsConfigId implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.app().flexible().endpointsApiService().ifPresent(block -> check(ctx, block));
  }

  private static void check(RuleContext ctx, Located<EndpointsApiService> block) {
    EndpointsApiService service = block.value();
    if (service.rolloutStrategy().filter(s -> !s.value().equals("fixed") && !s.value().equals("managed")).isPresent()) {
      return;
    }
    boolean managed = service.rolloutStrategy().filter(s -> s.value().equals("managed")).isPresent();
    if (managed && service.configId().isPresent()) {
      ctx.report(service.configId().get().keyRange(), "endpoints_api_service.config_id is set with rollout_strategy"
              + " managed; gcloud refuses it (UnexpectedEndpointsConfigId)",
          Fix.hint("remove config_id, or use rollout_strategy: fixed"));
    } else if (!managed && service.configId().isEmpty()) {
      String strategy = service.rolloutStrategy().map(s -> "rollout_strategy " + s.value())
          .orElse("the default rollout_strategy fixed");
      ctx.report(block.range(), "endpoints_api_service has no config_id; with " + strategy
              + " gcloud requires one (MissingEndpointsConfigId)",
          Fix.hint("add config_id, or set rollout_strategy: managed"));
    }
  }
}
