package dev.appyaml.rules.toplevel;

import dev.appyaml.model.ErrorHandler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

/**
 * The second-generation docs list only {@code over_quota} and {@code timeout}: {@code dos_api_denial}
 * belongs to the DoS protection service, whose dos.yaml gcloud no longer deploys, and
 * {@code default} is what leaving error_code out means.
 */
@RuleInfo(id = "AY520", name = "error-code-deprecated", severity = Severity.WARNING,
    summary = "error_code dos_api_denial is deprecated and default is better left out",
    spec = {"AY-ERR-004"})
public final class ErrorCodeDeprecated implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isSecondGeneration()) {
      return;
    }
    List<Located<ErrorHandler>> handlers = ctx.app().errorHandlers().map(Located::value).orElse(List.of());
    for (Located<ErrorHandler> handler : handlers) {
      handler.value().errorCode().ifPresent(code -> {
        if (code.value().equals("dos_api_denial")) {
          ctx.report(code.range(), "error_code dos_api_denial belongs to the DoS protection service, which gcloud no"
              + " longer deploys; expected over_quota or timeout",
              Fix.hint("remove this error handler, and use gcloud app firewall-rules"));
        } else if (code.value().equals("default")) {
          ctx.report(code.range(), "error_code default is not documented; leaving error_code out gives the default"
              + " error page", Fix.hint("remove the error_code line"));
        }
      });
    }
  }
}
