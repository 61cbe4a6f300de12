package dev.appyaml.docs;

import dev.appyaml.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    if (info.spec().length > 0) {
      page.append(" · **Spec:** ").append(String.join(", ", info.spec()));
    }
    page.append("\n\n").append(info.summary()).append("\n\n");
    page.append(prose(info.id()).orElse("(no documentation yet)\n"));
    return page.toString();
  }
}
