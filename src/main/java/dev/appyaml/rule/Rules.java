package dev.appyaml.rule;

/** Reads a rule class's metadata, once per class: {@link Rule#info()} is called for every file. */
public final class Rules {

  private static final ClassValue<RuleInfo> INFO = new ClassValue<>() {
    @Override
    protected RuleInfo computeValue(Class<?> ruleClass) {
      RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
      if (info == null) {
        throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
      }
      return info;
    }
  };

  private Rules() {}

  public static RuleInfo info(Class<?> ruleClass) {
    return INFO.get(ruleClass);
  }
}
