package dev.appyaml.rules.identity;

import dev.appyaml.model.AppYaml.Identity;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY204", name = "application-and-project", severity = Severity.ERROR,
    summary = "application and project name the same thing; Google's loader refuses both together",
    spec = {"AY-ID-010"})
public final class ApplicationAndProject implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Identity id = ctx.app().identity();
    if (id.application().isEmpty() || id.project().isEmpty()) {
      return;
    }
    Located<String> application = id.application().get();
    Located<String> project = id.project().get();
    Located<String> later = application.keyRange().compareTo(project.keyRange()) > 0 ? application : project;
    ctx.report(later.keyRange(), "both application and project are set; Google's loader accepts only one",
        Fix.hint("remove both and deploy with --project"));
  }
}
