package dev.appyaml.regex;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Result of {@link PythonRegex#analyze(String)}.
 *
 * @param error              the first error Python's {@code re.compile} would report, if any
 * @param groupCount         number of capturing groups (named ones included); 0 when there is an error
 * @param nonPosixConstructs constructs outside POSIX ERE (plus back-references and {@code \w \W \s \S \d \D}),
 *                           in pattern order; always empty when there is an error
 */
public record Analysis(Optional<RegexProblem> error, int groupCount, List<RegexProblem> nonPosixConstructs) {
    public Analysis {
        Objects.requireNonNull(error, "error");
        nonPosixConstructs = List.copyOf(nonPosixConstructs);
    }
}
