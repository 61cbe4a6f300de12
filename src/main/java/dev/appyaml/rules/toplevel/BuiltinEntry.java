package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;
import dev.appyaml.text.Suggestions;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each {@code builtins} item is {@code - name: on|off}: exactly one known builtin per item, each
 * builtin once, and a value of on or off (or one of Google's aliases). gcloud stops with
 * MultipleBuiltinsSpecified, DuplicateBuiltinsSpecified or InvalidBuiltinName otherwise.
 */
@RuleInfo(id = "AY531", name = "builtin-entry", severity = Severity.ERROR,
    summary = "each builtins item must enable or disable one known builtin, once",
    spec = {"AY-BLT-001", "AY-BLT-002", "AY-BLT-003", "AY-BLT-004"})
public final class BuiltinEntry implements Rule {

  static final List<String> NAMES = List.of("admin_redirect", "appstats", "datastore_admin", "default", "deferred",
      "django_wsgi", "mapreduce", "remote_api");
  private static final Set<String> NOT_ON_PYTHON27 = Set.of("datastore_admin", "mapreduce");
  private static final Set<String> VALUES = Set.of("on", "yes", "y", "True", "t", "1", "true",
      "off", "no", "n", "False", "f", "0", "false");

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.platform().generation() != Generation.FIRST
        || ctx.app().builtins().isEmpty() || !(ctx.app().builtins().get().value() instanceof SequenceNode list)) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (YamlNode item : list.items()) {
      if (!(item instanceof MappingNode m) || m.entries().isEmpty()) {
        if (item instanceof MappingNode empty) {
          ctx.report(empty.range(), "builtins item is empty; expected one builtin such as - deferred: on",
              Fix.hint("remove the item"));
        }
        continue;
      }
      for (int i = 1; i < m.entries().size(); i++) {
        ctx.report(m.entries().get(i).key().range(), "builtins item names a second builtin, "
            + m.entries().get(i).name() + "; expected one builtin per item, each prefixed by -",
            Fix.hint("start a new item with - before " + m.entries().get(i).name()));
      }
      MappingNode.Entry entry = m.entries().get(0);
      name(ctx, entry, seen);
      value(ctx, entry);
    }
  }

  private static void name(RuleContext ctx, MappingNode.Entry entry, Map<String, Integer> seen) {
    String name = entry.name();
    if (!NAMES.contains(name)) {
      var close = Suggestions.closest(name, NAMES);
      ctx.report(entry.key().range(), "builtin " + name + " does not exist; expected one of " + Describe.choices(NAMES),
          close.map(c -> Fix.replaceWith("use " + c, c)).orElse(Fix.hint("remove the item")));
    } else if (NOT_ON_PYTHON27.contains(name) && ctx.platform().isRuntime("python27")) {
      ctx.report(entry.key().range(), "builtin " + name + " is not available on python27",
          Fix.hint("remove the item"));
    }
    Integer first = seen.putIfAbsent(name, entry.key().range().start().line());
    if (first != null) {
      ctx.report(entry.key().range(), "builtin " + name + " is listed twice (first on line " + first
          + "); expected each builtin once", Fix.hint("remove this item"));
    }
  }

  private static void value(RuleContext ctx, MappingNode.Entry entry) {
    if (!(entry.value() instanceof ScalarNode s) || !VALUES.contains(s.pythonStr())) {
      ctx.report(entry.value() instanceof ScalarNode s && s.isNull() ? entry.key().range() : entry.value().range(),
          "builtin " + entry.name() + " is " + Describe.value(entry.value()) + "; expected on or off",
          Fix.hint("write on or off"));
    }
  }
}
