package dev.appyaml.rules.identity;

import dev.appyaml.model.AppYaml.Identity;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import java.util.Optional;

/**
 * The host name label {@code VERSION-dot-SERVICE-dot-PROJECT_ID} must fit DNS: at most 63
 * characters, and no hyphen next to a {@code -dot-} separator. Needs the deploy target from
 * {@code --project} (and {@code --version}); without {@code --version} gcloud generates a
 * 15-character version such as {@code 20250101t120000}.
 */
@RuleInfo(id = "AY206", name = "host-label-too-long", severity = Severity.ERROR,
    summary = "the host label VERSION-dot-SERVICE-dot-PROJECT_ID must be at most 63 characters, with no hyphen beside -dot-",
    spec = {"AY-ID-003"},
    severityVaries = "info when no --version is given and only a generated version would make the label too long")
public final class HostLabel implements Rule {

  static final int MAX_LABEL = 63;
  static final int GENERATED_VERSION_LENGTH = 15;
  private static final String SEPARATOR = "-dot-";

  @Override
  public void check(RuleContext ctx) {
    Optional<String> project = ctx.options().project().map(HostLabel::displayId);
    if (project.isEmpty()) {
      return;
    }
    Identity id = ctx.app().identity();
    Optional<Located<String>> named = id.service().or(id::module);
    String service = id.effectiveService();
    Range at = named.map(Located::range).orElse(ctx.root().range());

    if (service.startsWith("-") || service.endsWith("-")) {
      ctx.report(at, "service " + service + " " + (service.startsWith("-") ? "starts" : "ends")
          + " with a hyphen, so the host label VERSION-dot-" + service + "-dot-" + project.get()
          + " has a hyphen next to -dot-; expected a name starting and ending with a letter or digit",
          Fix.hint("remove the hyphen at the " + (service.startsWith("-") ? "start" : "end") + " of the name"));
    }

    Optional<String> version = ctx.options().version();
    int versionLength = version.map(String::length).orElse(GENERATED_VERSION_LENGTH);
    int length = versionLength + SEPARATOR.length() + service.length() + SEPARATOR.length() + project.get().length();
    if (length <= MAX_LABEL) {
      return;
    }
    String parts = "version " + versionLength + (version.isPresent() ? "" : " as generated")
        + ", service " + service.length() + ", project " + project.get().length() + ", separators 10";
    String fixTitle = (named.isPresent() ? "shorten the service name or " : "")
        + (version.isPresent() ? "use a shorter --version" : "pass a short --version");
    if (version.isPresent()) {
      ctx.report(at, "host label " + version.get() + SEPARATOR + service + SEPARATOR + project.get() + " is "
          + length + " characters (" + parts + "); expected at most " + MAX_LABEL, Fix.hint(fixTitle));
    } else {
      ctx.report(Severity.INFO, at, "host label VERSION" + SEPARATOR + service + SEPARATOR + project.get()
          + " would be " + length + " characters with a generated version (" + parts + "); expected at most "
          + MAX_LABEL, Optional.of(Fix.hint(fixTitle)));
    }
  }

  /**
   * The project id as it appears in host names: without a partition ({@code s~}) and, for a
   * domain-scoped project ({@code example.com:proj}), the part after the colon.
   */
  static String displayId(String project) {
    String id = project.substring(project.indexOf('~') + 1);
    return id.substring(id.lastIndexOf(':') + 1);
  }
}
