package dev.appyaml.rules.toplevel;

import dev.appyaml.catalog.AppCatalog;
import dev.appyaml.catalog.Availability.Status;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Python27Libraries;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a string is meant, an unquoted scalar is typed the YAML 1.1 way and then turned back into
 * text with Python's {@code str()}: {@code 1.10} becomes "1.1", {@code yes} and {@code true} become
 * "True", {@code 010} becomes "8", and an empty value in a free-form map becomes "None". The rule
 * reports only values whose text changes on the way (a value the catalog rules already refuse is
 * left to them), and says nothing where the text survives or the reader evidently accepts what
 * arrives (builder settings written True). The runtime versions of the flexible environment are
 * AY626's.
 */
@RuleInfo(id = "AY516", name = "yaml11-string", severity = Severity.WARNING,
    summary = "a string value must be quoted where YAML 1.1 would read it as another type and change its text",
    spec = {"AY-YAML-011", "AY-YAML-012", "AY-YAML-013", "AY-VAR-005"},
    safeFix = true)
public final class Yaml11String implements Rule {

  /**
   * Top-level keys left alone: builtins take on/off and their aliases by design, and gcloud
   * refuses version, application and project whatever their value (AY201, AY203).
   */
  private static final Set<String> SKIPPED = Set.of("builtins", "version", "application", "project");
  /**
   * Settings read by Google's builders rather than by the app, where a boolean written unquoted
   * ("True") is common in Google's own samples and evidently accepted.
   */
  private static final Pattern BUILDER_SETTINGS = Pattern.compile("(beta_settings|runtime_config|vm_settings)\\..*");
  /** Runtime versions of the flexible environment, which AY626 judges. */
  private static final Pattern RUNTIME_VERSION = Pattern.compile(
      "runtime_config\\.(runtime|python)_version|flexible_runtime_settings\\.runtime_version");

  @Override
  public void check(RuleContext ctx) {
    for (MappingNode.Entry entry : ctx.root().entries()) {
      Optional<Element> element = AppCatalog.APP.element(entry.name());
      if (element.isPresent() && !SKIPPED.contains(entry.name()) && applies(ctx, element.get())) {
        value(ctx, entry.value(), element.get().shape(), entry.name());
      }
    }
  }

  /** Elements the environment ignores or refuses are reported by AY107, whatever their value. */
  private static boolean applies(RuleContext ctx, Element element) {
    return element.availability().statusFor(ctx.platform())
        .filter(s -> s == Status.NOT_APPLICABLE || s == Status.REJECTED).isEmpty();
  }

  private static void value(RuleContext ctx, YamlNode node, Shape shape, String path) {
    if (shape instanceof Shape.Text text && node instanceof ScalarNode s) {
      text(ctx, s, text, path);
    } else if (shape instanceof Shape.StringMap && node instanceof MappingNode map) {
      for (MappingNode.Entry entry : map.entries()) {
        if (entry.value() instanceof ScalarNode s) {
          freeForm(ctx, entry.key(), s, path + "." + entry.name());
        }
      }
    } else if (shape instanceof Shape.Obj obj && node instanceof MappingNode map) {
      mapping(ctx, map, obj.spec(), path);
    } else if (shape instanceof Shape.ListOf list && node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        value(ctx, seq.items().get(i), list.item(), path + "[" + i + "]");
      }
    }
  }

  private static void mapping(RuleContext ctx, MappingNode map, ObjectSpec spec, String path) {
    for (MappingNode.Entry entry : map.entries()) {
      spec.element(entry.name()).ifPresent(e -> value(ctx, entry.value(), e.shape(), path + "." + entry.name()));
    }
  }

  private static void text(RuleContext ctx, ScalarNode s, Shape.Text text, String path) {
    if (s.isNull() || !changed(s) || RUNTIME_VERSION.matcher(path).matches()) {
      return;
    }
    String read = s.pythonStr();
    if (!text.options().isEmpty() && (text.options().contains(read) || !text.options().contains(s.text()))) {
      return;
    }
    if (text.pattern().isPresent() && !text.pattern().get().matcher(read).matches()) {
      return;
    }
    if (path.startsWith("libraries[") && reportedAsLibraryVersion(ctx, s)) {
      return;
    }
    report(ctx, s, path);
  }

  /** Values of env_variables and the other free-form maps: even an empty value becomes text. */
  private static void freeForm(RuleContext ctx, ScalarNode key, ScalarNode s, String path) {
    if (RUNTIME_VERSION.matcher(path).matches()) {
      return;
    }
    if (s.isNull() && !s.quoted()) {
      ctx.report(s.text().isEmpty() ? key.range() : s.range(), path
              + " has no value, which Google's validator turns into the text None; expected a quoted string",
          Fix.hint("write \"\" for an empty value, or remove the entry"));
    } else if (changed(s)) {
      report(ctx, s, path);
    }
  }

  private static void report(RuleContext ctx, ScalarNode s, String path) {
    String found = path + " is " + s.text() + ", a YAML " + s.type().displayName()
        + " that Google's validator turns into the text " + s.pythonStr();
    Fix fix = Fix.replaceWith("quote it", '"' + s.text() + '"');
    if (s.type() == ScalarType.BOOL && BUILDER_SETTINGS.matcher(path).matches()) {
      return;
    }
    ctx.report(s.range(), found + "; expected a quoted string", fix);
  }

  private static boolean changed(ScalarNode s) {
    return !s.quoted() && s.type() != ScalarType.STRING && s.type() != ScalarType.TIMESTAMP
        && !s.pythonStr().equals(s.text());
  }

  /** AY228 already explains a python27 library version that YAML turned into an unsupported number. */
  private static boolean reportedAsLibraryVersion(RuleContext ctx, ScalarNode version) {
    if (!ctx.platform().isRuntime("python27")) {
      return false;
    }
    return ctx.app().libraries().stream().flatMap(l -> l.value().stream())
        .filter(l -> l.value().version().filter(v -> v.value() == version).isPresent())
        .flatMap(l -> l.value().name().stream())
        .flatMap(name -> Python27Libraries.byName(name.value()).stream())
        .anyMatch(lib -> !lib.supports(version.pythonStr()));
  }
}
