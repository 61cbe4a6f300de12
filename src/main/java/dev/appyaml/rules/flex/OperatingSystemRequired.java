package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.FlexibleRuntimes;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Current flexible language versions are built with buildpacks on an operating system chosen by
 * {@code runtime_config.operating_system} (Python 3.8+, Node.js 18+, Java 11+, Go 1.18+; the
 * other languages likewise). Asking for a version with {@code runtime_version} but no operating
 * system is an error, and so is asking for a version older than those with one. Without either,
 * gcloud builds the legacy runtime of the language: a warning while it still deploys, an error
 * from its end of support. Judged by {@code --as-of}: before a language's buildpack-based versions
 * existed there was nothing to set, so nothing is reported. The dates and versions are in
 * {@link FlexibleRuntimes}. {@code python_version} is AY627's.
 */
@RuleInfo(id = "AY625", name = "operating-system-required", severity = Severity.ERROR,
    summary = "current flexible runtime versions need runtime_config.operating_system",
    spec = {"AY-RC-003", "AY-RC-051", "AY-RC-052", "AY-RC-053", "AY-RC-054", "AY-RC-055", "AY-RC-056", "AY-RC-057",
        "AY-RC-058", "AY-RC-059", "AY-RC-060"},
    severityVaries = "warning while the legacy runtime a file without operating_system falls back to still deploys;"
        + " nothing before operating_system existed for the language (--as-of)")
public final class OperatingSystemRequired implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Located<String>> runtime = ctx.app().runtime();
    if (!Flex.isFlex(ctx) || runtime.isEmpty()) {
      return;
    }
    Optional<FlexibleRuntimes.Entry> entry = FlexibleRuntimes.bundled().of(runtime.get().value());
    LocalDate day = ctx.options().asOf();
    if (entry.isEmpty() || !entry.get().operatingSystemExisted(day)) {
      return;
    }
    String language = runtime.get().value();
    RuntimeSettings settings = RuntimeSettings.of(ctx);
    if (settings.operatingSystem().isPresent()) {
      settings.runtimeVersion().ifPresent(v -> tooOld(ctx, language, entry.get(), v));
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
      FlexibleRuntimes.Entry row = entry.get();
      String built = "runtime_config.operating_system is not set, so gcloud builds the legacy " + language
          + " runtime (" + row.legacy() + ")";
      Optional<Fix> fix = Optional.of(Fix.hint("add runtime_config.operating_system, and runtime_version if you need one"));
      if (row.legacyEnded(day)) {
        ctx.report(Severity.ERROR, at, built + ", past its end of support since " + row.legacyEndOfSupport().get()
            + ": App Engine refuses to deploy it; current versions need operating_system, such as ubuntu22", fix);
      } else {
        String ending = row.legacyEndOfSupport().map(d -> ", which reaches end of support on " + d
            + " and cannot be deployed after it").orElse("");
        ctx.report(Severity.WARNING, at, built + ending + "; current versions need operating_system, such as ubuntu22",
            fix);
      }
    }
  }

  private static void tooOld(RuleContext ctx, String language, FlexibleRuntimes.Entry entry, MappingNode.Entry version) {
    Optional<String> oldest = entry.firstBuildpackVersion();
    String text = ((ScalarNode) version.value()).text().strip();
    if (oldest.isEmpty() || !text.matches("\\d{1,4}+(?:\\.\\d{1,4}+)*+")) {
      return;
    }
    String[] first = oldest.get().split("\\.");
    String[] parts = text.split("\\.");
    for (int i = 0; i < first.length; i++) {
      int part = i < parts.length ? Integer.parseInt(parts[i]) : 0;
      int bound = Integer.parseInt(first[i]);
      if (part != bound) {
        if (part < bound) {
          ctx.report(version.value().range(), "runtime_version " + text + " is older than " + language + " "
                  + oldest.get() + ", the first version built with an operating_system; older versions exist only as"
                  + " the legacy runtime",
              Fix.hint("use runtime_version " + oldest.get() + " or later"));
        }
        return;
      }
    }
  }
}
