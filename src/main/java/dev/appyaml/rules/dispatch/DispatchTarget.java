package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY711", name = "dispatch-target", severity = Severity.ERROR,
    summary = "every dispatch rule names exactly one service, with service (or the older module)",
    spec = {"DSP-007", "DSP-008"})
public final class DispatchTarget extends DispatchRule {

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      MappingNode node = rule.value().node();
      var service = node.entry("service").filter(e -> !isEmpty(e));
      var module = node.entry("module").filter(e -> !isEmpty(e));
      if (service.isPresent() && module.isPresent()) {
        ctx.report(module.get().key().range(), "dispatch rule has both service and module; module is the old name of"
            + " service, and gcloud accepts one of them", Fix.hint("remove module"));
      } else if (service.isEmpty() && module.isEmpty()) {
        var empty = node.entry("service").or(() -> node.entry("module"));
        if (empty.isPresent()) {
          ctx.report(empty.get().key().range(), empty.get().name() + " has no value; expected the name of the service"
              + " that gets the matching requests", Fix.hint("write the service's name, such as default"));
        } else {
          ctx.report(node.range(), "dispatch rule has no service; expected service: NAME, the service that gets"
              + " the matching requests", Fix.hint("add service: default, or the service's name"));
        }
      }
    }
  }

  private static boolean isEmpty(MappingNode.Entry e) {
    return e.value() instanceof ScalarNode s && s.isNull();
  }
}
