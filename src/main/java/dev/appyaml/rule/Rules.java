package dev.appyaml.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a rule class's metadata, once per class: {@link Rule#info()} is called for every file.
 * The classes compiled with appyaml are found in {@code RuleInfoIndex}, written at build time from
 * their annotations; reading an annotation at run time would cost start-up time. A plain map, not
 * a ClassValue: rule classes live as long as the process, and a ClassValue gives each class a map
 * of its own, a few milliseconds of interpreted code for 200 rules at start-up.
 */
public final class Rules {

  private static final Map<Class<?>, RuleInfo> INFO = new ConcurrentHashMap<>();

  private Rules() {}

  public static RuleInfo info(Class<?> ruleClass) {
    RuleInfo info = INFO.get(ruleClass);
    if (info == null) {
      info = read(ruleClass);
      INFO.put(ruleClass, info);
    }
    return info;
  }

  private static RuleInfo read(Class<?> ruleClass) {
    RuleInfo info = RuleInfoIndex.of(ruleClass.getName());
    if (info == null) {
      info = ruleClass.getAnnotation(RuleInfo.class);
    }
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
    }
    return info;
  }
}
