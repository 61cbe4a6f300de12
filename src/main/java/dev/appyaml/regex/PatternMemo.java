package dev.appyaml.regex;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link PythonRegex#analyze} and {@link UserRegex#compile}, each done once per pattern text in a
 * process: a batch meets the same handler patterns in thousands of files, and several rules read
 * the same pattern of one file. An {@link Analysis} is immutable and shared by all threads; a
 * {@link UserRegex} compiles part of itself when first used, so each thread keeps its own. Each
 * memo is bounded (a few thousand short patterns); beyond that a pattern is simply not kept.
 */
public final class PatternMemo {

  static final int MAX_PATTERNS = 4_096;
  static final int MAX_PATTERN_LENGTH = 1_000;

  private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();
  private static final ThreadLocal<Map<String, Optional<UserRegex>>> COMPILED = ThreadLocal.withInitial(HashMap::new);

  private PatternMemo() {}

  public static Analysis analyze(String pattern) {
    return memo(ANALYSES, pattern, PythonRegex::analyze);
  }

  public static Optional<UserRegex> compile(String pattern) {
    return memo(COMPILED.get(), pattern, UserRegex::compile);
  }

  private static <T> T memo(Map<String, T> memo, String pattern, Function<String, T> compute) {
    if (pattern == null || pattern.length() > MAX_PATTERN_LENGTH) {
      return compute.apply(pattern);
    }
    T known = memo.get(pattern);
    if (known != null) {
      return known;
    }
    T value = compute.apply(pattern);
    if (memo.size() < MAX_PATTERNS) {
      memo.putIfAbsent(pattern, value);
    }
    return value;
  }
}
