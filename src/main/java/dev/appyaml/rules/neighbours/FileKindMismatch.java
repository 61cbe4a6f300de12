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
    severityVaries = "warning when the name only defaulted to a service file (any name other than app.yaml and the other kinds' names)",
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
        String claim = m.nameIsExplicit()
            ? "a file named " + named + " is always read as " + contents(m.named())
            : "its name makes it " + article(named) + " " + named + " by default";
        message = "file holds " + m.looksLike() + ", but " + claim + "; " + reader(kind) + " only from a file named " + real
            + (kind == FileKind.APPHOSTING ? " or apphosting.ENV.yaml" : "") + ", so it was not checked";
        fix = Fix.hint("rename it to " + real + ", or pass --kind " + kind.id() + " to check it as " + real);
      }
      ctx.report(severity, m.key(), message, Optional.of(fix));
    });
  }

  /** What gcloud takes a file of this kind's name to hold. */
  private static String contents(FileKind kind) {
    return switch (kind) {
      case APP -> "a service's configuration";
      case DISPATCH -> "dispatch rules";
      case CRON -> "cron configuration";
      case QUEUE -> "task queue configuration";
      case INDEX -> "Datastore index definitions";
      case APPHOSTING -> "App Hosting settings";
    };
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
