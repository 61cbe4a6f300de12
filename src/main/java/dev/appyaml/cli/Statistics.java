package dev.appyaml.cli;

import dev.appyaml.report.Report;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.text.Order;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code --statistics}: how many findings each rule made, most first, then by id. */
final class Statistics {

  private Statistics() {}

  static void write(Report report, PrintWriter out) {
    Map<String, Long> counts = report.diagnostics().stream()
        .collect(Collectors.groupingBy(Diagnostic::ruleId, Collectors.counting()));
    List<Map.Entry<String, Long>> rows = counts.entrySet().stream()
        .sorted(Order.by((Map.Entry<String, Long> e) -> -e.getValue()).then(Map.Entry::getKey))
        .toList();
    Function<String, String> name = id -> report.rule(id).map(r -> r.name()).orElse("");
    int width = rows.stream().mapToInt(e -> String.valueOf(e.getValue()).length()).max().orElse(1);
    for (Map.Entry<String, Long> row : rows) {
      out.println(String.format("%" + width + "d  %s  %s", row.getValue(), row.getKey(), name.apply(row.getKey())));
    }
    out.println(report.diagnostics().size() + " findings from " + rows.size() + (rows.size() == 1 ? " rule" : " rules")
        + " in " + report.files().size() + (report.files().size() == 1 ? " file" : " files"));
    out.flush();
  }
}
