package dev.appyaml.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Tree helpers. */
public final class Nodes {

  private Nodes() {}

  /**
   * Every mapping in the tree, each once even when aliases share it, without recursion.
   */
  public static List<MappingNode> mappings(YamlNode root) {
    List<MappingNode> result = new ArrayList<>();
    Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<YamlNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      YamlNode node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (node instanceof MappingNode m) {
        result.add(m);
        for (int i = m.entries().size() - 1; i >= 0; i--) {
          todo.push(m.entries().get(i).value());
        }
      } else if (node instanceof SequenceNode s) {
        for (int i = s.items().size() - 1; i >= 0; i--) {
          todo.push(s.items().get(i));
        }
      }
    }
    return result;
  }
}
