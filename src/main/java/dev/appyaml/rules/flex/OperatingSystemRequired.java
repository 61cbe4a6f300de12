package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.RuntimeCatalog;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.Map;
import java.util.Optional;

/**
 * Current flexible language versions are built with buildpacks on an operating system chosen by
 * {@code runtime_config.operating_system} (Python 3.8+, Node.js 18+, Java 11+, Go 1.18+; the
 * other languages likewise). Asking for a version with {@code runtime_version} but no operating
 * system is an error, and so is asking for a version older than those with one. Without either,
 * gcloud builds the legacy runtime of the language: a warning, since it still deploys.
 * {@code python_version} is AY627's.
 */
@RuleInfo(id = "AY625", name = "operating-system-required", severity = Severity.ERROR,
    summary = "current flexible runtime versions need runtime_config.operating_system",
    spec = {"AY-RC-003"},
    severityVaries = "warning when the runtime still builds without operating_system, as the legacy runtime")
public final class OperatingSystemRequired implements Rule {

  /** The oldest version built with buildpacks, per language. */
  private static final Map<String, int[]> FIRST_BUILDPACK_VERSION = Map.of(
      "python", new int[] {3, 8}, "nodejs", new int[] {18}, "java", new int[] {11}, "go", new int[] {1, 18});
  private static final Map<String, String> LEGACY = Map.of(
      "python", "Python 2.7 unless python_version says otherwise, at most 3.7",
      "nodejs", "Node.js 16 and earlier", "java", "Java 8", "go", "Go 1.15 and earlier");

  @Override
  public void check(RuleContext ctx) {
    Optional<Located<String>> runtime = ctx.app().runtime();
    if (!Flex.isFlex(ctx) || runtime.isEmpty() || runtime.get().value().equals("custom")
        || !RuntimeCatalog.bundled().isFlexibleLanguage(runtime.get().value())) {
      return;
    }
    String language = runtime.get().value();
    RuntimeSettings settings = RuntimeSettings.of(ctx);
    if (settings.operatingSystem().isPresent()) {
      settings.runtimeVersion().ifPresent(v -> tooOld(ctx, language, v));
      return;
    }
    Optional<MappingNode.Entry> version = settings.config("runtime_version");
    if (version.isPresent()) {
      ctx.report(version.get().key().range(), "runtime_config.runtime_version is set without operating_system;"
              + " without an operating system gcloud builds the legacy " + language + " runtime, which does not"
              + " choose versions this way",
          Fix.hint("add operating_system: \"ubuntu22\" to runtime_config"));
    } else if (!(language.equals("python") && settings.config("python_version").isPresent())) {
      Range at = ctx.root().entry("runtime_config").map(e -> e.key().range()).orElse(runtime.get().range());
      String legacy = Optional.ofNullable(LEGACY.get(language)).map(l -> " (" + l + ")").orElse("");
      ctx.report(Severity.WARNING, at, "runtime_config.operating_system is not set, so gcloud builds the legacy "
              + language + " runtime" + legacy + "; current versions need operating_system, such as ubuntu22",
          Optional.of(Fix.hint("add runtime_config.operating_system, and runtime_version if you need one")));
    }
  }

  private static void tooOld(RuleContext ctx, String language, MappingNode.Entry version) {
    int[] first = FIRST_BUILDPACK_VERSION.get(language);
    String text = ((ScalarNode) version.value()).text().strip();
    if (first == null || !text.matches("\\d{1,4}(\\.\\d{1,4})*")) {
      return;
    }
    String[] parts = text.split("\\.");
    for (int i = 0; i < first.length; i++) {
      int part = i < parts.length ? Integer.parseInt(parts[i]) : 0;
      if (part != first[i]) {
        if (part < first[i]) {
          String oldest = first.length == 1 ? Integer.toString(first[0]) : first[0] + "." + first[1];
          ctx.report(version.value().range(), "runtime_version " + text + " is older than " + language + " "
                  + oldest + ", the first version built with an operating_system; older versions exist only as"
                  + " the legacy runtime",
              Fix.hint("use runtime_version " + oldest + " or later"));
        }
        return;
      }
    }
  }
}
