package dev.appyaml.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's identity. The id ({@code AY} and three digits, hundreds grouping the kind) is stable
 * and never reused; {@code name} is a readable slug; {@code spec} lists the rows of
 * {@code spec/app-yaml.md} or {@code spec/neighbours.md} the rule implements.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  String id();

  String name();

  Severity severity();

  String summary();

  String[] spec() default {};

  /**
   * When the rule reports at another severity than {@link #severity()}, and what that depends on
   * (the file kind, the date, the runtime, how far off a value is), starting with the other
   * severity: {@code "warning in apphosting.yaml, whose reader ignores unknown keys"}. Empty when
   * the rule always reports at its severity.
   */
  String severityVaries() default "";

  /**
   * Whether the rule's replacement fixes are safe by construction: applying one keeps what the
   * writer evidently meant (a misspelt key renamed, a value quoted so that it keeps its text), so
   * {@code validate --fix} applies it without asking.
   */
  boolean safeFix() default false;
}
