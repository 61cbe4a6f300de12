package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "AY417", name = "redirect-code-without-secure", severity = Severity.INFO,
    summary = "redirect_http_response_code only applies to the redirects secure: always or never makes",
    spec = {"AY-SEC-005"})
public final class RedirectCodeWithoutSecure implements Rule {

  private static final Set<String> REDIRECTING = Set.of("always", "never");

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      Optional<String> secure = h.secure().map(Located::value);
      if (h.redirectHttpResponseCode().isPresent() && secure.filter(REDIRECTING::contains).isEmpty()) {
        ctx.report(h.redirectHttpResponseCode().get().keyRange(),
            "redirect_http_response_code has no effect because " + secure.map(s -> "secure is " + s)
                .orElse("secure is not set") + "; expected secure: always or never",
            Fix.hint("remove redirect_http_response_code, or set secure: always"));
      }
    }
  }
}
