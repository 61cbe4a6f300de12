package dev.appyaml.rules.neighbours;

import dev.appyaml.rule.ContentKind;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.Optional;

@RuleInfo(id = "AY701", name = "file-kind-mismatch", severity = Severity.ERROR,
    summary = "a file whose content is plainly another kind than its name says is not checked as the named kind",
    spec = {"AY-J8-050"})
public final class FileKindMismatch implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ContentKind.of(ctx.file(), ctx.options()).ifPresent(m -> {
      String named = ContentKind.fileName(m.named());
      // A name that only defaulted to a service file is a guess; a name such as cron.yaml is a claim.
      Severity severity = m.nameIsExplicit() ? Severity.ERROR : Severity.WARNING;
      String message;
      Fix fix;
      if (m.kind().isEmpty()) {
        message = "file is " + m.looksLike() + ", not an App Engine " + named + "; it was not checked";
        fix = Fix.hint("check the App Engine configuration file instead, or remove this one from the run");
      } else {
        FileKind kind = m.kind().get();
        String real = ContentKind.fileName(kind);
        message = "file holds " + m.looksLike() + ", but its name makes it " + article(named) + " " + named
            + (m.nameIsExplicit() ? "" : " by default") + "; " + reader(kind) + " only from a file named " + real
            + (kind == FileKind.APPHOSTING ? " or apphosting.ENV.yaml" : "") + ", so it was not checked";
        fix = Fix.hint("rename it to " + real + ", or pass --kind " + kind.id() + " to check it as " + real);
      }
      ctx.report(severity, m.key(), message, Optional.of(fix));
    });
  }

  private static String reader(FileKind kind) {
    return kind == FileKind.APPHOSTING ? "App Hosting reads these settings" : "gcloud reads them";
  }

  private static String article(String fileName) {
    return fileName.startsWith("a") ? "an" : "a";
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return true;
  }
}
