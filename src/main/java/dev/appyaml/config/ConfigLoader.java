package dev.appyaml.config;

import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.SourceFile;
import dev.appyaml.source.TextDecoder;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlDocument;
import dev.appyaml.yaml.YamlLoader;
import dev.appyaml.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code .appyaml.yaml}; every problem names the file, line and column. */
public final class ConfigLoader {

  public static final String FILE_NAME = ".appyaml.yaml";

  private ConfigLoader() {}

  public static Config load(Path file) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    if (decoded.problem().isPresent()) {
      throw new ConfigException(file + ":" + decoded.problem().get().at() + ": " + decoded.problem().get().message());
    }
    YamlDocument document = YamlLoader.load(new SourceFile(file.toString(), decoded.text()));
    if (document.failed()) {
      var problem = document.problems().get(0);
      throw new ConfigException(file + ":" + problem.range().start() + ": " + problem.message());
    }
    Optional<YamlNode> root = document.root();
    if (root.isPresent()) {
      rejectDuplicateKeys(file, root.get());
    }
    if (root.isEmpty() || root.get() instanceof ScalarNode s && s.isNull()) {
      return new Config(Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), true);
    }
    if (!(root.get() instanceof MappingNode map)) {
      throw error(file, root.get(), "expected a mapping of settings");
    }
    return new Reader(file).read(map);
  }

  /** As in app.yaml, a key given twice is an error: which one wins is not what the writer meant. */
  private static void rejectDuplicateKeys(Path file, YamlNode node) throws ConfigException {
    if (node instanceof MappingNode map) {
      Map<String, MappingNode.Entry> seen = new java.util.HashMap<>();
      for (MappingNode.Entry e : map.entries()) {
        MappingNode.Entry first = seen.putIfAbsent(e.name(), e);
        if (first != null) {
          throw error(file, e.key(), "duplicate key " + e.name() + "; first given on line "
              + first.key().range().start().line());
        }
        rejectDuplicateKeys(file, e.value());
      }
    } else if (node instanceof SequenceNode list) {
      for (YamlNode item : list.items()) {
        rejectDuplicateKeys(file, item);
      }
    }
  }

  /** The settings a .appyaml.yaml may hold, in the order the messages list them. */
  static final List<String> SETTINGS = List.of("project", "version", "as-of", "rules", "select", "ignore", "fail-on",
      "include", "exclude", "baseline", "apps", "inline-suppressions");

  private static ConfigException error(Path file, YamlNode node, String message) {
    return new ConfigException(file + ":" + node.range().start() + ": " + message);
  }

  private record Reader(Path file) {

    Config read(MappingNode map) throws ConfigException {
      Optional<String> project = Optional.empty();
      Optional<String> version = Optional.empty();
      Optional<LocalDate> asOf = Optional.empty();
      Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
      List<Config.Ignore> ignores = new ArrayList<>();
      Optional<java.util.Set<String>> select = Optional.empty();
      java.util.Set<String> ignoredRules = new java.util.TreeSet<>();
      Optional<String> failOn = Optional.empty();
      List<String> include = List.of();
      List<String> exclude = List.of();
      Optional<Path> baseline = Optional.empty();
      List<Config.App> apps = List.of();
      boolean inline = true;
      for (MappingNode.Entry e : map.entries()) {
        switch (e.name()) {
          case "project" -> project = Optional.of(checked(e.value(), DeployTarget::projectProblem));
          case "version" -> version = Optional.of(checked(e.value(), DeployTarget::versionProblem));
          case "as-of" -> asOf = Optional.of(date(e.value()));
          case "inline-suppressions" -> inline = bool(e.value());
          case "rules" -> rules.putAll(rules(e.value()));
          case "select" -> select = Optional.of(selectors(e.value()));
          case "ignore" -> ignores.addAll(ignores(e.value(), ignoredRules));
          case "fail-on" -> failOn = Optional.of(failOn(e.value()));
          case "include" -> include = texts(e.value(), "include");
          case "exclude" -> exclude = texts(e.value(), "exclude");
          case "baseline" -> baseline = Optional.of(resolve(text(e.value())));
          case "apps" -> apps = apps(e.value());
          default -> throw error(file, e.key(), "unknown setting " + e.name()
              + dev.appyaml.text.Suggestions.closest(e.name(), SETTINGS).map(c -> "; did you mean " + c + "?")
                  .orElse("; expected one of " + String.join(", ", SETTINGS)));
        }
      }
      return new Config(Optional.of(file), project, version, asOf, Map.copyOf(rules), List.copyOf(ignores), inline,
          select, java.util.Set.copyOf(ignoredRules), new Config.Run(failOn, include, exclude, baseline, apps));
    }

    /** App roots: a directory, or {root, services: [globs]} listing service files that belong to it. */
    private List<Config.App> apps(YamlNode node) throws ConfigException {
      if (!(node instanceof SequenceNode list)) {
        throw error(file, node, "apps: expected a list of directories or {root, services} mappings");
      }
      Path base = resolve(".");
      List<Config.App> result = new ArrayList<>();
      for (YamlNode item : list.items()) {
        if (item instanceof MappingNode m) {
          for (MappingNode.Entry e : m.entries()) {
            if (!e.name().equals("root") && !e.name().equals("services")) {
              throw error(file, e.key(), "unknown setting " + e.name() + " in an app; expected root or services");
            }
          }
          YamlNode root = m.get("root").orElseThrow(() -> error(file, item, "app entry needs a root directory"));
          List<String> services = m.get("services").isPresent() ? texts(m.get("services").get(), "services") : List.of();
          result.add(new Config.App(resolve(text(root)), base, services));
        } else {
          result.add(new Config.App(resolve(text(item)), base, List.of()));
        }
      }
      return List.copyOf(result);
    }

    private Path resolve(String relative) {
      Path base = file.toAbsolutePath().normalize().getParent();
      return base == null ? Path.of(relative) : base.resolve(relative).normalize();
    }

    private String checked(YamlNode node, java.util.function.Function<String, Optional<String>> problem)
        throws ConfigException {
      String value = text(node);
      Optional<String> why = problem.apply(value);
      if (why.isPresent()) {
        throw error(file, node, why.get());
      }
      return value;
    }

    private String failOn(YamlNode node) throws ConfigException {
      String level = text(node).toLowerCase(Locale.ROOT);
      if (node instanceof ScalarNode s && Boolean.FALSE.equals(s.value())) {
        return "never";
      }
      if (!List.of("error", "warning", "info", "never").contains(level)) {
        throw error(file, node, "fail-on: expected error, warning, info or never");
      }
      return level;
    }

    private List<String> texts(YamlNode node, String setting) throws ConfigException {
      if (node instanceof ScalarNode s && !s.isNull()) {
        return List.of(s.text());
      }
      if (!(node instanceof SequenceNode list)) {
        throw error(file, node, setting + ": expected a list");
      }
      List<String> result = new ArrayList<>();
      for (YamlNode item : list.items()) {
        result.add(text(item));
      }
      return List.copyOf(result);
    }

    private java.util.Set<String> selectors(YamlNode node) throws ConfigException {
      java.util.Set<String> ids = new java.util.TreeSet<>();
      List<YamlNode> items = node instanceof SequenceNode list ? list.items() : List.of(node);
      for (YamlNode item : items) {
        ids.addAll(selector(item));
      }
      return ids;
    }

    private java.util.Set<String> selector(YamlNode item) throws ConfigException {
      String text = text(item);
      try {
        return RuleSelectors.ids(text);
      } catch (IllegalArgumentException e) {
        throw error(file, item, e.getMessage());
      }
    }

    private String text(YamlNode node) throws ConfigException {
      if (node instanceof ScalarNode s && !s.isNull()) {
        return s.text();
      }
      throw error(file, node, "expected a value, found " + node.kindName());
    }

    private boolean bool(YamlNode node) throws ConfigException {
      if (node instanceof ScalarNode s && s.value() instanceof Boolean b) {
        return b;
      }
      throw error(file, node, "expected true or false");
    }

    private LocalDate date(YamlNode node) throws ConfigException {
      try {
        return LocalDate.parse(text(node));
      } catch (DateTimeParseException e) {
        throw error(file, node, "expected a date as YYYY-MM-DD");
      }
    }

    private Map<String, Optional<Severity>> rules(YamlNode node) throws ConfigException {
      if (!(node instanceof MappingNode map)) {
        throw error(file, node, "rules: expected a mapping of rule ids to off, error, warning or info");
      }
      Map<String, Optional<Severity>> result = new LinkedHashMap<>();
      for (MappingNode.Entry e : map.entries()) {
        String id = ruleId(e.key());
        String level = e.value() instanceof ScalarNode s ? s.text().toLowerCase(Locale.ROOT) : "";
        // YAML 1.1 reads an unquoted off as false.
        if (e.value() instanceof ScalarNode s && Boolean.FALSE.equals(s.value())) {
          level = "off";
        }
        switch (level) {
          case "off" -> result.put(id, Optional.empty());
          case "error", "warning", "info" -> result.put(id, Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
          default -> throw error(file, e.value(), "rule " + id + ": expected off, error, warning or info");
        }
      }
      return result;
    }

    private String ruleId(ScalarNode key) throws ConfigException {
      Optional<String> id = RuleRegistry.byId(key.text()).map(r -> r.info().id());
      if (id.isPresent()) {
        return id.get();
      }
      try {
        RuleSelectors.ids(key.text());
        throw error(file, key, key.text() + " names several rules; expected one rule id or name");
      } catch (IllegalArgumentException e) {
        throw error(file, key, e.getMessage());
      }
    }

    /** Path globs and {path, rules} entries; a bare rule id or id prefix (AY312, AY3) turns a rule off everywhere. */
    private List<Config.Ignore> ignores(YamlNode node, java.util.Set<String> ignoredRules) throws ConfigException {
      if (!(node instanceof SequenceNode list)) {
        throw error(file, node, "ignore: expected a list of rule ids, globs or {path, rules} mappings");
      }
      List<Config.Ignore> result = new ArrayList<>();
      for (YamlNode item : list.items()) {
        if (item instanceof ScalarNode s && !s.isNull() && RuleSelectors.looksLikeId(s.text())) {
          ignoredRules.addAll(selector(s));
        } else if (item instanceof ScalarNode s && !s.isNull()) {
          result.add(new Config.Ignore(s.text(), List.of()));
        } else if (item instanceof MappingNode m) {
          YamlNode path = m.get("path").orElseThrow(() -> error(file, item, "ignore entry needs a path glob"));
          List<String> ids = new ArrayList<>();
          Optional<YamlNode> rules = m.get("rules");
          if (rules.isPresent()) {
            if (!(rules.get() instanceof SequenceNode ruleList)) {
              throw error(file, rules.get(), "rules: expected a list of rule ids");
            }
            for (YamlNode rule : ruleList.items()) {
              if (!(rule instanceof ScalarNode r)) {
                throw error(file, rule, "expected a rule id");
              }
              ids.add(ruleId(r));
            }
          }
          for (MappingNode.Entry e : m.entries()) {
            if (!e.name().equals("path") && !e.name().equals("rules")) {
              throw error(file, e.key(), "unknown setting " + e.name() + " in an ignore entry; expected path or rules");
            }
          }
          result.add(new Config.Ignore(text(path), List.copyOf(ids)));
        } else {
          throw error(file, item, "expected a glob or a {path, rules} mapping");
        }
      }
      return result;
    }
  }
}
