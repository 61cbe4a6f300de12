package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import java.util.Optional;

/**
 * Google reads an unquoted {@code 3.10} as the number 3.1 and sends the text {@code "3.1"}: a
 * different version (warning). Floats that survive the round trip ({@code 3.12}) are only advised
 * to be quoted (info); integers ({@code 22}) cannot change meaning and are left alone.
 */
@RuleInfo(id = "AY626", name = "unquoted-runtime-version", severity = Severity.WARNING,
    summary = "runtime versions should be quoted strings; an unquoted 3.10 is read as 3.1",
    spec = {"AY-RC-004", "AY-YAML-012"},
    severityVaries = "info for a number that keeps its text",
    safeFix = true)
public final class UnquotedRuntimeVersion implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    RuntimeSettings settings = RuntimeSettings.of(ctx);
    check(ctx, "runtime_config.runtime_version", settings.config("runtime_version"));
    check(ctx, "runtime_config.python_version", settings.config("python_version"));
    check(ctx, "flexible_runtime_settings.runtime_version", settings.settings("runtime_version"));
  }

  private static void check(RuleContext ctx, String path, Optional<MappingNode.Entry> entry) {
    if (entry.isEmpty() || !(entry.get().value() instanceof ScalarNode s) || s.quoted()
        || s.type() != ScalarType.FLOAT) {
      return;
    }
    String written = s.text().strip();
    Fix fix = Fix.replaceWith("quote the version", '"' + written + '"');
    if (s.type() == ScalarType.FLOAT && !written.equals(s.pythonStr())) {
      ctx.report(s.range(), path + " " + written + " is read as the number " + s.pythonStr()
          + ", so Google receives \"" + s.pythonStr() + "\"; quote it", fix);
    } else {
      ctx.report(Severity.INFO, s.range(), path + " " + written + " is a number; quote it so that it stays"
          + " the text you wrote", Optional.of(fix));
    }
  }
}
