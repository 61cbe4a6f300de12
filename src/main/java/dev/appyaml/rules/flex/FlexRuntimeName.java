package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.FlexibleRuntimes;
import dev.appyaml.runtime.Language;
import dev.appyaml.runtime.Runtime;
import dev.appyaml.runtime.RuntimeCatalog;
import dev.appyaml.source.Located;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * In the flexible environment {@code runtime} names a language ({@code python}, {@code nodejs},
 * ...), {@code custom}, or a pinned builder {@code gs://...}; the version goes into
 * {@code runtime_config}. A standard runtime id such as {@code python312} is a mistake: gcloud
 * parses it, but no flexible runtime builder has that name. Names appyaml does not know at all
 * are only warned about, since Google's builder list is remote and may be newer than this
 * catalog. {@code go1.x} is the documented naming of the legacy Go runtime, reported only from the
 * day the buildpack-based Go versions existed ({@code --as-of}).
 */
@RuleInfo(id = "AY602", name = "flex-runtime-name", severity = Severity.ERROR,
    summary = "a flexible runtime is a language name, custom or a gs:// builder, not a standard runtime id",
    spec = {"AY-RT-009", "AY-RC-054"},
    severityVaries = "warning for legacy Go names and for runtimes appyaml does not know")
public final class FlexRuntimeName implements Rule {

  private static final Pattern LEGACY_GO = Pattern.compile("go1\\.\\d+");
  private static final Pattern NAME_LIKE = Pattern.compile("[a-z][a-z0-9.-]*");
  /** Reported by AY223 and AY221. */
  private static final Set<String> OTHER_RULES = Set.of("python27", "python-compat");

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.isFlex(ctx) || ctx.app().runtime().isEmpty()) {
      return;
    }
    Located<String> runtime = ctx.app().runtime().get();
    String id = runtime.value();
    RuntimeCatalog catalog = RuntimeCatalog.bundled();
    if (catalog.isFlexibleLanguage(id) || id.startsWith("gs://") || OTHER_RULES.contains(id)
        || !NAME_LIKE.matcher(id).matches()) {
      return;
    }
    if (LEGACY_GO.matcher(id).matches()) {
      boolean currentGoExisted = FlexibleRuntimes.bundled().of("go")
          .map(e -> e.operatingSystemExisted(ctx.options().asOf())).orElse(true);
      if (!currentGoExisted) {
        return; // before the buildpack-based Go versions, go1.x named the only Go runtime there was
      }
      ctx.report(Severity.WARNING, runtime.range(), "runtime " + id + " is the naming of the legacy Go runtime"
              + " (Go 1.15 and earlier); current Go versions use runtime: go with runtime_config.operating_system"
              + " and runtime_version",
          Optional.of(Fix.replaceWith("use runtime: go and choose the version in runtime_config", "go")));
      return;
    }
    Optional<Runtime> standard = catalog.standard(id)
        .or(() -> id.chars().anyMatch(Character::isDigit)
            ? catalog.suggestStandard(id).flatMap(catalog::standard) : Optional.empty());
    if (standard.isPresent()) {
      String language = flexName(standard.get().language());
      ctx.report(runtime.range(), "runtime " + id + " is a standard-environment runtime id; the flexible"
              + " environment expects the language name " + language + ", with the version in"
              + " runtime_config.runtime_version",
          Fix.replaceWith("use runtime: " + language + " and set runtime_config.runtime_version", language));
    } else {
      ctx.report(Severity.WARNING, runtime.range(), "runtime " + id + " is not a flexible runtime appyaml knows;"
              + " expected python, nodejs, go, java, php, ruby, aspnetcore, custom or a gs:// builder",
          Optional.of(Fix.hint("use one of the flexible runtime names, or custom with a Dockerfile")));
    }
  }

  private static String flexName(Language language) {
    return switch (language) {
      case GO -> "go";
      case JAVA -> "java";
      case NODEJS -> "nodejs";
      case PHP -> "php";
      case PYTHON -> "python";
      case RUBY -> "ruby";
      case DOTNET -> "aspnetcore";
      case CUSTOM -> "custom";
    };
  }
}
