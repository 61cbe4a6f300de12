package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonPosixConstructsTest {

    /** Each row: pattern, then the expected constructs as {@code offset+length=message}, separated by ';'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
            ^/static/(.*)$\t
            (a)\\1\\w\\W\\s\\S\\d\\D[^/]+.?x{2,3}|y*\t
            a{2,}b{3}\t
            a*?\t1+2=lazy quantifier *? is not POSIX ERE
            a+?b??c{2}?\t1+2=lazy quantifier +? is not POSIX ERE;4+2=lazy quantifier ?? is not POSIX ERE;7+4=lazy quantifier {2}? is not POSIX ERE
            a*+b++c?+d{1,2}+\t1+2=possessive quantifier *+ is not POSIX ERE;4+2=possessive quantifier ++ is not POSIX ERE;7+2=possessive quantifier ?+ is not POSIX ERE;10+6=possessive quantifier {1,2}+ is not POSIX ERE
            a{,3}\t1+4=repeat {,3} without a minimum is not POSIX ERE
            (?=a)(?!b)\t0+3=lookahead (?=...) is not POSIX ERE;5+3=negative lookahead (?!...) is not POSIX ERE
            (?<=c)(?<!d)\t0+4=lookbehind (?<=...) is not POSIX ERE;6+4=negative lookbehind (?<!...) is not POSIX ERE
            (?>a)\t0+3=atomic group (?>...) is not POSIX ERE
            (?:a)\t0+3=non-capturing group (?:...) is not POSIX ERE
            (?P<n>a)(?P=n)\t0+6=named group (?P<name>...) is not POSIX ERE;8+6=named backreference (?P=name) is not POSIX ERE
            (a)(?(1)b|c)\t3+5=conditional (?(...)...) is not POSIX ERE
            (?i)a\t0+4=inline flags (?i) are not POSIX ERE
            (?i:a)(?-x:b)\t0+4=scoped flags (?i:...) are not POSIX ERE;6+5=scoped flags (?-x:...) are not POSIX ERE
            \\ba\\B\\A\\Z\t0+2=word boundary \\b is not POSIX ERE;3+2=non-word-boundary \\B is not POSIX ERE;5+2=start-of-string anchor \\A is not POSIX ERE;7+2=end-of-string anchor \\Z is not POSIX ERE
            a(?#note)\t1+8=comment (?#...) is not POSIX ERE
            \\x41\\u0041\t0+4=hex escape \\x41 is not POSIX ERE;4+6=unicode escape \\u0041 is not POSIX ERE
            \\U00000041\\N{DIGIT ONE}\t0+10=unicode escape \\U00000041 is not POSIX ERE;10+13=named character escape \\N{DIGIT ONE} is not POSIX ERE
            \\0\\012[\\x41]\t0+2=octal escape \\0 is not POSIX ERE;2+4=octal escape \\012 is not POSIX ERE;7+4=hex escape \\x41 is not POSIX ERE
            [[:alpha:]]+\t1+9=bracket class [:alpha:] is POSIX only: Python reads it as single characters
            ((?:a)*?)\t1+3=non-capturing group (?:...) is not POSIX ERE;6+2=lazy quantifier *? is not POSIX ERE
            """)
    void reportsConstructsOutsidePosixEre(String pattern, String expected) {
        Analysis a = PythonRegex.analyze(pattern);
        assertEquals(Optional.empty(), a.error());
        String actual = a.nonPosixConstructs().stream()
                .map(p -> p.offset() + "+" + p.length() + "=" + p.message())
                .collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected, actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', textBlock = """
            (?<=a+)b
            a*?(
            (?i)a(?i)
            """)
    void nothingIsReportedWhenThereIsAnError(String pattern) {
        Analysis a = PythonRegex.analyze(pattern);
        assertEquals(true, a.error().isPresent());
        assertEquals(List.of(), a.nonPosixConstructs());
    }
}
