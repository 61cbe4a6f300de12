package dev.appyaml.rule;

/**
 * Reads a rule class's metadata, once per class: {@link Rule#info()} is called for every file.
 * The classes compiled with appyaml are found in {@code RuleInfoIndex}, written at build time from
 * their annotations; reading an annotation at run time would cost start-up time.
 */
public final class Rules {

  private static final ClassValue<RuleInfo> INFO = new ClassValue<>() {
    @Override
    protected RuleInfo computeValue(Class<?> ruleClass) {
      RuleInfo info = RuleInfoIndex.of(ruleClass.getName());
      if (info == null) {
        info = ruleClass.getAnnotation(RuleInfo.class);
      }
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
