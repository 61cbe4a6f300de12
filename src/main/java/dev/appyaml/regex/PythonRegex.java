package dev.appyaml.regex;

import java.util.List;
import java.util.Optional;

/**
 * Syntax checker for Python 3 {@code re} patterns (the behaviour of CPython 3.12's parser and compiler),
 * as used by App Engine's validator for handler {@code url}, {@code upload} and {@code skip_files} values.
 *
 * <p>It does not match anything: it only tells whether {@code re.compile(pattern)} would succeed, and if not,
 * the first error with its position, as Python's {@code re.error} gives them.
 */
public final class PythonRegex {
    private PythonRegex() {
    }

    /**
     * Checks a pattern. Never throws; runs in time linear in the pattern's length and uses an explicit stack,
     * so hostile input (deep nesting, huge repeat counts) is safe.
     *
     * @param pattern the pattern text; {@code null} is reported as an error
     */
    public static Analysis analyze(String pattern) {
        if (pattern == null) {
            return new Analysis(Optional.of(new RegexProblem(0, 0, "pattern is null")), 0, List.of());
        }
        try {
            return new ReParser(pattern).run();
        } catch (RuntimeException | StackOverflowError e) {
            // Should not happen; never let a checker bug escape to callers.
            return new Analysis(Optional.of(new RegexProblem(0, 0, "internal error: " + e)), 0, List.of());
        }
    }
}
