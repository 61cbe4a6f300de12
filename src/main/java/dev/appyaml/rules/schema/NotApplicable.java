package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Availability.Status;
import dev.appyaml.catalog.Element;
import dev.appyaml.model.Environment;
import dev.appyaml.model.Platform;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.SequenceNode;
import java.util.Optional;
import java.util.Set;

/**
 * An element the platform ignores changes nothing on deploy, so it is advice ({@code info}); Google's
 * own flexible samples carry {@code handlers}. The exception is a security setting the author relies
 * on ({@code login}, {@code secure}, {@code auth_fail_action} in ignored handlers): that is a warning.
 * An element the platform rejects is an error.
 */
@RuleInfo(id = "AY107", name = "not-applicable", severity = Severity.INFO,
    summary = "an element must be one the file's environment and runtime generation use",
    spec = {"AY-TOP-001", "AY-TOP-003", "AY-SC-003", "AY-BS-004", "AY-FLX-005", "AY-RES-010",
        "AY-NET-012", "AY-HC-023", "AY-RC-002", "AY-IC-006", "AY-EXP-006", "AY-ERR-009",
        "AY-INB-006", "AY-VPC-006", "AY-HND-005", "AY-BEV-002", "AY-BND-003", "AY-BND-004",
        "AY-INC-007", "AY-PY27-006"},
    severityVaries = "error where gcloud rejects the key for the file's environment or runtime")
public final class NotApplicable extends SchemaRule.OfKnownKeys {

  private static final Set<String> SECURITY_SETTINGS = Set.of("login", "secure", "auth_fail_action");

  @Override
  public void knownKey(RuleContext ctx, MappingNode.Entry entry, Element element, String path) {
    if (path.contains(".") || path.contains("[") || ctx.file().kind() != FileKind.APP) {
      return;
    }
    Platform platform = ctx.platform();
    Optional<Status> status = element.availability().statusFor(platform);
    if (status.isEmpty()) {
      return;
    }
    String where = where(platform);
    switch (status.get()) {
      case NOT_APPLICABLE -> {
        if (setsSecurity(entry)) {
          ctx.report(Severity.WARNING, entry.key().range(), entry.name() + " is not used in " + where
                  + "; it is ignored, so its login/secure settings are not enforced",
              Optional.of(Fix.hint("enforce them in the app or with Identity-Aware Proxy, and remove " + entry.name())));
        } else {
          ctx.report(entry.key().range(), entry.name() + " is not used in " + where + "; it is ignored",
              Fix.hint("remove it"));
        }
      }
      case REJECTED -> ctx.report(Severity.ERROR, entry.key().range(),
          entry.name() + " is not supported in " + where, Optional.of(Fix.hint("remove it")));
      default -> { }
    }
  }

  private static boolean setsSecurity(MappingNode.Entry entry) {
    return entry.value() instanceof SequenceNode handlers && handlers.items().stream()
        .anyMatch(h -> h instanceof MappingNode m && m.entries().stream()
            .anyMatch(e -> SECURITY_SETTINGS.contains(e.name())));
  }

  static String where(Platform platform) {
    if (platform.environment() != Environment.STANDARD) {
      return "the flexible environment";
    }
    return switch (platform.generation()) {
      case FIRST -> "first-generation runtimes such as " + platform.runtime().orElse("python27");
      case SECOND -> "second-generation runtimes such as " + platform.runtime().orElse("python312");
      default -> "the standard environment";
    };
  }
}
