package dev.appyaml.rules.flex;

import dev.appyaml.config.IgnoreFile;
import dev.appyaml.regex.UserRegex;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flexible deploy uploads the service file itself; gcloud stops with
 * {@code RequiredFileMissingError} when the upload filter leaves it out. The filter is the
 * {@code .gcloudignore} next to the file when there is one, else {@code skip_files}
 * (each pattern matched with Python's {@code re.match} against the path relative to the source
 * folder, here the file's name). gcloud's {@code #!include:} directive is not followed; a
 * pattern that does not compile is AY501's business.
 */
@RuleInfo(id = "AY605", name = "service-file-not-uploaded", severity = Severity.ERROR,
    summary = "in the flexible environment .gcloudignore and skip_files must not exclude the service file itself",
    spec = {"AY-FLX-006", "AY-SKIP-006", "AY-YAML-014"})
public final class ServiceFileNotUploaded implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Path> folder = Flex.sourceDir(ctx);
    Optional<Path> file = ctx.file().path().map(Path::getFileName);
    if (!Flex.isFlex(ctx) || folder.isEmpty() || file.isEmpty()) {
      return;
    }
    String name = file.get().toString();
    Path gcloudignore = folder.get().resolve(".gcloudignore");
    if (Files.isRegularFile(gcloudignore)) {
      if (ignores(gcloudignore, name)) {
        Range at = ctx.app().env().map(e -> e.range()).orElse(ctx.root().range());
        ctx.report(at, "the .gcloudignore next to this file excludes " + name + "; a flexible deploy must upload"
                + " the service file (gcloud stops with RequiredFileMissingError)",
            Fix.hint("remove the pattern that matches " + name + " from .gcloudignore, or add !" + name));
      }
      return;
    }
    for (ScalarNode pattern : skipPatterns(ctx)) {
      match(pattern.pythonStr().replace("\n", "").replace("\r", ""), name).ifPresent(verdict ->
          ctx.report(pattern.range(), "skip_files pattern " + Flex.shown(pattern.pythonStr()) + " excludes " + name
                  + "; a flexible deploy must upload the service file (gcloud stops with RequiredFileMissingError)"
                  + UserRegex.clause(verdict.caveats()),
              Fix.hint("narrow the pattern so that it does not match " + name)));
    }
  }

  private static boolean ignores(Path gcloudignore, String name) {
    try {
      return IgnoreFile.read(gcloudignore).ignores(name, false);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static List<ScalarNode> skipPatterns(RuleContext ctx) {
    List<ScalarNode> patterns = new ArrayList<>();
    Optional<YamlNode> value = ctx.root().get("skip_files");
    if (value.isPresent() && value.get() instanceof ScalarNode s && !s.isNull()) {
      patterns.add(s);
    } else if (value.isPresent() && value.get() instanceof SequenceNode list) {
      list.items().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
          .filter(s -> !s.isNull()).forEach(patterns::add);
    }
    return patterns;
  }

  /** Python's {@code re.match} (anchored at the start only), when it matches. Patterns Python refuses never match here. */
  private static Optional<UserRegex.Verdict> match(String regex, String name) {
    return UserRegex.compile(regex).map(r -> r.matches(name, UserRegex.Anchor.START))
        .filter(v -> v.is(UserRegex.Outcome.MATCH));
  }
}
