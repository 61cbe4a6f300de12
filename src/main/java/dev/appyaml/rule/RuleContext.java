package dev.appyaml.rule;

import dev.appyaml.model.AppYaml;
import dev.appyaml.model.Platform;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.YamlDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees of one file, and where it reports. The engine stamps each report with the
 * running rule's id, severity and the file's name.
 */
public final class RuleContext {

  private final CheckedFile file;
  private final ValidationOptions options;
  private final List<Diagnostic> sink;
  private RuleInfo current;
  private MappingNode root;
  private AppYaml app;
  private Platform platform;
  private Map<Object, Object> memos;

  RuleContext(CheckedFile file, ValidationOptions options, List<Diagnostic> sink) {
    this.file = file;
    this.options = options;
    this.sink = sink;
  }

  void runAs(RuleInfo info) {
    this.current = info;
  }

  public CheckedFile file() {
    return file;
  }

  public YamlDocument document() {
    return file.document();
  }

  public ValidationOptions options() {
    return options;
  }

  /** The root mapping; rules that need it only run when the file has one. */
  public MappingNode root() {
    if (root == null) {
      root = rootIfMapping().orElseThrow(() -> new IllegalStateException("no root mapping"));
    }
    return root;
  }

  Optional<MappingNode> rootIfMapping() {
    return document().root().filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  /** The file bound as an {@code app.yaml}; built once per file. */
  public AppYaml app() {
    if (app == null) {
      app = AppYaml.bind(root());
    }
    return app;
  }

  public Platform platform() {
    if (platform == null) {
      platform = Platform.of(app());
    }
    return platform;
  }

  /**
   * What {@code compute} gives for this file, computed once however many rules ask (the same
   * {@code key} means the same value): per-file work that several rules share.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    if (memos == null) {
      memos = new HashMap<>();
    }
    Object value = memos.get(key);
    if (value == null) {
      value = compute.get();
      memos.put(key, value);
    }
    return (T) value;
  }

  public void report(Range range, String message) {
    report(current.severity(), range, message, Optional.empty());
  }

  public void report(Range range, String message, Fix fix) {
    report(current.severity(), range, message, Optional.of(fix));
  }

  /** Reports with a severity other than the rule's default, where the spec grades one case differently. */
  public void report(Severity severity, Range range, String message, Optional<Fix> fix) {
    sink.add(new Diagnostic(file.source().displayPath(), range, current.id(), severity, message, fix));
  }
}
