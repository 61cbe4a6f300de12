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

  /** Far more than any configuration needs; a larger file is refused unread. */
  static final int MAX_BYTES = 1024 * 1024;

  public static Config load(Path file) throws ConfigException {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new ConfigException(file + ": " + (Files.exists(file) ? "is not a regular file" : "no such file"));
      }
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new ConfigException(file + ": is larger than " + MAX_BYTES / 1024 + " KB; a configuration file is a few lines");
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
    if (root.isEmpty() || root.get() instanceof ScalarNode s && s.isNull()) {
      return new Config(Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), true);
    }
    if (!(root.get() instanceof MappingNode map)) {
      throw error(file, root.get(), "expected a mapping of settings");
    }
    return new Reader(file).read(map);
  }

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
      boolean inline = true;
      for (MappingNode.Entry e : map.entries()) {
        switch (e.name()) {
          case "project" -> project = Optional.of(text(e.value()));
          case "version" -> version = Optional.of(text(e.value()));
          case "as-of" -> asOf = Optional.of(date(e.value()));
          case "inline-suppressions" -> inline = bool(e.value());
          case "rules" -> rules.putAll(rules(e.value()));
          case "ignore" -> ignores.addAll(ignores(e.value()));
          default -> throw error(file, e.key(), "unknown setting " + e.name()
              + "; expected project, version, as-of, rules, ignore or inline-suppressions");
        }
      }
      return new Config(Optional.of(file), project, version, asOf, Map.copyOf(rules), List.copyOf(ignores), inline);
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
      return RuleRegistry.byId(key.text()).map(r -> r.info().id())
          .orElseThrow(() -> error(file, key, "no rule " + key.text() + "; run appyaml rules to list them"));
    }

    private List<Config.Ignore> ignores(YamlNode node) throws ConfigException {
      if (!(node instanceof SequenceNode list)) {
        throw error(file, node, "ignore: expected a list of globs or {path, rules} mappings");
      }
      List<Config.Ignore> result = new ArrayList<>();
      for (YamlNode item : list.items()) {
        if (item instanceof ScalarNode s && !s.isNull()) {
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
