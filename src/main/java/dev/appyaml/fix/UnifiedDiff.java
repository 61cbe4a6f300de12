package dev.appyaml.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, three lines of context) between two versions of a file, line
 * by line. Lines keep their own line ends out of the output; a changed line end shows as a change.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    // Between the common prefix and suffix: pair lines one to one where both sides have them.
    List<String[]> ops = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      ops.add(new String[] {" ", a.get(i)});
    }
    List<String> removed = a.subList(prefix, a.size() - suffix);
    List<String> added = b.subList(prefix, b.size() - suffix);
    int paired = Math.min(removed.size(), added.size());
    for (int i = 0; i < paired; i++) {
      if (removed.get(i).equals(added.get(i))) {
        ops.add(new String[] {" ", removed.get(i)});
      } else {
        ops.add(new String[] {"-", removed.get(i)});
        ops.add(new String[] {"+", added.get(i)});
      }
    }
    removed.subList(paired, removed.size()).forEach(l -> ops.add(new String[] {"-", l}));
    added.subList(paired, added.size()).forEach(l -> ops.add(new String[] {"+", l}));
    for (int i = a.size() - suffix; i < a.size(); i++) {
      ops.add(new String[] {" ", a.get(i)});
    }
    return hunks(path, ops);
  }

  private static String hunks(String path, List<String[]> ops) {
    String shown = path.startsWith("/") ? path.substring(1) : path;
    StringBuilder out = new StringBuilder("--- a/" + shown + "\n+++ b/" + shown + "\n");
    List<Integer> changes = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (!ops.get(i)[0].equals(" ")) {
        changes.add(i);
      }
    }
    int g = 0;
    while (g < changes.size()) {
      int h = g;
      while (h + 1 < changes.size() && changes.get(h + 1) - changes.get(h) <= 2 * CONTEXT + 1) {
        h++;
      }
      int from = Math.max(0, changes.get(g) - CONTEXT);
      int to = Math.min(ops.size(), changes.get(h) + CONTEXT + 1);
      int lineA = 1;
      int lineB = 1;
      for (int k = 0; k < from; k++) {
        lineA += ops.get(k)[0].equals("+") ? 0 : 1;
        lineB += ops.get(k)[0].equals("-") ? 0 : 1;
      }
      int countA = 0;
      int countB = 0;
      StringBuilder body = new StringBuilder();
      for (int k = from; k < to; k++) {
        String op = ops.get(k)[0];
        body.append(op).append(ops.get(k)[1]).append('\n');
        countA += op.equals("+") ? 0 : 1;
        countB += op.equals("-") ? 0 : 1;
      }
      out.append("@@ -").append(lineA).append(',').append(countA).append(" +").append(lineB).append(',')
          .append(countB).append(" @@\n").append(body);
      g = h + 1;
    }
    return out.toString();
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(text.substring(start, i + 1).replaceAll("\\R$", ""));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
