package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "AY525", name = "duplicate-inbound-service", severity = Severity.WARNING,
    summary = "each inbound service should be listed once",
    spec = {"AY-INB-004"})
public final class DuplicateInboundService implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    Map<String, Range> seen = new HashMap<>();
    for (Located<String> service : ctx.app().inboundServices().map(Located::value).orElse(List.of())) {
      Range first = seen.putIfAbsent(service.value(), service.range());
      if (first != null) {
        ctx.report(service.range(), "inbound service " + service.value() + " is listed twice (first on line "
            + first.start().line() + "); expected each once", Fix.hint("remove this entry"));
      }
    }
  }
}
