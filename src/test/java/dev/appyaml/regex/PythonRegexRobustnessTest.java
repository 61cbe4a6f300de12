package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input: deep nesting, long patterns, random junk. Nothing may throw, overflow or take long. */
class PythonRegexRobustnessTest {


    @Test
    void tenThousandNestedGroupsDoNotOverflowTheStack() {
        String p = "(".repeat(10_000) + ")".repeat(10_000);
        Analysis a = Bounded.run("analysing a hostile pattern", () -> PythonRegex.analyze(p));
        assertEquals(Optional.empty(), a.error());
        assertEquals(10_000, a.groupCount());
    }

    @Test
    void tenThousandUnclosedGroupsReportTheInnermost() {
        Analysis a = PythonRegex.analyze("(".repeat(10_000));
        RegexProblem e = a.error().orElseThrow();
        assertEquals("missing ), unterminated subpattern", e.message());
        assertEquals(9_999, e.offset());
    }

    @Test
    void deepNestingOfEveryGroupKind() {
        for (String open : new String[] {"(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?i:", "(?P<g>"}) {
            String p = open.equals("(?P<g>") ? "(?P<g>" + "(".repeat(50_000) + ")".repeat(50_001)
                    : open.repeat(50_000) + "a" + ")".repeat(50_000);
            Analysis a = Bounded.run(open, () -> PythonRegex.analyze(p));
            assertEquals(Optional.empty(), a.error(), open);
        }
        String conditional = "(a)" + "(?(1)".repeat(20_000) + ")".repeat(20_000);
        assertEquals(Optional.empty(), PythonRegex.analyze(conditional).error());
    }

    @Test
    void longPatternsFinishQuickly() {
        String[] pieces = {
            "a|", "(a)", "[a-z]*", "\\d+?", "(?:x{2,3})", "(?P<n%d>a)", "\\x41", "(?#c)", "(?<=ab)", "a{",
            "{1", "\\N{DIGIT ONE}", "(a)(?(1)b|c)",
        };
        for (String piece : pieces) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < 100_000; i++) {
                b.append(piece.contains("%d") ? String.format(piece, i) : piece);
            }
            String p = b.toString();
            Analysis a = Bounded.run(piece, () -> PythonRegex.analyze(p));
            assertEquals(Optional.empty(), a.error(), piece);
        }
    }

    @Test
    void longErroneousPatternsFinishQuickly() {
        String[] patterns = {
            "(?P<" + "a".repeat(100_000),
            "(?#" + "x".repeat(100_000),
            "[" + "a".repeat(100_000),
            "a{" + "1".repeat(100_000) + "}",
            "a{" + "1".repeat(100_000),
            "x{1,".repeat(30_000),
            "(?x)#" + " ".repeat(100_000),
            "(?(" + "9".repeat(100_000) + ")a)",
            "a" + "\\".repeat(100_001),
        };
        for (String p : patterns) {
            Analysis a = Bounded.run("analysing a hostile pattern", () -> PythonRegex.analyze(p));
            a.error().ifPresent(e -> assertTrue(e.offset() + e.length() <= p.length(), e.toString()));
        }
        assertEquals("the repetition number is too large", PythonRegex.analyze(patterns[3]).error()
                .orElseThrow().message());
    }

    @Test
    void randomInputNeverThrowsAndProblemsStayInsideThePattern() {
        String alphabet = "()[]{}|*+?\\^$.-,:=!<>P#0123789aAbBxNuUiLmsx _z\n\u00e9\ud83d\ude00\ud800";
        Random rnd = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(16); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String p = b.toString();
            Analysis a = PythonRegex.analyze(p);
            a.error().ifPresent(e -> {
                assertFalse(e.message().startsWith("internal error"), p + ": " + e);
                assertTrue(e.offset() + e.length() <= p.length(), p + ": " + e);
            });
            for (RegexProblem np : a.nonPosixConstructs()) {
                assertTrue(np.length() > 0 && np.offset() + np.length() <= p.length(), p + ": " + np);
            }
        }
    }

    @Test
    void nullIsReportedNotThrown() {
        assertEquals("pattern is null", PythonRegex.analyze(null).error().orElseThrow().message());
    }
}
