package dev.appyaml.regex;

import java.util.Objects;

/**
 * A problem found in a regular expression pattern.
 *
 * @param offset  where the problem starts, in UTF-16 chars from the start of the pattern
 *                (for syntax errors this is Python's {@code re.error.pos}, converted from code points)
 * @param length  how many UTF-16 chars the problem spans; may be 0 (e.g. at the end of the pattern)
 * @param message lower-case description without a trailing period, worded like Python's {@code re} module
 */
public record RegexProblem(int offset, int length, String message) {
    public RegexProblem {
        Objects.requireNonNull(message, "message");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
    }
}
