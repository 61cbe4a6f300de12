package dev.appyaml.lsp;

import dev.appyaml.catalog.Catalogs;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ElementDocs;
import dev.appyaml.docs.RuleDocs;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlLoader;
import dev.appyaml.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** Hover: on a key, its catalog docs; on a finding, its rule's explanation (as appyaml explain prints it). */
final class Hovers {

  private Hovers() {}

  static Optional<Hover> at(Findings findings, Position position) {
    List<String> parts = new ArrayList<>();
    keyDocs(findings, position).ifPresent(parts::add);
    for (Diagnostic d : findings.diagnostics()) {
      if (Utf16.contains(findings.lsp(d).getRange(), position)) {
        RuleRegistry.metadata().stream().filter(r -> r.id().equals(d.ruleId())).findFirst()
            .map(Hovers::ruleDocs).filter(doc -> !parts.contains(doc)).ifPresent(parts::add);
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts))));
  }

  private static String ruleDocs(RuleInfo info) {
    return RuleDocs.markdown(info);
  }

  private static Optional<String> keyDocs(Findings findings, Position position) {
    var spec = Catalogs.of(findings.kind());
    Optional<YamlNode> root = YamlLoader.load(findings.source()).root();
    if (spec.isEmpty() || root.isEmpty()) {
      return Optional.empty();
    }
    dev.appyaml.source.Position at = Utf16.fromLsp(findings.source(), position);
    List<String> path = new ArrayList<>();
    if (!keyPath(root.get(), at, path)) {
      return Optional.empty();
    }
    Optional<Element> element = CatalogPath.element(spec.get(), path);
    return element.map(e -> "**" + String.join(".", path).replace(".[]", "[]") + "**\n\n"
        + ElementDocs.describe(e, findings.kind()).replace("\nReference: ", "\n\nReference: "));
  }

  /** Fills {@code path} with the keys down to the key under {@code at}; false if there is none. */
  private static boolean keyPath(YamlNode node, dev.appyaml.source.Position at, List<String> path) {
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry entry : m.entries()) {
        path.add(entry.name());
        if (within(entry.key().range(), at) || keyPath(entry.value(), at, path)) {
          return true;
        }
        path.remove(path.size() - 1);
      }
    } else if (node instanceof SequenceNode s) {
      path.add("[]");
      for (YamlNode item : s.items()) {
        if (keyPath(item, at, path)) {
          return true;
        }
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  private static boolean within(dev.appyaml.source.Range range, dev.appyaml.source.Position at) {
    return range.start().compareTo(at) <= 0 && at.compareTo(range.end()) <= 0;
  }
}
