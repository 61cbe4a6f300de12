package dev.appyaml.rules.flex;

import dev.appyaml.model.Resources;
import dev.appyaml.model.Resources.Volume;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

@RuleInfo(id = "AY608", name = "too-many-volumes", severity = Severity.ERROR,
    summary = "resources.volumes may list at most 8 volumes",
    spec = {"AY-RES-005"})
public final class TooManyVolumes implements Rule {

  static final int MAX_VOLUMES = 8;

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().resources().map(Located::value).flatMap(Resources::volumes).ifPresent(volumes -> {
      List<Located<Volume>> items = volumes.value();
      if (items.size() > MAX_VOLUMES) {
        ctx.report(items.get(MAX_VOLUMES).range(), "resources.volumes lists " + items.size()
                + " volumes; expected at most " + MAX_VOLUMES,
            Fix.hint("remove volumes, or merge them into fewer, larger ones"));
      }
    });
  }
}
