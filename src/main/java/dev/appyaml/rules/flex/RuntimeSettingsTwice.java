package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import java.util.List;

/**
 * gcloud's {@code flexible_runtime_settings} and the documented {@code runtime_config} both carry
 * {@code operating_system} and {@code runtime_version}; giving them in both places leaves it
 * unclear which one wins.
 */
@RuleInfo(id = "AY628", name = "runtime-settings-twice", severity = Severity.WARNING,
    summary = "operating_system and runtime_version belong in runtime_config or flexible_runtime_settings, not both",
    spec = {"AY-RC-006"})
public final class RuntimeSettingsTwice implements Rule {

  @Override
  public void check(RuleContext ctx) {
    RuntimeSettings settings = RuntimeSettings.of(ctx);
    if (!Flex.judged(ctx) || settings.flexibleSettings().isEmpty()) {
      return;
    }
    for (String key : List.of("operating_system", "runtime_version")) {
      settings.runtimeConfig().flatMap(m -> m.entry(key)).map(MappingNode.Entry::key).ifPresent(k ->
          ctx.report(k.range(), "runtime_config." + key + " is also given by flexible_runtime_settings;"
                  + " expected it in one place only",
              Fix.hint("keep " + key + " in runtime_config (documented) and drop flexible_runtime_settings")));
    }
  }
}
