package dev.appyaml.rules.flex;

import dev.appyaml.model.Resources;
import dev.appyaml.model.Resources.Volume;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.HashMap;
import java.util.Map;

/** Each volume is mounted at {@code /mnt/NAME}, so two volumes cannot share a name. */
@RuleInfo(id = "AY609", name = "duplicate-volume-name", severity = Severity.ERROR,
    summary = "each volume in resources.volumes needs its own name",
    spec = {"AY-RES-007"})
public final class DuplicateVolumeName implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().resources().map(Located::value).flatMap(Resources::volumes).ifPresent(volumes -> {
      Map<String, Located<String>> seen = new HashMap<>();
      for (Located<Volume> volume : volumes.value()) {
        volume.value().name().ifPresent(name -> {
          Located<String> first = seen.putIfAbsent(name.value(), name);
          if (first != null) {
            ctx.report(name.range(), "volume name " + Flex.shown(name.value()) + " is already used at line "
                    + first.range().start().line() + "; each volume is mounted at /mnt/NAME, so names must differ",
                Fix.hint("rename one of the volumes"));
          }
        });
      }
    });
  }
}
