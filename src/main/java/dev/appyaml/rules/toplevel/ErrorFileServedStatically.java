package dev.appyaml.rules.toplevel;

import dev.appyaml.model.ErrorHandler;
import dev.appyaml.model.Handler;
import dev.appyaml.regex.UserRegex;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;

/**
 * The docs warn that the path of an error page must not overlap static file handler paths.
 * The first-generation Java reader wants the opposite (AY-J8-010), so java8 is left alone.
 */
@RuleInfo(id = "AY522", name = "error-file-served-statically", severity = Severity.WARNING,
    summary = "an error_handlers file should not also be served by a static handler",
    spec = {"AY-ERR-006"})
public final class ErrorFileServedStatically implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.platform().isRuntime("java8")) {
      return;
    }
    for (Located<ErrorHandler> errorHandler : ctx.app().errorHandlers().map(Located::value).orElse(List.of())) {
      errorHandler.value().file().ifPresent(file -> {
        String path = normalize(file.value());
        for (Located<Handler> handler : ctx.app().handlerList()) {
          Optional<String> how = servedBy(handler.value(), path);
          if (how.isPresent()) {
            ctx.report(file.range(), "error page " + file.value() + " is also served by the static handler on line "
                    + handler.range().start().line() + " (" + how.get() + "); expected a file outside static handler paths",
                Fix.hint("move the error page out of the static folders"));
            return;
          }
        }
      });
    }
  }

  private static Optional<String> servedBy(Handler handler, String file) {
    if (handler.staticDir().isPresent()) {
      String dir = normalize(handler.staticDir().get().value());
      boolean inside = !dir.isEmpty() && (file.equals(dir) || file.startsWith(dir + "/"));
      return inside ? Optional.of("static_dir " + handler.staticDir().get().value()) : Optional.empty();
    }
    if (handler.staticFiles().isPresent() && handler.upload().isPresent()) {
      String upload = handler.upload().get().value();
      boolean served = UserRegex.compile(upload)
          .filter(r -> r.matches(file, UserRegex.Anchor.FULL) == UserRegex.Outcome.MATCH).isPresent();
      return served ? Optional.of("upload " + upload) : Optional.empty();
    }
    return Optional.empty();
  }

  private static String normalize(String path) {
    String p = path.strip();
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
