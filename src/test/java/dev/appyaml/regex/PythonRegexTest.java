package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of patterns with the outcome of CPython 3.12's {@code re.compile}: either the number of groups, or
 * the error message and {@code re.error.pos} (for look-behind width errors Python gives no position; this
 * checker reports the look-behind's start).
 */
class PythonRegexTest {

    /** Expected outcome: {@code message == null} means the pattern compiles with {@code groups} groups. */
    record Expect(String pattern, int groups, int offset, String message) {
        @Override
        public String toString() {
            return PyText.repr(pattern) + (message == null ? " ok/" + groups : " -> " + message + " @" + offset);
        }
    }

    private static Arguments ok(String pattern, int groups) {
        return Arguments.of(new Expect(pattern, groups, -1, null));
    }

    private static Arguments ok(String pattern) {
        return ok(pattern, 0);
    }

    private static Arguments err(String pattern, int offset, String message) {
        return Arguments.of(new Expect(pattern, 0, offset, message));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // --- the cases named in the task
                ok("(?P<name>a)(?P=name)", 1),
                err("(?<name>a)", 1, "unknown extension ?<n"),
                ok("a++"),
                err("a{2}{3}", 4, "multiple repeat"),
                err("\\p{L}", 0, "bad escape \\p"),
                err("(", 0, "missing ), unterminated subpattern"),
                err("/foo(", 4, "missing ), unterminated subpattern"),
                err("(.*", 0, "missing ), unterminated subpattern"),
                err("^(.*/)?(", 7, "missing ), unterminated subpattern"),
                err("[z-a]", 1, "bad character range z-a"),
                err("a(?i)b", 1, "global flags not at the start of the expression"),
                ok("(?i)ab"),
                err("(?<=a+)b", 0, "look-behind requires fixed-width pattern"),
                ok("(?<=ab|cd)x"),
                err("\\1(a)", 1, "invalid group reference 1"),
                err("(a)\\2", 4, "invalid group reference 2"),
                ok("/(.*\\.(gif|png))$", 2),

                // --- typical App Engine handler patterns
                ok("/static/(.*)", 1),
                ok("/(.*\\.(gif|png|jpg))$", 2),
                ok("^(.*/)?#.*#$", 1),
                ok("^(.*/)?.*~$", 1),
                ok("^(.*/)?.*\\.py[co]$", 1),
                ok("^(.*/)?\\..*$", 1),
                ok("/images/(?P<file>[^/]+\\.png)", 1),
                ok(".*"),
                ok(""),

                // --- grouping, alternation, balance
                ok("a|b|c"),
                ok("(a)(b)(c)", 3),
                ok("()", 1),
                ok("(|)", 1),
                ok("(?:a|b)+"),
                ok("(?:)*"),
                err("a)", 1, "unbalanced parenthesis"),
                err("())", 2, "unbalanced parenthesis"),
                err("(a))(", 3, "unbalanced parenthesis"),
                err("(?", 2, "unexpected end of pattern"),
                err("(?)", 1, "unknown extension ?)"),
                err("(?\\d)", 1, "unknown extension ?\\d"),
                err("(?<", 3, "unexpected end of pattern"),
                err("(?<x", 1, "unknown extension ?<x"),

                // --- named groups and named references
                err("(?P", 3, "unexpected end of pattern"),
                err("(?Px", 1, "unknown extension ?Px"),
                err("(?P<", 4, "missing group name"),
                err("(?P<>x)", 4, "missing group name"),
                err("(?P<a", 4, "missing >, unterminated name"),
                err("(?P<1>a)", 4, "bad character in group name '1'"),
                err("(?P<a b>x)", 4, "bad character in group name 'a b'"),
                err("(?P<a'b>x)", 4, "bad character in group name \"a'b\""),
                err("(?P<a\\>b>x)", 4, "bad character in group name 'a\\\\>b'"),
                ok("(?P<_>a)(?P<é>b)(?P<a1>c)", 3),
                err("(?P<a>x)(?P<a>y)", 12, "redefinition of group name 'a' as group 2; was group 1"),
                err("(?P=x)", 4, "unknown group name 'x'"),
                err("(?P=1)", 4, "bad character in group name '1'"),
                err("(a)(?P=a", 7, "missing ), unterminated name"),
                err("(?P<x>a(?P=x))", 11, "cannot refer to an open group"),
                ok("(?P<x>a)(?P<y>(?P=x))", 2),

                // --- lookarounds
                ok("(?=a)b"),
                ok("(?!a)b"),
                ok("(?<=a)b"),
                ok("(?<!a)b"),
                ok("(?=a)*"),
                ok("(?<=[abc]\\d.)"),
                ok("(?<=a{2}?)"),
                ok("(?<=a{2}+)"),
                ok("(?<=(?:a|b){3})"),
                ok("(?<=(?=abc)a)"),
                ok("(?<=\\b\\Aa$)"),
                ok("(?<=(?>ab))"),
                ok("(a)(?<=\\1)", 1),
                ok("(a)(?<=(?(1)a|b))", 1),
                ok("(?<=a{4294967294}a)"),
                err("(?<=a|bc)", 0, "look-behind requires fixed-width pattern"),
                err("(?<!a?)", 0, "look-behind requires fixed-width pattern"),
                err("(?<=a*+)", 0, "look-behind requires fixed-width pattern"),
                err("(?<=(?:a|){3})", 0, "look-behind requires fixed-width pattern"),
                err("(a*)(?<=\\1)", 4, "look-behind requires fixed-width pattern"),
                err("(a)(?<=(?(1)a))", 3, "look-behind requires fixed-width pattern"),
                err("x(?<=(?<=a+)b)", 5, "look-behind requires fixed-width pattern"),
                err("(?<=ab)(?<=b*)", 7, "look-behind requires fixed-width pattern"),
                err("(?<=a{4294967294}aa)", 0, "looks too much behind"),
                err("(?<=a+)(", 7, "missing ), unterminated subpattern"),
                err("(?<=(a)\\1)", 9, "cannot refer to group defined in the same lookbehind subpattern"),
                err("(?<=(?P<n>a)(?P=n))", 18, "cannot refer to group defined in the same lookbehind subpattern"),
                err("(?<=(a)(?<=\\1))", 13, "cannot refer to group defined in the same lookbehind subpattern"),
                err("(?<=(?(1)a|b))(c)", 9, "cannot refer to an open group"),
                ok("(?<=(a))(?<=\\1)", 1),
                ok("(?=(a)\\1)", 1),

                // --- comments and conditionals
                ok("a(?#comment)b"),
                ok("a(?#c)*"),
                err("(?#c)*", 5, "nothing to repeat"),
                err("(?#abc", 0, "missing ), unterminated comment"),
                err("(?#a\\)", 0, "missing ), unterminated comment"),
                ok("(a)(?(1)b|c)", 1),
                ok("(?P<a>x)(?(a)y|z)", 1),
                ok("(a(?(1)b))", 1),
                ok("(?(2)a)(b)(c)", 2),
                ok("(?(01)a)(b)", 1),
                err("(?(1)a|b|c)", 8, "conditional backref with more than two branches"),
                err("(?(2)a)", 3, "invalid group reference 2"),
                err("(?(02)a)", 3, "invalid group reference 2"),
                err("(?(3)a)(?(4)b)(c)", 3, "invalid group reference 3"),
                err("(?(0)a)", 3, "bad group number"),
                err("(?(1)a", 0, "missing ), unterminated subpattern"),
                err("(?(x)a)", 3, "unknown group name 'x'"),
                err("(?(a)x)(?P<a>y)", 3, "unknown group name 'a'"),
                err("(?(-1)a)", 3, "bad character in group name '-1'"),
                err("(?(1_0)a)", 3, "bad character in group name '1_0'"),
                err("(?(\u0661)a)", 3, "bad character in group name '\u0661'"),
                err("(?(1073741823)a", 3, "invalid group reference 1073741823"),
                err("(?(a", 3, "missing ), unterminated name"),
                err("(a)(?(1)(?i)b)", 8, "global flags not at the start of the expression"),

                // --- inline flags
                ok("(?i)"),
                ok("(?iim)"),
                ok("(?i)(?m)a"),
                ok("(?#c)(?i)a"),
                ok("(?x) (?i)a"),
                ok("(?a)(?a)"),
                ok("(?u)a"),
                ok("(?i:a)b"),
                ok("(?-i:a)b"),
                ok("(?im-sx:a)"),
                ok("(?a-i:a)"),
                ok("(?a:(?u:x))"),
                ok("(?i:a)*"),
                err("a(?i)", 1, "global flags not at the start of the expression"),
                err("^(?i)a", 1, "global flags not at the start of the expression"),
                err("a|(?i)b", 2, "global flags not at the start of the expression"),
                err("((?i)a)", 1, "global flags not at the start of the expression"),
                err("(?i:a)(?i)", 6, "global flags not at the start of the expression"),
                err("(?i)*", 4, "nothing to repeat"),
                err("(?i", 3, "missing -, : or )"),
                err("(?i\\d)", 3, "missing -, : or )"),
                err("(?iß)", 3, "unknown flag"),
                err("(?-", 3, "missing flag"),
                err("(?-x", 4, "missing :"),
                err("(?-q:a)", 3, "unknown flag"),
                err("(?i-)", 4, "missing flag"),
                err("(?-i)a", 4, "missing :"),
                err("(?i-i:a)", 5, "bad inline flags: flag turned on and off"),
                err("(?-a:x)", 4, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"),
                err("(?L)a", 3, "bad inline flags: cannot use 'L' flag with a str pattern"),
                err("(?au)", 4, "bad inline flags: flags 'a', 'u' and 'L' are incompatible"),
                err("(?a)(?u)", 4, "ascii and unicode flags are incompatible"),

                // --- verbose mode
                ok("(?x) a *"),
                ok("(?x)a # comment\n*"),
                ok("(?x)[ ]"),
                ok("(?x:a b)c d"),
                ok("(?x)\\ "),
                ok("(?x)\u00a0*"),
                err("(?x)\u000b*", 5, "nothing to repeat"),
                err("(?x)a* ?", 7, "multiple repeat"),
                err("(?x)( ?:a)", 6, "nothing to repeat"),
                err("(?x)(? :a)", 5, "unknown extension ? "),
                ok("(?x)(?-x:a b)"),
                err("(?x)(?P< a>x)", 8, "bad character in group name ' a'"),
                ok("(?x)#\r*"),

                // --- repeats
                ok("a*?b+?c??"),
                ok("a*+b++c?+"),
                ok("a{2}b{2,}c{,3}d{2,3}e{,}"),
                ok("x{2}?"),
                ok("x{2}+"),
                ok("a{"),
                ok("a{1"),
                ok("a{1,"),
                ok("a{x}"),
                ok("a{}"),
                ok("a{ 1}"),
                ok("a{1,2,3}"),
                ok("x{1}{"),
                ok("{"),
                ok("a{4294967294}"),
                ok("(a)(?(1)b)*", 1),
                ok("(?>a)*"),
                err("*", 0, "nothing to repeat"),
                err("a|*", 2, "nothing to repeat"),
                err("(*)", 1, "nothing to repeat"),
                err("{1}", 0, "nothing to repeat"),
                err("^*", 1, "nothing to repeat"),
                err("$*", 1, "nothing to repeat"),
                err("\\b*", 2, "nothing to repeat"),
                err("\\A+", 2, "nothing to repeat"),
                err("a**", 2, "multiple repeat"),
                err("a*?*", 3, "multiple repeat"),
                err("a*+*", 3, "multiple repeat"),
                err("x{2}+?", 5, "multiple repeat"),
                err("a{1,2}{3}", 6, "multiple repeat"),
                err("a{3,2}", 2, "min repeat greater than max repeat"),
                err("{3,2}", 1, "min repeat greater than max repeat"),
                err("a{4294967295}", 1, "the repetition number is too large"),
                err("a{1,99999999999999999999}", 1, "the repetition number is too large"),

                // --- escapes
                ok("\\d\\D\\s\\S\\w\\W\\b\\B\\A\\Z"),
                ok("\\n\\t\\r\\f\\v\\a\\\\"),
                ok("\\x41\\u0041\\U00000041\\U0010FFFF"),
                ok("\\N{LATIN SMALL LETTER A}\\N{DIGIT ONE}"),
                ok("\\0\\08\\018\\123\\377"),
                ok("\\.\\-\\/\\_\\ \\é\\\ud83d\ude00"),
                ok("(a)\\1", 1),
                ok("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", 10),
                err("a\\", 1, "bad escape (end of pattern)"),
                err("\\", 0, "bad escape (end of pattern)"),
                err("\\\\\\", 2, "bad escape (end of pattern)"),
                err("(a\\", 2, "bad escape (end of pattern)"),
                err("a{3,2}\\", 6, "bad escape (end of pattern)"),
                err("(?#\\", 3, "bad escape (end of pattern)"),
                err("\\x", 0, "incomplete escape \\x"),
                err("\\x4", 0, "incomplete escape \\x4"),
                err("\\xg0", 0, "incomplete escape \\x"),
                err("\\u12", 0, "incomplete escape \\u12"),
                err("\\u123g", 0, "incomplete escape \\u123"),
                err("\\U00110000", 0, "bad escape \\U00110000"),
                err("\\N", 2, "missing {"),
                err("\\Nx", 2, "missing {"),
                err("\\N{", 3, "missing character name"),
                err("\\N{}", 3, "missing character name"),
                err("\\N{a", 3, "missing }, unterminated name"),
                err("\\N{a_b}", 0, "undefined character name 'a_b'"),
                err("\\400", 0, "octal escape value \\400 outside of range 0-0o377"),
                err("\\8", 1, "invalid group reference 8"),
                err("\\18", 1, "invalid group reference 18"),
                err("\\181", 1, "invalid group reference 18"),
                err("(a\\1)", 2, "cannot refer to an open group"),
                err("\\e", 0, "bad escape \\e"),
                err("\\z", 0, "bad escape \\z"),
                err("\\h", 0, "bad escape \\h"),
                err("\\Q.\\E", 0, "bad escape \\Q"),
                err("\\k<a>", 0, "bad escape \\k"),
                err("\\R", 0, "bad escape \\R"),
                err("\\X", 0, "bad escape \\X"),
                err("\\G", 0, "bad escape \\G"),
                err("\\cA", 0, "bad escape \\c"),
                err("ab\\Pc", 2, "bad escape \\P"),

                // --- character classes
                ok("[abc]"),
                ok("[^abc]"),
                ok("[]]"),
                ok("[^]]"),
                ok("[]-a]"),
                ok("[a-]"),
                ok("[-a]"),
                ok("[--]"),
                ok("[---]"),
                ok("[^-]"),
                ok("[a-z0-9_]"),
                ok("[[:alpha:]]"),
                ok("[a&&b]"),
                ok("[[a]"),
                ok("[\\b]"),
                ok("[\\d\\s\\w\\D\\S\\W]"),
                ok("[\\]\\\\\\-]"),
                ok("[\\x41-\\x5a\\u00e0-\\u00ff]"),
                ok("[\\0-\\1\\377]"),
                ok("[\\1]"),
                ok("[\\é]"),
                ok("[a-\ud83d\ude00]"),
                ok("[(]"),
                err("[", 0, "unterminated character set"),
                err("[]", 0, "unterminated character set"),
                err("[^]", 0, "unterminated character set"),
                err("[a-", 0, "unterminated character set"),
                err("ab[cd", 2, "unterminated character set"),
                err("[\\", 1, "bad escape (end of pattern)"),
                err("[a\\", 2, "bad escape (end of pattern)"),
                err("[\\d-z]", 1, "bad character range \\d-z"),
                err("[a-\\d]", 1, "bad character range a-\\d"),
                err("[a--]", 1, "bad character range a--"),
                err("[a-\\]]", 1, "bad character range a-\\]"),
                err("[\\x7a-a]", 3, "bad character range \\x-a"),
                err("[\\x41-\\x40]", 5, "bad character range \\x-\\x"),
                err("[\\101-\\100]", 5, "bad character range \\1-\\1"),
                err("[\ud83d\ude01-\ud83d\ude00]", 1, "bad character range \ud83d\ude01-\ud83d\ude00"),
                err("[\\x4-a]", 1, "incomplete escape \\x4"),
                err("[\\A]", 1, "bad escape \\A"),
                err("[\\B]", 1, "bad escape \\B"),
                err("[\\Z]", 1, "bad escape \\Z"),
                err("[\\z]", 1, "bad escape \\z"),
                err("[\\p{L}]", 1, "bad escape \\p"),
                err("[\\8]", 1, "bad escape \\8"),
                err("[\\400]", 1, "octal escape value \\400 outside of range 0-0o377"),

                // --- offsets are UTF-16 indexes
                err("\ud83d\ude00(", 2, "missing ), unterminated subpattern"),
                err("\ud83d\ude00{2}{3}", 5, "multiple repeat"),
                err("(?P<\ud83d\ude00>a)", 4, "bad character in group name '\ud83d\ude00'"),
                err("(?P<\u200b>x)", 4, "bad character in group name '\\u200b'"),
                err("(?P<\u0000>x)", 4, "bad character in group name '\\x00'"),
                err("(?\ud800", 1, "unknown extension ?\ud800")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void matchesPython(Expect e) {
        Analysis a = PythonRegex.analyze(e.pattern());
        if (e.message() == null) {
            if (a.error().isPresent()) {
                fail("expected no error, got " + a.error().get());
            }
            assertEquals(e.groups(), a.groupCount(), "groupCount");
        } else {
            RegexProblem p = a.error().orElseThrow(() -> new AssertionError("expected error " + e.message()));
            assertEquals(e.message(), p.message());
            assertEquals(e.offset(), p.offset(), "offset");
            assertTrue(p.offset() + p.length() <= e.pattern().length(), "problem inside the pattern: " + p);
            assertTrue(a.nonPosixConstructs().isEmpty(), "no constructs reported with an error");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void messagesAreLowerCaseWithoutTrailingPeriod(Expect e) {
        PythonRegex.analyze(e.pattern()).error().ifPresent(p -> {
            assertFalse(p.message().endsWith("."), p.message());
            assertFalse(Character.isUpperCase(p.message().charAt(0)), p.message());
        });
    }
}
