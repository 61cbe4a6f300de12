package dev.appyaml.report;

import dev.appyaml.rule.RuleInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code appyaml rules --format json}: the rule metadata as a JSON array. */
public final class RuleListJson {

  private RuleListJson() {}

  public static String write(List<RuleInfo> rules, String toolVersion) {
    return Json.write(rules.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("name", r.name());
      m.put("severity", r.severity().label());
      m.put("safeFix", r.safeFix());
      m.put("summary", r.summary());
      if (!r.severityVaries().isEmpty()) {
        m.put("severityVaries", r.severityVaries());
      }
      m.put("docs", dev.appyaml.docs.GooglePages.of(r).stream().map(p -> (Object) p.url()).toList());
      m.put("helpUri", DocsLinks.rulePage(toolVersion, r.id()));
      return (Object) m;
    }).toList());
  }
}
