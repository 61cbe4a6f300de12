package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;

@RuleInfo(id = "AY773", name = "apphosting-file-name", severity = Severity.WARNING,
    summary = "an App Hosting file is named apphosting.yaml or apphosting.ENV.yaml, ENV of a-z, 0-9 and _",
    spec = {"AH-001"})
public final class FileName implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (ctx.file().path().isEmpty() && ctx.file().source().displayPath().equals("<stdin>")) {
      return;
    }
    String name = AppHostingFiles.name(ctx.file());
    if (!AppHostingFiles.NAME.matcher(name).matches()) {
      ctx.report(Range.point(Position.START), "file name " + name + " is not apphosting.yaml or apphosting.ENV.yaml"
          + " with ENV of lower-case letters, digits and _; firebase-tools does not pick the file up",
          Fix.hint("rename it, such as apphosting." + suggestedEnvironment(name) + ".yaml"));
    }
  }

  private static String suggestedEnvironment(String name) {
    String env = name.replaceFirst("^apphosting[._-]?", "").replaceFirst("\\.ya?ml$", "")
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return env.isEmpty() ? "staging" : env;
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.APPHOSTING;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
