package dev.appyaml.regex;

import java.util.Optional;

/**
 * A user's own regular expression (a handler's {@code url} or {@code upload}, a
 * {@code skip_files} entry) run on text in bounded time. Python's {@code re} and
 * java.util.regex both backtrack, so a pattern such as {@code ((a*)*)*b} takes exponential
 * time; here a pattern runs on RE2/J, which matches in time linear in the text. RE2 has no
 * back-references or look-around; a pattern using them runs on java.util.regex under a step
 * budget instead, and when that runs out the answer is {@link Outcome#UNKNOWN}.
 *
 * <p>RE2/J is loaded only when a user's pattern is first evaluated (see {@link Re2}), so that a
 * run whose files have no such pattern does not pay for loading it.
 */
public final class UserRegex {

  /** Steps (characters read) java.util.regex may take on one text before giving up. */
  static final int MAX_STEPS = 200_000;

  /**
   * The longest pattern compiled. Real handler patterns are well under a hundred characters; RE2/J
   * parses some long patterns in quadratic time (an unclosed group of 500,000 characters took
   * 26 s), so longer ones are not judged.
   */
  static final int MAX_PATTERN_CHARS = 4_096;

  /** Whether the pattern matched; UNKNOWN when no engine could tell in bounded time. */
  public enum Outcome {
    MATCH, NO_MATCH, UNKNOWN;

    static Outcome of(boolean matched) {
      return matched ? MATCH : NO_MATCH;
    }
  }

  /** How a pattern is applied: {@code re.fullmatch} or {@code re.match} (anchored at the start only). */
  public enum Anchor { FULL, START }

  private final Re2 re2;
  private final java.util.regex.Pattern backtracking;

  private UserRegex(Re2 re2, java.util.regex.Pattern backtracking) {
    this.re2 = re2;
    this.backtracking = backtracking;
  }

  /**
   * The pattern, compiled by the first engine that reads it; empty when neither does or it is
   * longer than {@link #MAX_PATTERN_CHARS} (the caller judges Python's syntax with
   * {@link PythonRegex#analyze}).
   */
  public static Optional<UserRegex> compile(String pythonRegex) {
    if (pythonRegex.length() > MAX_PATTERN_CHARS) {
      return Optional.empty();
    }
    Optional<Re2> re2 = Re2.compile(pythonRegex);
    if (re2.isPresent()) {
      return Optional.of(new UserRegex(re2.get(), null));
    }
    try {
      return Optional.of(new UserRegex(null, java.util.regex.Pattern.compile(pythonRegex)));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  public Outcome matches(String text, Anchor anchor) {
    if (re2 != null) {
      return Outcome.of(re2.matches(text, anchor));
    }
    try {
      java.util.regex.Matcher m = backtracking.matcher(new Budgeted(text));
      return Outcome.of(anchor == Anchor.FULL ? m.matches() : m.lookingAt());
    } catch (Budgeted.Exhausted | StackOverflowError e) {
      return Outcome.UNKNOWN;
    }
  }

  /** RE2/J behind its own class, so that its classes load only when a user pattern is compiled. */
  private static final class Re2 {
    private final com.google.re2j.Pattern pattern;

    private Re2(com.google.re2j.Pattern pattern) {
      this.pattern = pattern;
    }

    static Optional<Re2> compile(String regex) {
      try {
        return Optional.of(new Re2(com.google.re2j.Pattern.compile(regex)));
      } catch (RuntimeException | StackOverflowError e) {
        return Optional.empty();
      }
    }

    boolean matches(String text, Anchor anchor) {
      com.google.re2j.Matcher m = pattern.matcher(text);
      return anchor == Anchor.FULL ? m.matches() : m.lookingAt();
    }
  }

  /** The text as the backtracking engine reads it, counting reads so that a runaway match stops. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private int steps;

    Budgeted(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if (++steps > MAX_STEPS) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }

    /** Thrown out of the regex engine when a match takes too many steps. */
    static final class Exhausted extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exhausted() {
        super(null, null, false, false);
      }
    }
  }
}
