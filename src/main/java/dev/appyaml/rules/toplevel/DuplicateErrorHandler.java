package dev.appyaml.rules.toplevel;

import dev.appyaml.model.ErrorHandler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two error handlers for the same code (an entry without error_code is the default page). */
@RuleInfo(id = "AY521", name = "duplicate-error-handler", severity = Severity.WARNING,
    summary = "each error_code should have one error handler",
    spec = {"AY-ERR-005"})
public final class DuplicateErrorHandler implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    Map<String, Range> seen = new HashMap<>();
    for (Located<ErrorHandler> handler : ctx.app().errorHandlers().map(Located::value).orElse(List.of())) {
      String code = handler.value().errorCode().map(Located::value).orElse("default");
      Range where = handler.value().errorCode().or(() -> handler.value().file()).map(Located::range)
          .orElse(handler.range());
      Range first = seen.putIfAbsent(code, where);
      if (first != null) {
        ctx.report(where, (code.equals("default") ? "the default error page" : "error_code " + code)
                + " is handled twice (first on line " + first.start().line() + "); expected one error handler per code",
            Fix.hint("remove one of them"));
      }
    }
  }
}
