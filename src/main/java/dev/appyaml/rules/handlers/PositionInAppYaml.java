package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;

@RuleInfo(id = "AY414", name = "position-in-app-yaml", severity = Severity.ERROR,
    summary = "a handler's position (head or tail) is only valid in a file listed under includes",
    spec = {"AY-HND-008"})
public final class PositionInAppYaml implements Rule {

  @Override
  public void check(RuleContext ctx) {
    // A file without runtime may be an included file, where position is what it is for.
    if (!Handlers.judged(ctx) || ctx.app().runtime().isEmpty()) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      MappingNode node = handler.value().node();
      // In a static handler position is already an attribute the type does not allow (AY401).
      boolean scriptLike = HandlerType.of(ctx, node).filter(t -> !t.isStatic()).isPresent();
      if (scriptLike && HandlerType.present(node, "position")) {
        ctx.report(node.entry("position").get().key().range(),
            "position is set in a file with a runtime; expected it only in files listed under includes",
            Fix.hint("remove position and order the handlers in this file instead"));
      }
    }
  }
}
