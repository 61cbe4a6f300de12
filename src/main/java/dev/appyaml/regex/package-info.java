/**
 * A checker for Python 3 {@code re} pattern syntax, written from Python's observable behaviour (CPython 3.12):
 * {@link dev.appyaml.regex.PythonRegex#analyze(String)} tells whether {@code re.compile} accepts a pattern,
 * and if not, gives the first error with Python's message and position. {@link dev.appyaml.regex.UserRegex}
 * matches users' patterns in bounded time, rewritten from what the same parser reads so that RE2/J and
 * java.util.regex mean what Python means.
 *
 * <p>Known differences from CPython 3.12:
 * <ul>
 *   <li>Positions are UTF-16 offsets (Python counts code points). For look-behind width errors, where Python
 *       gives no position, the look-behind group itself is reported.</li>
 *   <li>{@code \N{name}} is accepted for any name made of ASCII letters, digits, spaces and hyphens; only
 *       other names are reported as undefined (Python looks the name up in its own Unicode database).</li>
 *   <li>Group names are checked with Java's Unicode tables (Unicode 13 on Java 17, Python 3.12 has 15), so
 *       letters added since are rejected here though Python accepts them.</li>
 *   <li>Nesting is limited only by memory; CPython itself fails with RecursionError (not {@code re.error})
 *       at around 500 nested groups.</li>
 *   <li>Two failures that Python raises as other exceptions are reported as errors:
 *       "the repetition number is too large" (OverflowError) and "ascii and unicode flags are incompatible"
 *       (ValueError, for {@code (?a)(?u)}).</li>
 * </ul>
 */
package dev.appyaml.regex;
