package dev.appyaml.rules.cron;

import dev.appyaml.model.AppYaml;
import dev.appyaml.model.CronYaml;
import dev.appyaml.model.DispatchYaml;
import dev.appyaml.model.Handler;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rule.Severity;
import dev.appyaml.rules.dispatch.DispatchRouting;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

@RuleInfo(id = "AY728", name = "cron-login-required", severity = Severity.WARNING,
    summary = "a cron job fails when the handler of its url has login: required; cron requests count as admin",
    spec = {"CRN-041"})
public final class LoginRequiredHandler implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    List<CheckedFile> services = ctx.files(FileKind.APP);
    if (services.isEmpty()) {
      return;
    }
    List<CheckedFile> dispatchFiles = ctx.files(FileKind.DISPATCH);
    Optional<DispatchYaml> dispatch = dispatchFiles.size() == 1
        ? Optional.of(DispatchYaml.bind(RunContext.root(dispatchFiles.get(0)).orElseThrow())) : Optional.empty();
    for (CheckedFile cronFile : ctx.files(FileKind.CRON)) {
      for (Located<CronYaml.Job> job : CronYaml.bind(RunContext.root(cronFile).orElseThrow()).jobs()) {
        job.value().url().ifPresent(url -> service(job.value(), url.value(), dispatch, dispatchFiles.size()).ifPresent(name ->
            handlerIn(services, name, url.value()).filter(h -> h.handler().login().map(Located::value)
                .filter("required"::equals).isPresent()).ifPresent(h -> ctx.report(cronFile, url.range(),
                "the handler for " + url.value() + " in service " + name + " (" + h.file().source().displayPath()
                    + " line " + h.handler().node().range().start().line() + ") has login: required, which cron"
                    + " requests do not satisfy; the job fails at every run",
                Optional.of(Fix.hint("use login: admin for the cron handler"))))));
      }
    }
  }

  /** The service the job's requests reach, when it can be told. */
  private static Optional<String> service(CronYaml.Job job, String url, Optional<DispatchYaml> dispatch, int dispatchFiles) {
    if (dispatchFiles > 1) {
      return Optional.empty();
    }
    if (dispatch.isPresent()) {
      DispatchRouting.Route route = DispatchRouting.route(dispatch.get(), url);
      if (route.pathMatched()) {
        return route.service();
      }
    }
    return Optional.of(job.target().map(Located::value).orElse("default")).filter(t -> !t.contains(":"));
  }

  private record Found(CheckedFile file, Handler handler) {}

  /**
   * The first handler of the service's file whose url pattern matches the whole path, as App
   * Engine matches handlers; empty when none does, or when a pattern cannot be read here.
   */
  private static Optional<Found> handlerIn(List<CheckedFile> services, String service, String url) {
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    for (CheckedFile file : services) {
      AppYaml app = AppYaml.bind(RunContext.root(file).orElseThrow());
      if (!app.identity().effectiveService().equals(service)) {
        continue;
      }
      for (Located<Handler> handler : app.handlers().map(Located::value).orElse(List.of())) {
        Optional<String> pattern = handler.value().url().map(Located::value);
        if (pattern.isEmpty()) {
          continue;
        }
        try {
          if (Pattern.compile(pattern.get()).matcher(path).matches()) {
            return Optional.of(new Found(file, handler.value()));
          }
        } catch (PatternSyntaxException e) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
