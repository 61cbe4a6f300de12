package dev.appyaml.regex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's own regular expression (a handler's {@code url} or {@code upload}, a
 * {@code skip_files} entry), which Google evaluates with Python's {@code re}, run on text in
 * bounded time. Python's {@code re} and java.util.regex both backtrack, so a pattern such as
 * {@code ((a*)*)*b} takes exponential time; here a pattern runs on RE2/J, which matches in time
 * linear in the text. RE2 has no back-references or look-around; a pattern using them runs on
 * java.util.regex under a step budget instead, and when that runs out the answer is
 * {@link Outcome#UNKNOWN}.
 *
 * <p>The pattern is first rewritten for each engine ({@link Translation}) so that it means what
 * Python means. Where RE2 cannot say it exactly ({@code \b} beyond ASCII, {@code $} before a
 * final newline), a text on which that matters is judged by java.util.regex, which can; only when
 * that runs out of steps is RE2's answer given, with the difference named in {@link Verdict#caveats}.
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

  static final String RE2_NAME = "RE2/J";
  static final String JAVA_NAME = "java.util.regex";

  /** Whether the pattern matched; UNKNOWN when no engine could tell in bounded time. */
  public enum Outcome {
    MATCH, NO_MATCH, UNKNOWN;

    static Outcome of(boolean matched) {
      return matched ? MATCH : NO_MATCH;
    }
  }

  /** How a pattern is applied: {@code re.fullmatch} or {@code re.match} (anchored at the start only). */
  public enum Anchor { FULL, START }

  /** A difference from Python's {@code re} that the answer for one text rests on. */
  public record Caveat(String engine, String difference) {}

  /** The answer for one text, with what it rests on where that differs from Python's reading. */
  public record Verdict(Outcome outcome, List<Caveat> caveats) {
    public Verdict {
      caveats = List.copyOf(caveats);
    }

    static Verdict exact(Outcome outcome) {
      return new Verdict(outcome, List.of());
    }

    public boolean is(Outcome o) {
      return outcome == o;
    }
  }

  private final Re2 re2;
  private final List<Divergence> re2Divergences;
  private final Backtracking backtracking;
  private final List<Divergence> backtrackingDivergences;

  private UserRegex(Re2 re2, List<Divergence> re2Divergences, Backtracking backtracking,
      List<Divergence> backtrackingDivergences) {
    this.re2 = re2;
    this.re2Divergences = re2Divergences;
    this.backtracking = backtracking;
    this.backtrackingDivergences = backtrackingDivergences;
  }

  /**
   * The pattern, translated for the engines that can read it; empty when Python's {@code re}
   * refuses it (another rule reports that), no engine reads it, or it is longer than
   * {@link #MAX_PATTERN_CHARS}.
   */
  public static Optional<UserRegex> compile(String pythonRegex) {
    if (pythonRegex.length() > MAX_PATTERN_CHARS) {
      return Optional.empty();
    }
    Translation t = new Translation();
    try {
      if (new ReParser(pythonRegex, t).run().error().isPresent()) {
        return Optional.empty();
      }
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
    Re2 re2 = t.re2.readable() ? Re2.compile(t.re2.text()).orElse(null) : null;
    Backtracking java = t.java.readable() ? new Backtracking(t.java.text()) : null;
    if (re2 == null && (java == null || java.pattern() == null)) {
      return Optional.empty();
    }
    return Optional.of(new UserRegex(re2, t.re2.divergences(), java, t.java.divergences()));
  }

  /** The pattern on java.util.regex alone, as it answers where RE2/J cannot: for tests of that translation. */
  static Optional<UserRegex> compileBacktracking(String pythonRegex) {
    Translation t = new Translation();
    if (new ReParser(pythonRegex, t).run().error().isPresent() || !t.java.readable()) {
      return Optional.empty();
    }
    Backtracking java = new Backtracking(t.java.text());
    return java.pattern() == null ? Optional.empty()
        : Optional.of(new UserRegex(null, List.of(), java, t.java.divergences()));
  }

  /**
   * RE2/J's answer where it reads the pattern as Python does for this text; else
   * java.util.regex's, where that reads it as Python does or is all there is; else RE2/J's, with
   * the differences it rests on.
   */
  public Verdict matches(String text, Anchor anchor) {
    List<Caveat> re2Caveats = caveats(RE2_NAME, re2Divergences, text);
    if (re2 != null && re2Caveats.isEmpty()) {
      return Verdict.exact(Outcome.of(re2.matches(text, anchor)));
    }
    if (backtracking != null && backtracking.pattern() != null) {
      List<Caveat> caveats = caveats(JAVA_NAME, backtrackingDivergences, text);
      if (re2 == null || caveats.isEmpty()) {
        Outcome outcome = backtrack(text, anchor);
        if (re2 == null || outcome != Outcome.UNKNOWN) {
          return new Verdict(outcome, outcome == Outcome.UNKNOWN ? List.of() : caveats);
        }
      }
    }
    return new Verdict(Outcome.of(re2.matches(text, anchor)), re2Caveats);
  }

  private static List<Caveat> caveats(String engine, List<Divergence> divergences, String text) {
    List<Caveat> caveats = new ArrayList<>();
    for (Divergence d : divergences) {
      if (d.when().holds(text)) {
        caveats.add(new Caveat(engine, d.difference()));
      }
    }
    return caveats;
  }

  private Outcome backtrack(String text, Anchor anchor) {
    try {
      java.util.regex.Matcher m = backtracking.pattern().matcher(new Budgeted(text));
      return Outcome.of(anchor == Anchor.FULL ? m.matches() : m.lookingAt());
    } catch (Budgeted.Exhausted | StackOverflowError e) {
      return Outcome.UNKNOWN;
    }
  }

  /**
   * The clause a finding adds when its outcome rested on such differences, e.g.
   * " (judged with RE2/J: `\b` here ...)"; empty when it did not.
   */
  public static String clause(Collection<Caveat> caveats) {
    Map<String, Set<String>> byEngine = new LinkedHashMap<>();
    for (Caveat c : caveats) {
      byEngine.computeIfAbsent(c.engine(), e -> new LinkedHashSet<>()).add(c.difference());
    }
    List<String> parts = new ArrayList<>();
    byEngine.forEach((engine, differences) -> parts.add(engine + ": " + String.join("; ", differences)));
    return parts.isEmpty() ? "" : " (judged with " + String.join("; ", parts) + ")";
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

  /**
   * The java.util.regex translation, compiled when first needed: beside RE2/J it answers only
   * texts RE2/J cannot judge as Python would, and its explicit Unicode sets cost to compile.
   */
  private static final class Backtracking {
    private final String regex;
    private java.util.regex.Pattern pattern;
    private boolean compiled;

    Backtracking(String regex) {
      this.regex = regex;
    }

    /** The compiled pattern, null when java.util.regex refuses it. */
    java.util.regex.Pattern pattern() {
      if (!compiled) {
        compiled = true;
        try {
          pattern = java.util.regex.Pattern.compile(regex);
        } catch (RuntimeException | StackOverflowError e) {
          pattern = null;
        }
      }
      return pattern;
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
