package dev.appyaml.baseline;

import dev.appyaml.report.Json;
import dev.appyaml.source.SourceFile;
import dev.appyaml.source.TextDecoder;
import dev.appyaml.text.Order;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlDocument;
import dev.appyaml.yaml.YamlLoader;
import dev.appyaml.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted (docs/baseline.md): each by file (relative to the baseline's
 * directory, forward slashes), rule and fingerprint, with the message for people reading the
 * file. Written sorted and without line numbers or dates, so that a re-run changes nothing.
 */
public record Baseline(List<Entry> entries) {

  public static final int VERSION = 1;

  public record Entry(String file, String ruleId, String fingerprint, String message) {}

  private static final Comparator<Entry> ORDER = Order.by(Entry::file).then(Entry::ruleId)
      .then(Entry::fingerprint).then(Entry::message);

  public Baseline {
    entries = entries.stream().sorted(ORDER).toList();
  }

  public String toJson() {
    List<Object> findings = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", e.file());
      item.put("ruleId", e.ruleId());
      item.put("fingerprint", e.fingerprint());
      item.put("message", e.message());
      findings.add(item);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("tool", "appyaml");
    root.put("findings", findings);
    return Json.write(root);
  }

  /** Reads a baseline; every problem names the file and, where there is one, the line. */
  public static Baseline read(Path file) throws BaselineException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot read: " + e.getMessage());
    }
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    if (decoded.problem().isPresent()) {
      throw new BaselineException(file + ": " + decoded.problem().get().message());
    }
    YamlDocument document = YamlLoader.load(new SourceFile(file.toString(), decoded.text()));
    if (document.failed()) {
      var problem = document.problems().get(0);
      throw new BaselineException(file + ":" + problem.range().start() + ": " + problem.message());
    }
    if (!(document.root().orElse(null) instanceof MappingNode root)) {
      throw new BaselineException(file + ": expected a baseline written by appyaml validate --write-baseline");
    }
    String version = root.get("version").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).orElse("");
    if (!version.equals(String.valueOf(VERSION))) {
      throw new BaselineException(file + ": baseline version " + (version.isEmpty() ? "missing" : version)
          + "; this appyaml reads version " + VERSION);
    }
    if (!(root.get("findings").orElse(null) instanceof SequenceNode findings)) {
      throw new BaselineException(file + ": expected a findings list");
    }
    List<Entry> entries = new ArrayList<>();
    for (YamlNode item : findings.items()) {
      if (!(item instanceof MappingNode m)) {
        throw new BaselineException(file + ":" + item.range().start() + ": expected a finding");
      }
      entries.add(new Entry(text(file, m, "file"), text(file, m, "ruleId"), text(file, m, "fingerprint"),
          m.get("message").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).orElse("")));
    }
    return new Baseline(entries);
  }

  private static String text(Path file, MappingNode m, String key) throws BaselineException {
    if (m.get(key).orElse(null) instanceof ScalarNode s && !s.isNull()) {
      return s.text();
    }
    throw new BaselineException(file + ":" + m.range().start() + ": finding has no " + key);
  }

  /** Writes atomically: a temporary file beside the target, then a rename. */
  public void write(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".appyaml-baseline", ".tmp");
    try {
      Files.writeString(temporary, toJson());
      Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
