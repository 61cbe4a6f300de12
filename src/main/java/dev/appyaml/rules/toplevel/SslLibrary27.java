package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Library;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

/** gcloud prints a security warning for the ssl library at version 2.7 (the old, unpatched module). */
@RuleInfo(id = "AY534", name = "ssl-library-2-7", severity = Severity.WARNING,
    summary = "the python27 ssl library at version 2.7 draws gcloud's security warning",
    spec = {"AY-LIB-009"})
public final class SslLibrary27 implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isRuntime("python27")) {
      return;
    }
    for (Located<Library> library : ctx.app().libraries().map(Located::value).orElse(List.of())) {
      boolean ssl = library.value().name().filter(n -> n.value().equals("ssl")).isPresent();
      library.value().version().filter(v -> ssl && v.value().pythonStr().equals("2.7")).ifPresent(v ->
          ctx.report(v.range(), "ssl version 2.7 makes gcloud print a security warning; expected latest or 2.7.11",
              Fix.replaceWith("use 2.7.11", "\"2.7.11\"")));
    }
  }
}
