package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.regex.Pattern;

/**
 * beta_settings.source_reference: one reference per line, {@code [REPOSITORY_URI#]REVISION}, with
 * a hexadecimal revision, a URI that starts with a scheme, and at most 2048 characters in all.
 * gcloud checks it when it loads the file.
 */
@RuleInfo(id = "AY538", name = "source-reference", severity = Severity.ERROR,
    summary = "beta_settings.source_reference must list [REPOSITORY_URI#]REVISION lines",
    spec = {"AY-BETA-004"})
public final class SourceReference implements Rule {

  static final int MAX_LENGTH = 2048;
  private static final Pattern REVISION = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern REPOSITORY = Pattern.compile("[a-z][a-z0-9\\-+.]*:[^#]*");

  @Override
  public void check(RuleContext ctx) {
    ctx.root().get("beta_settings").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
        .flatMap(m -> m.get("source_reference"))
        .filter(v -> v instanceof ScalarNode s && !s.isNull())
        .map(ScalarNode.class::cast)
        .ifPresent(value -> check(ctx, value));
  }

  private static void check(RuleContext ctx, ScalarNode value) {
    String text = value.pythonStr();
    Fix fix = Fix.hint("write one reference per line: https://github.com/OWNER/REPO#COMMIT_SHA");
    if (text.length() > MAX_LENGTH) {
      ctx.report(value.range(), "beta_settings.source_reference is " + text.length()
          + " characters; expected at most " + MAX_LENGTH, fix);
      return;
    }
    for (String line : text.split("\\R")) {
      String reference = line.strip();
      if (reference.isEmpty()) {
        continue;
      }
      int hash = reference.indexOf('#');
      String revision = hash < 0 ? reference : reference.substring(hash + 1);
      String problem = !REVISION.matcher(revision).matches() ? "revision " + shorten(revision) + " is not hexadecimal"
          : hash >= 0 && !REPOSITORY.matcher(reference.substring(0, hash)).matches()
              ? "repository " + shorten(reference.substring(0, hash)) + " is not a URI" : "";
      if (!problem.isEmpty()) {
        ctx.report(value.range(), "beta_settings.source_reference has " + shorten(reference) + ": " + problem
            + "; expected [REPOSITORY_URI#]REVISION", fix);
        return;
      }
    }
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 59) + "…" : s;
  }
}
