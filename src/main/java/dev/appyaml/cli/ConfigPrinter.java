package dev.appyaml.cli;

import dev.appyaml.config.Config;
import dev.appyaml.config.ConfigResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code validate --print-config}: for each file, every setting in force and where it came from
 * (an option, a .appyaml.yaml, or the default).
 */
final class ConfigPrinter {

  /** A setting's value and where it came from. */
  private record Setting(String value, String from) {}

  private final Map<String, String> commandLine;

  /** {@code commandLine}: the settings given as options, by setting name, as the user wrote them. */
  ConfigPrinter(Map<String, String> commandLine) {
    this.commandLine = commandLine;
  }

  void print(String name, Optional<Path> path, Config config, Config runConfig, String today, PrintWriter out) {
    String from = config.file().map(ConfigPrinter::shown).orElse("default");
    String runFrom = runConfig.file().map(ConfigPrinter::shown).orElse("default");
    Map<String, Setting> settings = new LinkedHashMap<>();
    settings.put("config", new Setting(config.file().map(ConfigPrinter::shown).orElse("none"),
        commandLine.containsKey("config") ? "--config" : config.file().isPresent() ? "found upward from the file" : "default"));
    put(settings, "project", config.project(), from, "none");
    put(settings, "version", config.version(), from, "none");
    put(settings, "as-of", config.asOf().map(Object::toString), from, today + " (today)");
    put(settings, "fail-on", runConfig.run().failOn(), runFrom, "error");
    put(settings, "select", config.select().map(ConfigPrinter::join), from, "all rules");
    put(settings, "ignore", config.ignoredRules().isEmpty() ? Optional.empty() : Optional.of(join(config.ignoredRules())),
        from, "none");
    settings.put("rules", new Setting(config.rules().isEmpty() ? "defaults" : config.rules().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse("off"))
        .collect(Collectors.joining(", ")), config.rules().isEmpty() ? "default" : from));
    String skipped = path.flatMap(p -> ConfigResolver.skippedRules(config, p)).map(ConfigPrinter::join).orElse("");
    settings.put("skipped-for-path", new Setting(path.isPresent() && ConfigResolver.skippedRules(config, path.get()).isEmpty()
        ? "all (the file is ignored)" : skipped.isEmpty() ? "none" : skipped, skipped.isEmpty() && path.isPresent()
        && ConfigResolver.skippedRules(config, path.get()).isPresent() ? "default" : from));
    put(settings, "include", nonEmpty(runConfig.run().include()), runFrom, "none");
    put(settings, "exclude", nonEmpty(runConfig.run().exclude()), runFrom, "none");
    put(settings, "baseline", runConfig.run().baseline().map(ConfigPrinter::shown), runFrom, "none");
    put(settings, "apps", nonEmpty(config.run().apps().stream()
        .map(a -> shown(a.root()) + (a.services().isEmpty() ? "" : " (services " + String.join(", ", a.services()) + ")"))
        .toList()), from,
        "directories holding dispatch.yaml or cron.yaml");
    put(settings, "inline-suppressions", config.inlineSuppressions() ? Optional.empty() : Optional.of("false"), from, "true");
    out.println(name + ":");
    int width = settings.keySet().stream().mapToInt(String::length).max().orElse(1);
    settings.forEach((key, s) -> out.printf("  %-" + width + "s  %s  (%s)%n", key, s.value(), s.from()));
  }

  private void put(Map<String, Setting> settings, String key, Optional<String> fromConfig, String configName,
      String fallback) {
    if (commandLine.containsKey(key)) {
      settings.put(key, new Setting(commandLine.get(key), "--" + key));
    } else if (fromConfig.isPresent()) {
      settings.put(key, new Setting(fromConfig.get(), configName));
    } else {
      settings.put(key, new Setting(fallback, "default"));
    }
  }

  private static Optional<String> nonEmpty(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }

  private static String join(Set<String> values) {
    return String.join(", ", new java.util.TreeSet<>(values));
  }

  private static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return Path.of("").toAbsolutePath().relativize(absolute).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return absolute.toString();
    }
  }
}
