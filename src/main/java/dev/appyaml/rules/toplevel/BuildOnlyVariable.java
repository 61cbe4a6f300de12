package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.text.Order;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Build variables are not visible when the app runs, and runtime variables are not visible while
 * it is built. Google's buildpack settings ({@code GOOGLE_*}) belong in build_env_variables.
 */
@RuleInfo(id = "AY518", name = "build-only-variable", severity = Severity.INFO,
    summary = "build_env_variables are only visible while building, env_variables only while running",
    spec = {"AY-BEV-003"})
public final class BuildOnlyVariable implements Rule {

  /** Buildpack settings documented for Google Cloud's buildpacks; they only act at build time. */
  private static final Set<String> BUILDPACK_SETTINGS = Set.of("GOOGLE_ENTRYPOINT", "GOOGLE_RUNTIME",
      "GOOGLE_RUNTIME_VERSION", "GOOGLE_BUILDABLE", "GOOGLE_BUILD_ARGS", "GOOGLE_MAVEN_BUILD_ARGS",
      "GOOGLE_GRADLE_BUILD_ARGS", "GOOGLE_CLEAR_SOURCE", "GOOGLE_DEVMODE", "GOOGLE_GOGCFLAGS", "GOOGLE_GOLDFLAGS",
      "GOOGLE_NODE_RUN_SCRIPTS");

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().generation() == Generation.FIRST) {
      return;
    }
    Map<Located<String>, Located<String>> runtime = ctx.app().envVariables().map(Located::value).orElse(Map.of());
    Map<Located<String>, Located<String>> build = ctx.app().buildEnvVariables().map(Located::value).orElse(Map.of());
    Set<String> runtimeNames = runtime.keySet().stream().map(Located::value).collect(Collectors.toSet());
    build.keySet().stream().sorted(Order.by(Located::range))
        .filter(k -> !k.value().startsWith("GOOGLE_") && !runtimeNames.contains(k.value()))
        .forEach(k -> ctx.report(k.range(), "build_env_variables." + k.value()
                + " is set only while the app is built, not while it runs",
            Fix.hint("if the app reads " + k.value() + " at run time, set it in env_variables too")));
    runtime.keySet().stream().sorted(Order.by(Located::range))
        .filter(k -> BUILDPACK_SETTINGS.contains(k.value()))
        .forEach(k -> ctx.report(k.range(), "env_variables." + k.value()
                + " is a buildpack setting, but env_variables are not visible while the app is built;"
                + " expected it in build_env_variables",
            Fix.hint("move it to build_env_variables")));
  }
}
