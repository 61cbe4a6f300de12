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

  /** Beyond the services' own limits (250 jobs, 100 handlers) the files fail anyway; this bounds the work. */
  static final int MAX_ITEMS = 1000;
  /** Steps a handler pattern may take on one path before it counts as unreadable (no catastrophic backtracking). */
  static final int MAX_STEPS = 100_000;

  @Override
  public void check(RunContext ctx) {
    List<CheckedFile> services = ctx.files(FileKind.APP);
    if (services.isEmpty()) {
      return;
    }
    List<CheckedFile> dispatchFiles = ctx.files(FileKind.DISPATCH);
    Optional<DispatchYaml> dispatch = dispatchFiles.size() == 1
        ? Optional.of(DispatchYaml.bind(RunContext.root(dispatchFiles.get(0)).orElseThrow())) : Optional.empty();
    if (dispatch.filter(d -> d.rules().size() > DispatchRouting.MAX_RULES).isPresent()) {
      return;
    }
    for (CheckedFile cronFile : ctx.files(FileKind.CRON)) {
      List<Located<CronYaml.Job>> jobs = CronYaml.bind(RunContext.root(cronFile).orElseThrow()).jobs();
      if (jobs.size() > MAX_ITEMS) {
        continue;
      }
      for (Located<CronYaml.Job> job : jobs) {
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
      List<Located<Handler>> handlers = app.handlers().map(Located::value).orElse(List.of());
      if (handlers.size() > MAX_ITEMS) {
        return Optional.empty();
      }
      for (Located<Handler> handler : handlers) {
        Optional<String> pattern = handler.value().url().map(Located::value);
        if (pattern.isEmpty()) {
          continue;
        }
        try {
          if (Pattern.compile(pattern.get()).matcher(new Bounded(path)).matches()) {
            return Optional.of(new Found(file, handler.value()));
          }
        } catch (PatternSyntaxException | Bounded.TooSlow e) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The path as the regex engine reads it, counting reads so that a runaway match stops. */
  private static final class Bounded implements CharSequence {
    private final String text;
    private int steps;

    Bounded(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if (++steps > MAX_STEPS) {
        throw new TooSlow();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }

    /** Thrown out of the regex engine when a match takes too many steps. */
    static final class TooSlow extends RuntimeException {
      private static final long serialVersionUID = 1L;

      TooSlow() {
        super(null, null, false, false);
      }
    }
  }
}
