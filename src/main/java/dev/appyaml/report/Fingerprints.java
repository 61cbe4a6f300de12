package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * A finding's identity across runs, for code scanning and GitLab to match findings between
 * commits: stable across unrelated edits, it hashes the rule, the file, the trimmed text of the
 * line and the message (the file named from the repository root, whatever directory appyaml
 * ran in), plus an occurrence count for identical findings.
 */
final class Fingerprints {

  private final Report report;
  private final Map<String, Integer> seen = new HashMap<>();

  Fingerprints(Report report) {
    this.report = report;
  }

  /** 32 hex digits; call once per finding, in report order. */
  String of(Diagnostic d) {
    String line = report.source(d.file()).map(s -> s.line(d.range().start().line()).strip()).orElse("");
    String file = report.invocation().repositoryPath(d.file()).orElse(d.file());
    String key = d.ruleId() + '\0' + file + '\0' + line + '\0' + d.message();
    int occurrence = seen.merge(key, 1, Integer::sum);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((key + '\0' + occurrence).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
