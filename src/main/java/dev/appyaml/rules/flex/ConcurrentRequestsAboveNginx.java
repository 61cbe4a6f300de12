package dev.appyaml.rules.flex;

import dev.appyaml.model.AutomaticScaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/**
 * Requests reach a flexible instance through nginx, which allows at most 4,096 connections per
 * instance; a higher target can never be reached, so scaling would not happen when expected.
 * Values below 1 are AY104's.
 */
@RuleInfo(id = "AY620", name = "concurrent-requests-above-nginx", severity = Severity.WARNING,
    summary = "automatic_scaling.target_concurrent_requests above 4096 exceeds what nginx lets one instance take",
    spec = {"AY-FAS-007"})
public final class ConcurrentRequestsAboveNginx implements Rule {

  static final long NGINX_CONNECTIONS = 4096;

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().scaling().automatic().map(Located::value).flatMap(AutomaticScaling::targetConcurrentRequests)
        .filter(t -> t.value() > NGINX_CONNECTIONS)
        .ifPresent(t -> ctx.report(t.range(), "automatic_scaling.target_concurrent_requests is " + t.value()
                + "; nginx in front of each instance allows at most " + NGINX_CONNECTIONS + " connections",
            Fix.hint("use at most " + NGINX_CONNECTIONS)));
  }
}
