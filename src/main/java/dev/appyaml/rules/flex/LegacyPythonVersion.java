package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.FlexibleRuntimes;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.Optional;
import java.util.Set;

/**
 * {@code runtime_config.python_version} is read by the legacy Docker-based Python runtime, which
 * knows only 2, 3 and 3.4 to 3.7. With {@code operating_system} it contradicts the buildpack
 * runtime; alone it pins a Python that is no longer maintained ({@code 3.4} draws gcloud's
 * decommission warning), and a later version (3.8) fails that runtime's build; only gcloud's
 * hidden buildpacks mode reads it as the version to install. Before the buildpack-based versions
 * existed ({@code --as-of}; dates in {@link FlexibleRuntimes}) it was the way to choose Python.
 */
@RuleInfo(id = "AY627", name = "legacy-python-version", severity = Severity.WARNING,
    summary = "runtime_config.python_version selects the legacy Python runtime; use operating_system and runtime_version",
    spec = {"AY-RC-005", "AY-RC-050", "AY-RC-052"})
public final class LegacyPythonVersion implements Rule {

  /** The values the legacy runtime's Dockerfile generator maps to an interpreter. */
  private static final Set<String> LEGACY_RUNTIME_VERSIONS = Set.of("2", "3", "3.4", "3.5", "3.6", "3.7");

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.isFlex(ctx) || !ctx.platform().isRuntime("python")) {
      return;
    }
    RuntimeSettings settings = RuntimeSettings.of(ctx);
    Optional<MappingNode.Entry> version = settings.config("python_version");
    if (version.isEmpty()) {
      return;
    }
    String text = ((ScalarNode) version.get().value()).pythonStr();
    boolean buildpacksExisted = FlexibleRuntimes.bundled().of("python")
        .map(e -> e.operatingSystemExisted(ctx.options().asOf())).orElse(true);
    if (!buildpacksExisted) {
      legacyOnly(ctx, version.get(), text);
      return;
    }
    Fix fix = Fix.hint("replace python_version with operating_system: \"ubuntu22\" and runtime_version");
    if (settings.operatingSystem().isPresent()) {
      ctx.report(version.get().key().range(), "runtime_config.python_version belongs to the legacy Python runtime"
          + " and conflicts with operating_system; the version is chosen with runtime_version", fix);
    } else if (text.equals("3.4")) {
      ctx.report(version.get().key().range(), "runtime_config.python_version 3.4 is decommissioned (gcloud warns"
          + " about it); current Python versions need operating_system and runtime_version", fix);
    } else if (LEGACY_RUNTIME_VERSIONS.contains(text)) {
      ctx.report(version.get().key().range(), "runtime_config.python_version " + text + " selects the legacy"
          + " Docker-based Python runtime, which offers Python 3.7 at most; current Python versions need operating_system"
          + " and runtime_version", fix);
    } else {
      ctx.report(version.get().key().range(), "runtime_config.python_version " + text + " is not a version the"
          + " legacy Python runtime knows (2, 3, 3.4 to 3.7), so its build fails; only gcloud's hidden buildpacks"
          + " mode reads it as the Python to install; Python 3.8 and later are chosen with operating_system and"
          + " runtime_version", fix);
    }
  }

  /**
   * Before the buildpack-based Python versions existed ({@code --as-of}), python_version was the
   * documented way to choose Python: only a decommissioned or unknown version is a problem.
   */
  private static void legacyOnly(RuleContext ctx, MappingNode.Entry version, String text) {
    Fix fix = Fix.hint("use python_version 3.7 or earlier");
    if (text.equals("3.4")) {
      ctx.report(version.key().range(), "runtime_config.python_version 3.4 is decommissioned (gcloud warns about it)",
          fix);
    } else if (!LEGACY_RUNTIME_VERSIONS.contains(text)) {
      ctx.report(version.key().range(), "runtime_config.python_version " + text + " is not a version the"
          + " Python runtime knows (2, 3, 3.4 to 3.7), so its build fails", fix);
    }
  }
}
