package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * Fingerprints of findings that survive unrelated edits, lines moving included: the rule, the
 * file, the trimmed text of the finding's line and the message, plus an occurrence count for
 * identical findings. SARIF's {@code partialFingerprints} and the baseline both use them. One
 * instance numbers the occurrences of one report, so findings must be given in report order.
 */
public final class Fingerprints {

  private final Map<String, Integer> seen = new HashMap<>();

  /** The fingerprint of a finding whose file is called {@code file} and whose line reads {@code lineText}. */
  public String of(Diagnostic d, String file, String lineText) {
    String key = d.ruleId() + '\0' + file + '\0' + lineText.strip() + '\0' + d.message();
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

  /**
   * The file as code scanning and GitLab name it: relative to the repository root, whatever
   * directory appyaml ran in (else as given).
   */
  static String repositoryPath(Diagnostic d, Report report) {
    return report.invocation().repositoryPath(d.file()).orElse(d.file());
  }

  /** The text of the finding's line in the report's copy of the file. */
  static String lineOf(Diagnostic d, Report report) {
    return report.source(d.file()).map(s -> s.line(d.range().start().line())).orElse("");
  }

  /** As above, with the line read from the report's copy of the file and the file under its display path. */
  public String of(Diagnostic d, Report report) {
    return of(d, d.file(), report.source(d.file()).map(s -> s.line(d.range().start().line())).orElse(""));
  }
}
