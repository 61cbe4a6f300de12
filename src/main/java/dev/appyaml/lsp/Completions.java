package dev.appyaml.lsp;

import dev.appyaml.catalog.Catalogs;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ElementDocs;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.FileKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Completion of keys and of enum values from the catalog. It reads the lines above the cursor,
 * not the parsed tree, because the text being typed is rarely valid YAML: the key path is the
 * chain of less-indented {@code key:} lines (and {@code - } list items) above the cursor.
 */
final class Completions {

  private Completions() {}

  private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(- +)?([^\\s#:'\"\\-][^:#]*?)\\s*:(?:\\s+(.*))?$");
  private static final Pattern VALUE_AT_CURSOR = Pattern.compile("^\\s*(?:- +)?([^\\s#:'\"][^:#]*?)\\s*:\\s+[^#]*$");

  static List<CompletionItem> at(String text, FileKind kind, Position position) {
    Optional<ObjectSpec> root = Catalogs.of(kind);
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    if (root.isEmpty() || position.getLine() >= lines.length) {
      return List.of();
    }
    String line = lines[position.getLine()];
    String prefix = line.substring(0, Math.min(position.getCharacter(), line.length()));
    Matcher value = VALUE_AT_CURSOR.matcher(prefix);
    if (value.matches()) {
      int keyColumn = prefix.indexOf(value.group(1));
      List<String> path = parents(lines, position.getLine(), keyColumn);
      path.add(value.group(1));
      return CatalogPath.element(root.get(), path).map(Completions::values).orElse(List.of());
    }
    if (!prefix.isBlank() && !prefix.strip().matches("(- +)?[\\w.-]*")) {
      return List.of();
    }
    String content = prefix.stripLeading();
    int column = prefix.length() - content.length() + (content.startsWith("- ") ? 2 : 0);
    List<String> path = parents(lines, position.getLine(), column);
    java.util.Set<String> present = siblings(lines, position.getLine(), column);
    return CatalogPath.spec(root.get(), path)
        .map(spec -> keys(spec, kind).stream().filter(i -> !present.contains(i.getLabel())).toList())
        .orElse(List.of());
  }

  /** The keys already written in the mapping the cursor's line belongs to (not on that line). */
  static java.util.Set<String> siblings(String[] lines, int lineIndex, int column) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int step : new int[] {-1, 1}) {
      for (int i = lineIndex + step; i >= 0 && i < lines.length; i += step) {
        String l = lines[i];
        if (l.isBlank() || l.stripLeading().startsWith("#")) {
          continue;
        }
        int indent = l.length() - l.stripLeading().length();
        boolean itemStart = l.stripLeading().startsWith("- ") && indent + 2 == column;
        Matcher key = KEY_LINE.matcher(l);
        if (key.matches() && key.start(3) == column) {
          keys.add(key.group(3));
        }
        if (itemStart || indent < column) {
          break;
        }
      }
    }
    return keys;
  }

  /** The key path of a line whose content starts at {@code column}. */
  static List<String> parents(String[] lines, int lineIndex, int column) {
    List<String> path = new ArrayList<>();
    int target = column;
    boolean inItem = false;
    for (int i = lineIndex - 1; i >= 0 && target > 0 || i >= 0 && inItem; i--) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      int indent = l.length() - l.stripLeading().length();
      boolean dash = l.stripLeading().startsWith("- ") || l.strip().equals("-");
      Matcher key = KEY_LINE.matcher(l);
      boolean opensBlock = key.matches() && (key.group(4) == null || key.group(4).isBlank() || key.group(4).startsWith("#"));
      int keyColumn = key.matches() ? key.start(3) : indent;
      if (inItem) {
        if (key.matches() && !dash && keyColumn <= target && opensBlock) {
          path.add(key.group(3));
          target = keyColumn;
          inItem = false;
        }
        continue;
      }
      if (key.matches() && keyColumn < target && opensBlock) {
        path.add(key.group(3));
        target = keyColumn;
      }
      if (dash && indent < target) {
        path.add("[]");
        target = indent;
        inItem = true;
      }
    }
    Collections.reverse(path);
    return path;
  }

  private static List<CompletionItem> keys(ObjectSpec spec, FileKind kind) {
    List<CompletionItem> items = new ArrayList<>();
    for (Element e : spec.elements()) {
      CompletionItem item = new CompletionItem(e.name());
      item.setKind(CompletionItemKind.Property);
      item.setDetail(ElementDocs.value(e.shape()));
      item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, ElementDocs.describe(e, kind)));
      item.setInsertText(e.name() + ": ");
      item.setDeprecated(e.replacedBy().isPresent());
      items.add(item);
    }
    return items;
  }

  private static List<CompletionItem> values(Element element) {
    List<String> options = element.shape() instanceof Shape.Text t ? t.options()
        : element.shape() instanceof Shape.Bool ? List.of("true", "false") : List.of();
    return options.stream().map(o -> {
      CompletionItem item = new CompletionItem(o);
      item.setKind(CompletionItemKind.EnumMember);
      element.defaultValue().filter(o::equals).ifPresent(d -> item.setDetail("default"));
      return item;
    }).toList();
  }
}
