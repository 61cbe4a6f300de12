package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against a real CPython (3.12 or later): set {@code APPYAML_PYTHON} to its executable to run
 * it. It compiles the table's patterns and many generated ones with Python's {@code re} and compares error
 * message and position (or group count) with {@link PythonRegex}. Off by default, as CI need not have Python.
 */
@EnabledIfEnvironmentVariable(named = "APPYAML_PYTHON", matches = ".+")
class PythonOracleTest {

    private static final String SCRIPT = String.join("\n",
            "import re, sys, warnings",
            "warnings.simplefilter('ignore')",
            "def cps(t): return ','.join(str(ord(c)) for c in t)",
            "out = []",
            "for line in open(sys.argv[1], encoding='ascii'):",
            "    line = line.strip()",
            "    p = ''.join(chr(int(x)) for x in line.split(',') if x)",
            "    try:",
            "        out.append('OK %d' % re.compile(p).groups)",
            "    except re.error as e:",
            "        out.append('ERR %s %s' % ('-' if e.pos is None else e.pos, cps(e.msg)))",
            "    except OverflowError:",
            "        out.append('ERR - ' + cps('the repetition number is too large'))",
            "    except ValueError as e:",
            "        out.append('ERR - ' + cps('ascii and unicode flags are incompatible')",
            "                   if 'ASCII and UNICODE' in str(e) else 'SKIP')",
            "    except RecursionError:",
            "        out.append('SKIP')",
            "sys.stdout.write('\\n'.join(out) + '\\n')",
            "");

    private static final String[] TOKENS = {
        "(", ")", "(?:", "(?P<a>", "(?P<b>", "(?P=a)", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?#", "(?(1)", "(?(a)",
        "(?i)", "(?x)", "(?a)", "(?u)", "(?i:", "(?-i:", "(?x:", "(?-x:", "(?", "|", "*", "+", "?", "{2}", "{1,3}",
        "{,2}", "{3,1}", "{", "}", ",", "[", "]", "[^", "^", "-", "\\", "\\d", "\\b", "\\A", "\\1", "\\2", "\\0",
        "\\07", "\\400", "\\8", "\\x4", "\\x41", "\\u00e9", "\\N{", "\\N{DIGIT ONE}", "\\p", "\\-", "\\]", "a",
        "b", "0", "1", ".", "$", " ", "#", "\n", "P", "<", ">", "=", "!", ":", "\u00e9", "\ud83d\ude00", "_", "x",
        "-x", "\\w",
    };

    @Test
    void agreesWithPython(@TempDir Path dir) throws IOException, InterruptedException {
        String python = System.getenv("APPYAML_PYTHON");
        assumeTrue(pythonIsAtLeast312(python), "APPYAML_PYTHON is not Python 3.12+");

        List<String> patterns = new ArrayList<>();
        PythonRegexTest.table().forEach(a -> patterns.add(((PythonRegexTest.Expect) a.get()[0]).pattern()));
        Random rnd = new Random(20240601);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + rnd.nextInt(10); k > 0; k--) {
                b.append(TOKENS[rnd.nextInt(TOKENS.length)]);
            }
            patterns.add(b.toString());
        }
        Path in = dir.resolve("patterns.txt");
        Files.writeString(in, patterns.stream().map(PythonOracleTest::codePoints)
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.US_ASCII);
        Path script = dir.resolve("oracle.py");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Process proc = new ProcessBuilder(python, script.toString(), in.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> results = new String(proc.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                .lines().collect(Collectors.toList());
        assertEquals(0, proc.waitFor(), "python exit status");
        assertEquals(patterns.size(), results.size(), "one result per pattern");

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            String expected = results.get(i);
            if (expected.equals("SKIP")) {
                continue;
            }
            String actual = describe(p, PythonRegex.analyze(p), expected.startsWith("ERR -"));
            String want = decode(expected);
            if (want.startsWith("ERR") && want.contains("undefined character name")) {
                continue; // any well-formed \N{name} is accepted on purpose
            }
            if (!want.equals(actual)) {
                mismatches.add(PyText.repr(p) + ": python " + want + ", ours " + actual);
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())));
    }

    private static String describe(String p, Analysis a, boolean pythonHasNoPosition) {
        if (a.error().isEmpty()) {
            return "OK " + a.groupCount();
        }
        RegexProblem e = a.error().get();
        String at = pythonHasNoPosition ? "-" : String.valueOf(p.codePointCount(0, e.offset()));
        return "ERR " + at + " " + e.message();
    }

    private static String decode(String line) {
        if (!line.startsWith("ERR ")) {
            return line;
        }
        String[] parts = line.split(" ", 3);
        StringBuilder msg = new StringBuilder();
        for (String cp : parts[2].split(",")) {
            if (!cp.isEmpty()) {
                msg.appendCodePoint(Integer.parseInt(cp));
            }
        }
        return "ERR " + parts[1] + " " + msg;
    }

    private static String codePoints(String s) {
        return s.codePoints().mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    private static boolean pythonIsAtLeast312(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c",
                    "import sys; print(1 if sys.version_info >= (3, 12) else 0)").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && out.equals("1");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
