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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The docs warn that the path of an error page must not overlap static file handler paths.
 * The first-generation Java reader wants the opposite (AY-J8-010), so java8 is left alone.
 */
@RuleInfo(id = "AY522", name = "error-file-served-statically", severity = Severity.WARNING,
    summary = "an error_handlers file should not also be served by a static handler",
    spec = {"AY-ERR-006"})
public final class ErrorFileServedStatically implements Rule {

  /**
   * Static handlers compared with each error page: gcloud refuses more than 100 handlers (AY411),
   * so later ones are never served; this keeps the check linear in the number of error pages.
   */
  private static final int MAX_HANDLERS = 100;

  /** A static handler as the check needs it: which files it serves, compiled once per file. */
  private record Served(Located<Handler> handler, String how, Function<String, UserRegex.Verdict> serves) {}

  private static final UserRegex.Verdict NOT_SERVED = new UserRegex.Verdict(UserRegex.Outcome.NO_MATCH, List.of());
  private static final UserRegex.Verdict SERVED = new UserRegex.Verdict(UserRegex.Outcome.MATCH, List.of());

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.platform().isRuntime("java8")) {
      return;
    }
    List<Located<ErrorHandler>> errorHandlers = ctx.app().errorHandlers().map(Located::value).orElse(List.of());
    if (errorHandlers.isEmpty()) {
      return;
    }
    List<Served> served = ctx.app().handlerList().stream().limit(MAX_HANDLERS)
        .map(ErrorFileServedStatically::served).flatMap(Optional::stream).toList();
    for (Located<ErrorHandler> errorHandler : errorHandlers) {
      errorHandler.value().file().ifPresent(file -> {
        String path = normalize(file.value());
        List<UserRegex.Caveat> caveats = new ArrayList<>();
        for (Served s : served) {
          UserRegex.Verdict verdict = s.serves().apply(path);
          caveats.addAll(verdict.caveats());
          if (verdict.is(UserRegex.Outcome.MATCH)) {
            ctx.report(file.range(), "error page " + file.value() + " is also served by the static handler on line "
                    + s.handler().range().start().line() + " (" + s.how() + "); expected a file outside static handler"
                    + " paths" + UserRegex.clause(caveats),
                Fix.hint("move the error page out of the static folders"));
            return;
          }
        }
      });
    }
  }

  private static Optional<Served> served(Located<Handler> located) {
    Handler handler = located.value();
    if (handler.staticDir().isPresent()) {
      String dir = normalize(handler.staticDir().get().value());
      return Optional.of(new Served(located, "static_dir " + handler.staticDir().get().value(),
          file -> !dir.isEmpty() && (file.equals(dir) || file.startsWith(dir + "/")) ? SERVED : NOT_SERVED));
    }
    if (handler.staticFiles().isPresent() && handler.upload().isPresent()) {
      String upload = handler.upload().get().value();
      return UserRegex.compile(upload).map(pattern -> new Served(located, "upload " + upload,
          file -> pattern.matches(file, UserRegex.Anchor.FULL)));
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
