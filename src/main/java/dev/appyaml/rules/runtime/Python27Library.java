package dev.appyaml.rules.runtime;

import dev.appyaml.model.Library;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Python27Libraries;
import dev.appyaml.source.Located;
import dev.appyaml.text.Describe;
import dev.appyaml.text.Suggestions;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(id = "AY228", name = "python27-library", severity = Severity.ERROR,
    summary = "each python27 library must be a supported name and version, listed once",
    spec = {"AY-LIB-003", "AY-LIB-004", "AY-LIB-005", "AY-LIB-008"},
    severityVaries = "warning for a library version that is still supported but deprecated")
public final class Python27Library implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isRuntime("python27")) {
      return;
    }
    List<Located<Library>> libraries = ctx.app().libraries().map(Located::value).orElse(List.of());
    Map<String, Located<String>> seen = new HashMap<>();
    for (Located<Library> entry : libraries) {
      Optional<Located<String>> name = entry.value().name();
      if (name.isEmpty()) {
        continue;
      }
      Located<String> first = seen.putIfAbsent(name.get().value(), name.get());
      if (first != null) {
        ctx.report(name.get().range(), "library " + name.get().value() + " is listed twice; first on line "
            + first.range().start().line() + ", and Google's loader refuses repeats", Fix.hint("remove one entry"));
        continue;
      }
      Optional<Python27Libraries.Library> known = Python27Libraries.byName(name.get().value());
      if (known.isEmpty()) {
        unknownName(ctx, name.get());
      } else {
        entry.value().version().ifPresent(v -> version(ctx, known.get(), v));
      }
    }
  }

  private static void unknownName(RuleContext ctx, Located<String> name) {
    Optional<String> close = Suggestions.closest(name.value(), Python27Libraries.names());
    ctx.report(name.range(), "library " + name.value() + " is not offered by python27"
            + close.map(c -> "; did you mean " + c + "?").orElse("; expected one of the libraries of the python27 runtime"),
        close.map(c -> Fix.replaceWith("use " + c, c)).orElse(Fix.hint("remove it and vendor the package into lib/")));
  }

  private static void version(RuleContext ctx, Python27Libraries.Library library, Located<ScalarNode> located) {
    ScalarNode node = located.value();
    String version = node.pythonStr();
    List<String> choices = new ArrayList<>(List.of("latest"));
    choices.addAll(library.nonDeprecated());
    String expected = "expected " + Describe.choices(choices);
    if (version.equals("latest") || library.supports(version) && !library.isDeprecated(version)) {
      return;
    }
    if (library.supports(version)) {
      ctx.report(Severity.WARNING, located.range(), library.name() + " version " + version + " is deprecated; "
          + expected, Optional.of(Fix.hint("use a version that is not deprecated")));
      return;
    }
    boolean misread = (node.type() == ScalarType.FLOAT || node.type() == ScalarType.INT) && !node.text().equals(version);
    if (misread) {
      String written = node.text();
      ctx.report(located.range(), library.name() + " version " + written + " is read by YAML as the number "
              + version + ", which is not a supported version; " + expected,
          library.supports(written)
              ? Fix.replaceWith("quote the version", '"' + written + '"')
              : Fix.hint("write a supported version in quotes"));
      return;
    }
    ctx.report(located.range(), library.name() + " version " + version + " is not supported; " + expected,
        Fix.hint("use a supported version"));
  }
}
