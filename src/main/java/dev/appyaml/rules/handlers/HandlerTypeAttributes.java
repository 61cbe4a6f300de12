package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "AY401", name = "handler-type", severity = Severity.ERROR,
    summary = "a handler must have one type (static_files, static_dir, script or api_endpoint) and only that type's keys",
    spec = {"AY-HND-003", "AY-STA-005", "AY-SCR-005", "AY-HDR-001", "AY-STA-010", "AY-STA-011"})
public final class HandlerTypeAttributes implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      MappingNode node = handler.value().node();
      Optional<HandlerType> type = HandlerType.of(ctx, node);
      if (type.isEmpty()) {
        ctx.report(handler.range(), Handlers.name(handler) + " has none of static_files, static_dir or script;"
            + " expected exactly one handler type", Fix.hint("add script: auto, static_dir or static_files"));
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (MappingNode.Entry entry : node.entries()) {
        String key = entry.name();
        if (!HandlerType.ATTRIBUTES.contains(key) || !seen.add(key)
            || entry.value() instanceof ScalarNode s && s.isNull() || type.get().allows(key)) {
          continue;
        }
        ctx.report(entry.key().range(), key + " is not allowed in " + article(type.get()) + " handler",
            Fix.hint(fix(key, type.get())));
      }
    }
  }

  private static String article(HandlerType type) {
    return (type == HandlerType.API_ENDPOINT ? "an " : "a ") + type.key();
  }

  private static String fix(String key, HandlerType type) {
    if (key.equals("static_files") || key.equals("static_dir") || key.equals("script")) {
      return "move " + key + " to a handler of its own";
    }
    if (key.equals("http_headers") && !type.isStatic()) {
      return "set response headers in the application's code";
    }
    return "remove " + key;
  }
}
