package dev.appyaml.rules.identity;

import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.Optional;

@RuleInfo(id = "AY202", name = "reserved-version-name", severity = Severity.ERROR,
    summary = "a version name must not be one App Engine reserves",
    spec = {"AY-ID-008"})
public final class ReservedVersion implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.app().identity().version().ifPresent(v ->
        reason(v.value()).ifPresent(why -> ctx.report(v.range(), "version " + v.value() + " " + why)));
  }

  /** Why a version name is reserved, most specific first; empty when it is not. */
  static Optional<String> reason(String version) {
    if (version.contains("-dot-")) {
      return Optional.of("contains -dot-, which separates version, service and project in host names;"
          + " Google's loader rejects it");
    }
    if (version.startsWith("ah-builtin")) {
      return Optional.of("starts with ah-builtin, a reserved prefix; Google's loader rejects it");
    }
    if (version.startsWith("ah-")) {
      return Optional.of("starts with ah-, which App Engine reserves for its own versions");
    }
    if (version.equals("default") || version.equals("latest")) {
      return Optional.of("is a name App Engine reserves");
    }
    return Optional.empty();
  }
}
