package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Library;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Python27Libraries;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.ScalarNode;
import java.util.List;

/**
 * Advice on python27 library versions: an experimental version, and {@code latest}, which
 * resolves to gcloud's {@code latest_version}, not always the newest supported one (django's
 * latest is 1.4 though 1.11 is supported).
 */
@RuleInfo(id = "AY533", name = "library-version-advice", severity = Severity.INFO,
    summary = "a python27 library version that is experimental, or latest that is not the newest",
    spec = {"AY-LIB-006", "AY-LIB-007"})
public final class LibraryVersionAdvice implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isRuntime("python27")) {
      return;
    }
    for (Located<Library> library : ctx.app().libraries().map(Located::value).orElse(List.of())) {
      if (library.value().name().isEmpty() || library.value().version().isEmpty()) {
        continue;
      }
      String name = library.value().name().get().value();
      Located<ScalarNode> version = library.value().version().get();
      Python27Libraries.byName(name).ifPresent(known -> advise(ctx, known, version));
    }
  }

  private static void advise(RuleContext ctx, Python27Libraries.Library known, Located<ScalarNode> version) {
    String written = version.value().pythonStr();
    boolean latest = written.equals("latest");
    String resolved = latest ? Python27Libraries.latestVersion(known.name()).orElse("") : written;
    List<String> current = known.nonDeprecated();
    String newest = current.isEmpty() ? "" : current.get(current.size() - 1);
    if (!known.supports(resolved)) {
      return;
    }
    if (Python27Libraries.isExperimental(known.name(), resolved)) {
      ctx.report(version.range(), known.name() + " version " + resolved + (latest ? " (what latest means)" : "")
          + " is experimental", Fix.hint("pin a version that is not experimental, if there is one"));
    } else if (latest && !resolved.equals(newest)) {
      ctx.report(version.range(), known.name() + " version latest means " + resolved
              + ", not the newest supported version " + newest,
          Fix.hint("write the version you mean: " + resolved + " (what latest gives) or " + newest));
    }
  }
}
