package dev.appyaml.rule;

/** Reads a rule class's metadata. */
public final class Rules {

  private Rules() {}

  public static RuleInfo info(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
    }
    return info;
  }
}
