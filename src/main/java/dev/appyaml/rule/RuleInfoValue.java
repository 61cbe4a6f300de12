package dev.appyaml.rule;

import java.lang.annotation.Annotation;

/** A {@link RuleInfo} as plain values (see {@code RuleInfoIndex}), which costs no proxy class to read. */
record RuleInfoValue(String id, String name, Severity severity, String summary, String[] spec,
    String severityVaries, boolean safeFix) implements RuleInfo {

  @Override
  public String[] spec() {
    return spec.clone();
  }

  @Override
  public Class<? extends Annotation> annotationType() {
    return RuleInfo.class;
  }
}
