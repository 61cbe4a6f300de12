package dev.appyaml.rules.cron;

import dev.appyaml.model.AppYaml;
import dev.appyaml.model.CronYaml;
import dev.appyaml.model.DispatchYaml;
import dev.appyaml.model.Handler;
import dev.appyaml.model.Platform;
import dev.appyaml.regex.UserRegex;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rules.dispatch.DispatchRouting;
import dev.appyaml.source.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which handler of which service file a cron job's request reaches, for the cross-file rules
 * about cron handlers (AY728, AY729): the job's service is its target, default without one, or
 * where a dispatch rule for every host routes the url; the handler is the first whose pattern
 * matches the whole path. Whatever cannot be told for sure yields nothing.
 */
final class CronHandlers {

  /** Beyond the services' own limits (250 jobs, 100 handlers) the files fail anyway; this bounds the work. */
  static final int MAX_ITEMS = 1000;

  private static final UserRegex.Verdict UNKNOWN = new UserRegex.Verdict(UserRegex.Outcome.UNKNOWN, List.of());

  private CronHandlers() {}

  /** What the rules built on landings read: cron files, and the services and dispatch rules they reach. */
  static Set<FileKind> reads(Set<FileKind> present) {
    return CrossFileRule.readsWhen(present, Set.of(FileKind.CRON), FileKind.APP, FileKind.DISPATCH, FileKind.CRON);
  }

  /**
   * Where a job's request lands: the service's file, its platform, and the matching handler if
   * any; {@code caveats} name where the handlers' patterns were judged other than as Python reads them.
   */
  record Landing(CronYaml.Job job, Located<String> url, String service, CheckedFile file, Platform platform,
      boolean hasHandlers, Optional<Located<Handler>> handler, List<UserRegex.Caveat> caveats) {

    /** The clause a finding about this landing adds, empty when the patterns were read as Python reads them. */
    String clause() {
      return UserRegex.clause(caveats);
    }
  }

  /** Calls {@code each} for every job of the run whose landing can be told, with its cron file. */
  static void forEachLanding(RunContext ctx, BiConsumer<CheckedFile, Landing> each) {
    List<CheckedFile> services = ctx.appFiles(FileKind.APP);
    List<CheckedFile> dispatchFiles = ctx.appFiles(FileKind.DISPATCH);
    if (services.isEmpty() || dispatchFiles.size() > 1) {
      return;
    }
    Optional<DispatchYaml> dispatch = dispatchFiles.stream().findFirst()
        .map(f -> DispatchYaml.bind(RunContext.root(f).orElseThrow()));
    if (dispatch.filter(d -> d.rules().size() > DispatchRouting.MAX_RULES).isPresent()) {
      return;
    }
    Map<String, CheckedFile> byService = new HashMap<>();
    for (CheckedFile file : services) {
      byService.putIfAbsent(ctx.app(file).identity().effectiveService(), file);
    }
    Map<String, Optional<UserRegex>> patterns = new HashMap<>();
    for (CheckedFile cronFile : ctx.files(FileKind.CRON)) {
      List<Located<CronYaml.Job>> jobs = CronYaml.bind(RunContext.root(cronFile).orElseThrow()).jobs();
      if (jobs.size() > MAX_ITEMS) {
        continue;
      }
      for (Located<CronYaml.Job> job : jobs) {
        job.value().url().ifPresent(url -> service(job.value(), url.value(), dispatch)
            .flatMap(service -> Optional.ofNullable(byService.get(service))
                .flatMap(file -> land(file, ctx.app(file), job.value(), url, service, patterns)))
            .ifPresent(landing -> each.accept(cronFile, landing)));
      }
    }
  }

  private static Optional<String> service(CronYaml.Job job, String url, Optional<DispatchYaml> dispatch) {
    if (dispatch.isPresent()) {
      DispatchRouting.Route route = DispatchRouting.route(dispatch.get(), url);
      if (route.pathMatched()) {
        return route.service();
      }
    }
    return Optional.of(job.target().map(Located::value).orElse("default")).filter(t -> !t.contains(":"));
  }

  /** Where the job lands in {@code file}, the first service file of its service; {@code patterns} compiled once a run. */
  private static Optional<Landing> land(CheckedFile file, AppYaml app, CronYaml.Job job, Located<String> url,
      String service, Map<String, Optional<UserRegex>> patterns) {
    String path = url.value().contains("?") ? url.value().substring(0, url.value().indexOf('?')) : url.value();
    List<Located<Handler>> handlers = app.handlers().map(Located::value).orElse(List.of());
    if (handlers.size() > MAX_ITEMS) {
      return Optional.empty();
    }
    Platform platform = Platform.of(app);
    List<UserRegex.Caveat> caveats = new ArrayList<>();
    for (Located<Handler> handler : handlers) {
      Optional<String> pattern = handler.value().url().map(Located::value);
      if (pattern.isEmpty()) {
        continue;
      }
      UserRegex.Verdict verdict = patterns.computeIfAbsent(pattern.get(), UserRegex::compile)
          .map(r -> r.matches(path, UserRegex.Anchor.FULL)).orElse(UNKNOWN);
      if (verdict.is(UserRegex.Outcome.UNKNOWN)) {
        return Optional.empty();
      }
      caveats.addAll(verdict.caveats());
      if (verdict.is(UserRegex.Outcome.MATCH)) {
        return Optional.of(new Landing(job, url, service, file, platform, true, Optional.of(handler), caveats));
      }
    }
    return Optional.of(new Landing(job, url, service, file, platform, !handlers.isEmpty(), Optional.empty(),
        caveats));
  }
}
