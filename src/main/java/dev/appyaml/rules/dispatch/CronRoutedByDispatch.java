package dev.appyaml.rules.dispatch;

import java.util.Set;
import dev.appyaml.model.CronYaml;
import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "AY716", name = "cron-routed-by-dispatch", severity = Severity.INFO,
    summary = "a dispatch rule that matches a cron job's url decides its service, whatever the job's target says",
    spec = {"DSP-021", "CRN-040"})
public final class CronRoutedByDispatch implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    List<CheckedFile> dispatchFiles = ctx.appFiles(FileKind.DISPATCH);
    if (dispatchFiles.size() != 1) {
      return;
    }
    CheckedFile dispatchFile = dispatchFiles.get(0);
    DispatchYaml dispatch = DispatchYaml.bind(RunContext.root(dispatchFile).orElseThrow());
    if (dispatch.rules().size() > DispatchRouting.MAX_RULES) {
      return;
    }
    for (CheckedFile cronFile : ctx.files(FileKind.CRON)) {
      for (Located<CronYaml.Job> job : CronYaml.bind(RunContext.root(cronFile).orElseThrow()).jobs()) {
        job.value().url().ifPresent(url -> DispatchRouting.route(dispatch, url.value()).rule().ifPresent(rule -> {
          String service = rule.value().target().map(Located::value).orElse("default");
          String target = job.value().target().map(Located::value).orElse("default");
          if (!service.equals(target)) {
            String where = dispatchFile.source().displayPath() + " line " + rule.range().start().line();
            ctx.report(cronFile, job.value().target().map(Located::range).orElse(url.range()),
                "the dispatch rule for \"" + DispatchUrl.of(rule.value().url()).map(DispatchUrl::text).orElse("")
                    + "\" (" + where + ") sends this job's requests to service " + service + ", not to "
                    + (job.value().target().isPresent() ? "its target " + target : "the default service"),
                Optional.of(Fix.hint("set target: " + service + ", or change the dispatch rule")));
          }
        }));
      }
    }
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return CrossFileRule.readsWhen(present, Set.of(FileKind.CRON), FileKind.DISPATCH, FileKind.CRON);
  }
}
