package dev.appyaml.docs;

import dev.appyaml.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A rule's documentation: metadata from its class plus the prose bundled beside it. */
public final class RuleDocs {

  private RuleDocs() {}

  /** The hand-written prose of a rule, if bundled. */
  public static Optional<String> prose(String ruleId) {
    try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/appyaml/rules/" + ruleId + ".md")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first paragraph of the prose's "What it checks" section: a rule's full description. */
  public static Optional<String> whatItChecks(String ruleId) {
    return prose(ruleId).flatMap(text -> {
      int heading = text.indexOf("## What it checks");
      if (heading < 0) {
        return Optional.empty();
      }
      String rest = text.substring(heading + "## What it checks".length()).strip();
      int end = rest.indexOf("\n\n");
      String paragraph = (end < 0 ? rest : rest.substring(0, end)).strip();
      return paragraph.isEmpty() || paragraph.startsWith("#") ? Optional.empty()
          : Optional.of(paragraph.replaceAll("\\s*\n\\s*", " "));
    });
  }

  /** The whole page: title, metadata and prose, as Markdown. */
  public static String markdown(RuleInfo info) {
    StringBuilder page = new StringBuilder();
    page.append("# ").append(info.id()).append(' ').append(info.name()).append("\n\n");
    page.append("**Severity:** ").append(info.severity().label());
    if (!info.severityVaries().isEmpty()) {
      page.append(" (").append(info.severityVaries()).append(')');
    }
    page.append("\n\n").append(info.summary()).append("\n\n");
    page.append(withPublicSources(info, prose(info.id()).orElse("(no documentation yet)\n")));
    return page.toString();
  }

  /**
   * The prose with its "Source" section (internal references, kept for maintainers) replaced by
   * links to Google's public documentation.
   */
  private static String withPublicSources(RuleInfo info, String prose) {
    int source = prose.indexOf("## Source");
    if (source < 0) {
      return prose;
    }
    int next = prose.indexOf("\n## ", source + 1);
    StringBuilder section = new StringBuilder("## Source\n\n");
    List<GooglePages.Page> pages = GooglePages.of(info);
    if (pages.isEmpty()) {
      section.append("appyaml's own check; no Google documentation covers it.\n");
    }
    pages.forEach(p -> section.append("- ").append(p.title()).append(": <").append(p.url()).append(">\n"));
    return prose.substring(0, source) + section + (next < 0 ? "" : prose.substring(next));
  }
}
