package dev.appyaml.rules.neighbours;

import dev.appyaml.rule.ContentKind;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY703", name = "application-in-neighbour-file", severity = Severity.ERROR,
    summary = "gcloud rejects application in dispatch.yaml, cron.yaml and queue.yaml; the project comes from --project",
    spec = {"DSP-002", "CRN-002", "QUE-001"})
public final class ApplicationKey implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.root().entry("application").ifPresent(e -> ctx.report(e.key().range(),
        "application is not used by gcloud and must be removed from " + ContentKind.fileName(ctx.file().kind())
            + "; the project comes from gcloud's --project",
        Fix.hint("remove it, and deploy with gcloud app deploy --project PROJECT")));
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.DISPATCH || kind == FileKind.CRON || kind == FileKind.QUEUE;
  }
}
