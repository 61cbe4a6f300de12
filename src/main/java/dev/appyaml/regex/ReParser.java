package dev.appyaml.regex;

import dev.appyaml.text.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-shot checker for a single pattern, following the observable behaviour of CPython 3.12's {@code re}
 * parser: which errors it reports, in which order, and at which position.
 *
 * <p>Python's parser reads the pattern as a stream of tokens (a character, or a backslash with the character
 * after it) and always looks one token ahead. Two consequences are reproduced here: names and comments are
 * scanned token by token (so {@code \)} does not end a comment), and a lone backslash at the very end is
 * reported as soon as the parser reaches the token before it.
 *
 * <p>Groups are tracked on an explicit stack (no recursion), so nesting depth is limited only by memory.
 * Widths (for the fixed-width rule of look-behinds) are computed on the fly with saturating arithmetic.
 */
final class ReParser {
    /** Python's MAXREPEAT: an unbounded repeat; explicit counts must be below it. */
    private static final long MAXREPEAT = 0xFFFF_FFFFL;
    /** A look-behind may not be wider than this. */
    private static final long MAXCODE = 0xFFFF_FFFFL;
    /** Conditional group numbers at or above this are rejected at once. */
    private static final long MAXGROUPS = 1_073_741_823L;
    /** Saturation value for widths: "unbounded". */
    private static final long INF = Long.MAX_VALUE;

    static final int F_A = 1;
    static final int F_I = 2;
    static final int F_L = 4;
    static final int F_M = 8;
    static final int F_S = 16;
    static final int F_U = 32;
    static final int F_X = 64;
    private static final int TYPE_FLAGS = F_A | F_L | F_U;

    /* Kinds of the last item of a branch, as far as repeats care. */
    private static final int NONE = 0;
    private static final int AT = 1;
    private static final int REPEAT = 2;
    private static final int OTHER = 3;

    /* Kinds of open groups. */
    private static final int TOP = 0;
    private static final int CAPTURE = 1;
    private static final int PLAIN = 2;
    private static final int LOOKAHEAD = 3;
    private static final int LOOKBEHIND = 4;
    private static final int COND = 5;

    private static final long CATEGORY = -2;
    private static final long UNKNOWN_VALUE = -1;

    /** Internal signal carrying the first error; never escapes {@link #run()}. */
    private static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RegexProblem problem;

        ParseError(RegexProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** An open group (or the whole pattern) being parsed. */
    private static final class Frame {
        final int kind;
        final int start;
        final int group;
        final boolean outerVerbose;
        final boolean outermostLookbehind;
        /** Number of '|' seen directly in this group. */
        int bars;
        /** Width over the finished branches; altLo &lt; 0 while there is none. */
        long altLo = -1;
        long altHi;
        /** Width of the current branch: the items before the last one, then the last item. */
        long preLo;
        long preHi;
        int lastKind = NONE;
        long lastLo;
        long lastHi;

        Frame(int kind, int start, int group, boolean outerVerbose, boolean outermostLookbehind) {
            this.kind = kind;
            this.start = start;
            this.group = group;
            this.outerVerbose = outerVerbose;
            this.outermostLookbehind = outermostLookbehind;
        }
    }

    private record LookBehind(int start, int end, long lo, long hi) {
    }

    private final String s;
    private final int n;
    private int pos;
    private boolean verbose;
    private final ArrayList<Frame> stack = new ArrayList<>();

    /** Next group number; group 0 is the whole match, so the count of groups is {@code groups - 1}. */
    private int groups = 1;
    private long[] groupLo = new long[8];
    private long[] groupHi = new long[8];
    private boolean[] groupClosed = new boolean[8];
    private final Map<String, Integer> groupNames = new HashMap<>();
    /** Groups numbered from here on were opened inside the outermost open look-behind; -1 if none is open. */
    private int lookbehindGroups = -1;
    /** Conditional group numbers checked after parsing, with where they were first used. */
    private final Map<Long, RegexProblem> conditionalRefs = new LinkedHashMap<>();
    private int globalFlags;
    private RegexProblem flagConflict;
    private final List<LookBehind> lookbehinds = new ArrayList<>();
    private final List<RegexProblem> nonPosix = new ArrayList<>();

    private final PatternSink sink;

    ReParser(String pattern) {
        this(pattern, PatternSink.NONE);
    }

    ReParser(String pattern, PatternSink sink) {
        this.s = pattern;
        this.n = pattern.length();
        this.sink = sink;
    }

    Analysis run() {
        try {
            parse();
        } catch (ParseError e) {
            return new Analysis(Optional.of(e.problem), 0, List.of());
        }
        nonPosix.sort(Order.byInt(RegexProblem::offset));
        return new Analysis(Optional.empty(), groups - 1, nonPosix);
    }

    // ---------------------------------------------------------------- main loop

    private void parse() {
        advance(0);
        stack.add(new Frame(TOP, 0, -1, false, false));
        while (true) {
            Frame f = top();
            if (pos >= n) {
                if (f.kind != TOP) {
                    throw error("missing ), unterminated subpattern", f.start, n - f.start);
                }
                break;
            }
            char c = s.charAt(pos);
            if (c == '|') {
                if (f.kind == COND && f.bars >= 1) {
                    throw error("conditional backref with more than two branches", pos, 1);
                }
                endBranch(f);
                f.bars++;
                sink.alternate();
                advance(1);
                continue;
            }
            if (c == ')') {
                if (f.kind == TOP) {
                    break;
                }
                advance(1);
                closeGroup();
                continue;
            }
            int start = pos;
            advance(tokenLength(pos));
            if (c == '\\') {
                parseEscape(start);
                continue;
            }
            if (verbose) {
                if (isPyWhitespace(c)) {
                    continue;
                }
                if (c == '#') {
                    skipVerboseComment();
                    continue;
                }
            }
            switch (c) {
                case '[' -> parseClass(start);
                case '*', '+', '?', '{' -> parseRepeat(start, c);
                case '(' -> openGroup(start);
                case '^', '$' -> {
                    sink.anchor(c);
                    addItem(f, AT, 0, 0);
                }
                default -> {
                    if (c == '.') {
                        sink.any();
                    } else {
                        sink.literal(s.codePointAt(start));
                    }
                    addItem(f, OTHER, 1, 1);
                }
            }
        }
        finish();
    }

    private void finish() {
        if (flagConflict != null) {
            throw new ParseError(flagConflict);
        }
        if (pos < n) {
            throw error("unbalanced parenthesis", pos, 1);
        }
        for (Map.Entry<Long, RegexProblem> ref : conditionalRefs.entrySet()) {
            if (ref.getKey() >= groups) {
                throw new ParseError(ref.getValue());
            }
        }
        // Python checks look-behinds when compiling, outer ones before the ones they contain.
        lookbehinds.sort(Order.byInt(LookBehind::start));
        for (LookBehind lb : lookbehinds) {
            if (lb.lo() > MAXCODE) {
                throw error("looks too much behind", lb.start(), lb.end() - lb.start());
            }
            if (lb.lo() != lb.hi()) {
                throw error("look-behind requires fixed-width pattern", lb.start(), lb.end() - lb.start());
            }
        }
    }

    private void skipVerboseComment() {
        while (pos < n) {
            char c = s.charAt(pos);
            advance(tokenLength(pos));
            if (c == '\n') {
                return;
            }
        }
    }

    private static boolean isPyWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    // ---------------------------------------------------------------- tokens

    /** Moves the cursor; like Python's one-token lookahead, fails at once on a lone trailing backslash. */
    private void advance(int k) {
        pos += k;
        if (pos == n - 1 && s.charAt(pos) == '\\') {
            throw error("bad escape (end of pattern)", pos, 1);
        }
    }

    private int tokenLength(int p) {
        if (s.charAt(p) == '\\') {
            return p + 1 < n ? 1 + Character.charCount(s.codePointAt(p + 1)) : 1;
        }
        return Character.charCount(s.codePointAt(p));
    }

    private boolean nextIs(char c) {
        return pos < n && s.charAt(pos) == c;
    }

    /** Reads a name up to {@code terminator}, token by token; returns its end, the cursor is after the terminator. */
    private int readName(char terminator, String what) {
        int start = pos;
        while (true) {
            if (pos >= n) {
                if (pos == start) {
                    throw error("missing " + what, start, 0);
                }
                throw error("missing " + terminator + ", unterminated name", start, n - start);
            }
            int t = pos;
            advance(tokenLength(pos));
            if (s.charAt(t) == terminator) {
                if (t == start) {
                    throw error("missing " + what, start, 1);
                }
                return t;
            }
        }
    }

    private void checkGroupName(int nameStart, int nameEnd) {
        String name = s.substring(nameStart, nameEnd);
        if (!PyText.isIdentifier(name)) {
            throw error("bad character in group name " + PyText.repr(name), nameStart, pos - nameStart);
        }
    }

    // ---------------------------------------------------------------- items and widths

    private Frame top() {
        return stack.get(stack.size() - 1);
    }

    private static void addItem(Frame f, int kind, long lo, long hi) {
        if (f.lastKind != NONE) {
            f.preLo = satAdd(f.preLo, f.lastLo);
            f.preHi = satAdd(f.preHi, f.lastHi);
        }
        f.lastKind = kind;
        f.lastLo = lo;
        f.lastHi = hi;
    }

    private static void endBranch(Frame f) {
        long lo = satAdd(f.preLo, f.lastLo);
        long hi = satAdd(f.preHi, f.lastHi);
        if (f.altLo < 0) {
            f.altLo = lo;
            f.altHi = hi;
        } else {
            f.altLo = Math.min(f.altLo, lo);
            f.altHi = Math.max(f.altHi, hi);
        }
        f.preLo = 0;
        f.preHi = 0;
        f.lastKind = NONE;
        f.lastLo = 0;
        f.lastHi = 0;
    }

    private static long satAdd(long a, long b) {
        return a > INF - b ? INF : a + b;
    }

    private static long satMul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > INF / b ? INF : a * b;
    }

    // ---------------------------------------------------------------- groups

    private void openGroup(int start) {
        Frame parent = top();
        if (!nextIs('?')) {
            int g = openCapture(null, -1, -1);
            sink.open(PatternSink.Group.CAPTURE);
            push(CAPTURE, start, g);
            return;
        }
        advance(1);
        if (pos >= n) {
            throw error("unexpected end of pattern", n, 0);
        }
        int charStart = pos;
        advance(tokenLength(pos));
        String ch = s.substring(charStart, pos);
        switch (ch) {
            case "P" -> {
                if (nextIs('<')) {
                    advance(1);
                    int nameStart = pos;
                    int nameEnd = readName('>', "group name");
                    checkGroupName(nameStart, nameEnd);
                    int g = openCapture(s.substring(nameStart, nameEnd), nameStart, pos);
                    note(start, pos, "named group (?P<name>...) is not POSIX ERE");
                    sink.open(PatternSink.Group.CAPTURE);
                    push(CAPTURE, start, g);
                } else if (nextIs('=')) {
                    advance(1);
                    int nameStart = pos;
                    int nameEnd = readName(')', "group name");
                    checkGroupName(nameStart, nameEnd);
                    String name = s.substring(nameStart, nameEnd);
                    Integer g = groupNames.get(name);
                    if (g == null) {
                        throw error("unknown group name " + PyText.repr(name), nameStart, pos - nameStart);
                    }
                    if (!isClosed(g)) {
                        throw error("cannot refer to an open group", nameStart, pos - nameStart);
                    }
                    checkLookbehindGroup(g);
                    addItem(parent, OTHER, groupLo[g], groupHi[g]);
                    sink.backReference(g);
                    note(start, pos, "named backreference (?P=name) is not POSIX ERE");
                } else {
                    if (pos >= n) {
                        throw error("unexpected end of pattern", n, 0);
                    }
                    int t = pos;
                    advance(tokenLength(pos));
                    throw error("unknown extension ?P" + s.substring(t, pos), start + 1, pos - start - 1);
                }
            }
            case ":" -> {
                note(start, pos, "non-capturing group (?:...) is not POSIX ERE");
                sink.open(PatternSink.Group.PLAIN);
                push(PLAIN, start, -1);
            }
            case "#" -> {
                while (true) {
                    if (pos >= n) {
                        throw error("missing ), unterminated comment", start, n - start);
                    }
                    int t = pos;
                    advance(tokenLength(pos));
                    if (s.charAt(t) == ')') {
                        break;
                    }
                }
                note(start, pos, "comment (?#...) is not POSIX ERE");
            }
            case "=" -> {
                note(start, pos, "lookahead (?=...) is not POSIX ERE");
                sink.open(PatternSink.Group.LOOKAHEAD);
                push(LOOKAHEAD, start, -1);
            }
            case "!" -> {
                note(start, pos, "negative lookahead (?!...) is not POSIX ERE");
                sink.open(PatternSink.Group.NEGATIVE_LOOKAHEAD);
                push(LOOKAHEAD, start, -1);
            }
            case "<" -> {
                if (pos >= n) {
                    throw error("unexpected end of pattern", n, 0);
                }
                int t = pos;
                advance(tokenLength(pos));
                String dir = s.substring(t, pos);
                if (!dir.equals("=") && !dir.equals("!")) {
                    throw error("unknown extension ?<" + dir, start + 1, pos - start - 1);
                }
                note(start, pos, dir.equals("=") ? "lookbehind (?<=...) is not POSIX ERE"
                        : "negative lookbehind (?<!...) is not POSIX ERE");
                sink.open(dir.equals("=") ? PatternSink.Group.LOOKBEHIND : PatternSink.Group.NEGATIVE_LOOKBEHIND);
                boolean outermost = lookbehindGroups < 0;
                if (outermost) {
                    lookbehindGroups = groups;
                }
                stack.add(new Frame(LOOKBEHIND, start, -1, verbose, outermost));
            }
            case "(" -> openConditional(start);
            case ">" -> {
                note(start, pos, "atomic group (?>...) is not POSIX ERE");
                sink.open(PatternSink.Group.ATOMIC);
                push(PLAIN, start, -1);
            }
            default -> {
                if (flagBit(ch) != 0 || ch.equals("-")) {
                    parseFlags(start, ch);
                } else {
                    throw error("unknown extension ?" + ch, start + 1, pos - start - 1);
                }
            }
        }
    }

    private void push(int kind, int start, int group) {
        stack.add(new Frame(kind, start, group, verbose, false));
    }

    private void openConditional(int start) {
        int nameStart = pos;
        int nameEnd = readName(')', "group name");
        String name = s.substring(nameStart, nameEnd);
        long g;
        if (isAsciiDigits(name)) {
            String digits = stripLeadingZeros(name);
            if (digits.equals("0")) {
                throw error("bad group number", nameStart, pos - nameStart);
            }
            if (digits.length() > 10 || Long.parseLong(digits) >= MAXGROUPS) {
                throw error("invalid group reference " + digits, nameStart, pos - nameStart);
            }
            g = Long.parseLong(digits);
            conditionalRefs.putIfAbsent(g,
                    new RegexProblem(nameStart, pos - nameStart, "invalid group reference " + digits));
        } else {
            checkGroupName(nameStart, nameEnd);
            Integer gid = groupNames.get(name);
            if (gid == null) {
                throw error("unknown group name " + PyText.repr(name), nameStart, pos - nameStart);
            }
            g = gid;
        }
        checkLookbehindGroup(g);
        note(start, pos, "conditional (?(...)...) is not POSIX ERE");
        sink.open(PatternSink.Group.CONDITIONAL);
        push(COND, start, -1);
    }

    private void closeGroup() {
        Frame f = stack.remove(stack.size() - 1);
        Frame parent = top();
        sink.close();
        endBranch(f);
        long lo = f.altLo;
        long hi = f.altHi;
        if (f.kind == COND && f.bars == 0) {
            lo = 0; // no "no" branch: it matches the empty string
        }
        verbose = f.outerVerbose;
        switch (f.kind) {
            case CAPTURE -> {
                groupLo[f.group] = lo;
                groupHi[f.group] = hi;
                groupClosed[f.group] = true;
                addItem(parent, OTHER, lo, hi);
            }
            case LOOKAHEAD -> addItem(parent, OTHER, 0, 0);
            case LOOKBEHIND -> {
                if (f.outermostLookbehind) {
                    lookbehindGroups = -1;
                }
                lookbehinds.add(new LookBehind(f.start, pos, lo, hi));
                addItem(parent, OTHER, 0, 0);
            }
            default -> addItem(parent, OTHER, lo, hi);
        }
    }

    private int openCapture(String name, int nameStart, int nameEnd) {
        int g = groups++;
        if (g >= groupLo.length) {
            int size = groupLo.length * 2;
            groupLo = Arrays.copyOf(groupLo, size);
            groupHi = Arrays.copyOf(groupHi, size);
            groupClosed = Arrays.copyOf(groupClosed, size);
        }
        if (name != null) {
            Integer old = groupNames.putIfAbsent(name, g);
            if (old != null) {
                throw error("redefinition of group name " + PyText.repr(name) + " as group " + g
                        + "; was group " + old, nameStart, nameEnd - nameStart);
            }
        }
        return g;
    }

    private boolean isClosed(long g) {
        return g < groups && groupClosed[(int) g];
    }

    private void checkLookbehindGroup(long g) {
        if (lookbehindGroups >= 0) {
            if (!isClosed(g)) {
                throw error("cannot refer to an open group", pos, 0);
            }
            if (g >= lookbehindGroups) {
                throw error("cannot refer to group defined in the same lookbehind subpattern", pos, 0);
            }
        }
    }

    // ---------------------------------------------------------------- inline flags

    private static int flagBit(String ch) {
        return switch (ch) {
            case "a" -> F_A;
            case "i" -> F_I;
            case "L" -> F_L;
            case "m" -> F_M;
            case "s" -> F_S;
            case "u" -> F_U;
            case "x" -> F_X;
            default -> 0;
        };
    }

    /** Parses {@code (?flags)}, {@code (?flags:...)} or {@code (?flags-flags:...)}; the first token is read. */
    private void parseFlags(int start, String first) {
        int add = 0;
        int del = 0;
        String ch = first;
        if (!ch.equals("-")) {
            while (true) {
                int flag = flagBit(ch);
                if (flag == F_L) {
                    throw error("bad inline flags: cannot use 'L' flag with a str pattern", pos, 0);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos, 0);
                }
                if (pos >= n) {
                    throw error("missing -, : or )", n, 0);
                }
                int t = pos;
                advance(tokenLength(pos));
                ch = s.substring(t, pos);
                if (ch.equals(")") || ch.equals("-") || ch.equals(":")) {
                    break;
                }
                if (flagBit(ch) == 0) {
                    throw error(PyText.isAlpha(ch) ? "unknown flag" : "missing -, : or )", t, pos - t);
                }
            }
        }
        if (ch.equals(")")) {
            globalFlags(start, add);
            return;
        }
        if (ch.equals("-")) {
            if (pos >= n) {
                throw error("missing flag", n, 0);
            }
            int t = pos;
            advance(tokenLength(pos));
            ch = s.substring(t, pos);
            if (flagBit(ch) == 0) {
                throw error(PyText.isAlpha(ch) ? "unknown flag" : "missing flag", t, pos - t);
            }
            while (true) {
                int flag = flagBit(ch);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos, 0);
                }
                del |= flag;
                if (pos >= n) {
                    throw error("missing :", n, 0);
                }
                t = pos;
                advance(tokenLength(pos));
                ch = s.substring(t, pos);
                if (ch.equals(":")) {
                    break;
                }
                if (flagBit(ch) == 0) {
                    throw error(PyText.isAlpha(ch) ? "unknown flag" : "missing :", t, pos - t);
                }
            }
        }
        if ((add & del) != 0) {
            throw error("bad inline flags: flag turned on and off", pos - 1, 1);
        }
        note(start, pos, "scoped flags " + s.substring(start, pos) + "...) are not POSIX ERE");
        sink.openFlags(add, del);
        Frame f = new Frame(PLAIN, start, -1, verbose, false);
        stack.add(f);
        verbose = (verbose || (add & F_X) != 0) && (del & F_X) == 0;
    }

    private void globalFlags(int start, int add) {
        Frame f = top();
        if (f.kind != TOP || f.bars != 0 || f.lastKind != NONE) {
            throw error("global flags not at the start of the expression", start, pos - start);
        }
        globalFlags |= add;
        sink.globalFlags(add);
        if ((globalFlags & F_A) != 0 && (globalFlags & F_U) != 0 && flagConflict == null) {
            flagConflict = new RegexProblem(start, pos - start, "ascii and unicode flags are incompatible");
        }
        if ((add & F_X) != 0) {
            verbose = true;
        }
        note(start, pos, "inline flags " + s.substring(start, pos) + " are not POSIX ERE");
    }

    // ---------------------------------------------------------------- repeats

    private void parseRepeat(int qStart, char c) {
        Frame f = top();
        long min;
        long max;
        boolean noMinimum = false;
        switch (c) {
            case '?' -> {
                min = 0;
                max = 1;
            }
            case '*' -> {
                min = 0;
                max = MAXREPEAT;
            }
            case '+' -> {
                min = 1;
                max = MAXREPEAT;
            }
            default -> { // '{'
                int here = pos;
                if (nextIs('}')) {
                    sink.literal('{');
                    addItem(f, OTHER, 1, 1); // a literal '{'
                    return;
                }
                int loStart = pos;
                while (pos < n && isAsciiDigit(s.charAt(pos))) {
                    advance(1);
                }
                int loEnd = pos;
                int hiStart = loStart;
                int hiEnd = loEnd;
                if (nextIs(',')) {
                    advance(1);
                    hiStart = pos;
                    while (pos < n && isAsciiDigit(s.charAt(pos))) {
                        advance(1);
                    }
                    hiEnd = pos;
                }
                if (!nextIs('}')) {
                    sink.literal('{');
                    addItem(f, OTHER, 1, 1); // a literal '{'; what follows is read again
                    pos = here;
                    return;
                }
                advance(1);
                min = 0;
                max = MAXREPEAT;
                if (loEnd > loStart) {
                    min = repeatCount(loStart, loEnd, qStart);
                }
                if (hiEnd > hiStart) {
                    max = repeatCount(hiStart, hiEnd, qStart);
                    if (max < min) {
                        throw error("min repeat greater than max repeat", here, pos - here);
                    }
                }
                noMinimum = loEnd == loStart;
            }
        }
        if (f.lastKind == NONE || f.lastKind == AT) {
            throw error("nothing to repeat", qStart, pos - qStart);
        }
        if (f.lastKind == REPEAT) {
            throw error("multiple repeat", qStart, pos - qStart);
        }
        int qEnd = pos;
        String suffix = "";
        if (nextIs('?')) {
            advance(1);
            suffix = "?";
            note(qStart, pos, "lazy quantifier " + s.substring(qStart, pos) + " is not POSIX ERE");
        } else if (nextIs('+')) {
            advance(1);
            suffix = "+";
            note(qStart, pos, "possessive quantifier " + s.substring(qStart, pos) + " is not POSIX ERE");
        } else if (noMinimum) {
            note(qStart, qEnd, "repeat " + s.substring(qStart, qEnd) + " without a minimum is not POSIX ERE");
        }
        sink.repeat(min, max == MAXREPEAT ? -1 : max, suffix);
        long lo = satMul(f.lastLo, min);
        long hi = max == MAXREPEAT ? (f.lastHi == 0 ? 0 : INF) : satMul(f.lastHi, max);
        f.lastKind = REPEAT;
        f.lastLo = lo;
        f.lastHi = hi;
    }

    private long repeatCount(int from, int to, int qStart) {
        String digits = stripLeadingZeros(s.substring(from, to));
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            // Python raises OverflowError here, not re.error, and gives no position.
            throw error("the repetition number is too large", qStart, pos - qStart);
        }
        return Long.parseLong(digits);
    }

    // ---------------------------------------------------------------- escapes

    /** An escape outside a character class; the cursor is after the two-character token at {@code bs}. */
    private void parseEscape(int bs) {
        Frame f = top();
        int c = s.codePointAt(bs + 1);
        switch (c) {
            case 'A' -> atEscape(f, bs, "start-of-string anchor \\A is not POSIX ERE");
            case 'Z' -> atEscape(f, bs, "end-of-string anchor \\Z is not POSIX ERE");
            case 'b' -> atEscape(f, bs, "word boundary \\b is not POSIX ERE");
            case 'B' -> atEscape(f, bs, "non-word-boundary \\B is not POSIX ERE");
            case 'x', 'u', 'U', 'N' -> {
                literalValue(valueEscape(bs, c));
                addItem(f, OTHER, 1, 1);
            }
            case '0' -> {
                if (pos < n && isOctDigit(s.charAt(pos))) {
                    advance(1);
                    if (pos < n && isOctDigit(s.charAt(pos))) {
                        advance(1);
                    }
                }
                note(bs, pos, "octal escape " + s.substring(bs, pos) + " is not POSIX ERE");
                sink.literal(Integer.parseInt(s.substring(bs + 1, pos), 8));
                addItem(f, OTHER, 1, 1);
            }
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> numericEscape(f, bs, c);
            default -> {
                if (c < 128 && Character.isLetter(c) && "dDsSwWafnrtv".indexOf(c) < 0) {
                    throw error("bad escape " + s.substring(bs, pos), bs, pos - bs);
                }
                if ("dDsSwW".indexOf(c) >= 0) {
                    sink.category((char) c);
                } else {
                    sink.literal(controlEscape(c));
                }
                addItem(f, OTHER, 1, 1);
            }
        }
    }

    private void atEscape(Frame f, int bs, String note) {
        sink.anchor(s.charAt(bs + 1));
        note(bs, pos, note);
        addItem(f, AT, 0, 0);
    }

    /** {@code \1}..{@code \99} (group references) or a three-digit octal escape. */
    private void numericEscape(Frame f, int bs, int c) {
        int group = c - '0';
        if (pos < n && isAsciiDigit(s.charAt(pos))) {
            char d2 = s.charAt(pos);
            advance(1);
            if (isOctDigit((char) c) && isOctDigit(d2) && pos < n && isOctDigit(s.charAt(pos))) {
                advance(1);
                int value = Integer.parseInt(s.substring(bs + 1, pos), 8);
                if (value > 0377) {
                    throw error("octal escape value " + s.substring(bs, pos) + " outside of range 0-0o377",
                            bs, pos - bs);
                }
                note(bs, pos, "octal escape " + s.substring(bs, pos) + " is not POSIX ERE");
                sink.literal(value);
                addItem(f, OTHER, 1, 1);
                return;
            }
            group = group * 10 + (d2 - '0');
        }
        if (group < groups) {
            if (!isClosed(group)) {
                throw error("cannot refer to an open group", bs, pos - bs);
            }
            checkLookbehindGroup(group);
            sink.backReference(group);
            addItem(f, OTHER, groupLo[group], groupHi[group]);
            return;
        }
        throw error("invalid group reference " + group, bs + 1, pos - bs - 1);
    }

    /**
     * A hex, 4- or 8-digit unicode, or named-character escape (backslash then x, u, U or N); returns the code point, or
     * {@link #UNKNOWN_VALUE} for a character name Java does not know.
     */
    private long valueEscape(int bs, int c) {
        long value;
        switch (c) {
            case 'x' -> {
                value = hexDigits(bs, 2);
                note(bs, pos, "hex escape " + s.substring(bs, pos) + " is not POSIX ERE");
            }
            case 'u' -> {
                value = hexDigits(bs, 4);
                note(bs, pos, "unicode escape " + s.substring(bs, pos) + " is not POSIX ERE");
            }
            case 'U' -> {
                value = hexDigits(bs, 8);
                if (value > Character.MAX_CODE_POINT) {
                    throw error("bad escape " + s.substring(bs, pos), bs, pos - bs);
                }
                note(bs, pos, "unicode escape " + s.substring(bs, pos) + " is not POSIX ERE");
            }
            default -> { // 'N'
                if (!nextIs('{')) {
                    throw error("missing {", pos, 0);
                }
                advance(1);
                int nameStart = pos;
                int nameEnd = readName('}', "character name");
                String name = s.substring(nameStart, nameEnd);
                value = characterName(bs, name);
                note(bs, pos, "named character escape " + s.substring(bs, pos) + " is not POSIX ERE");
            }
        }
        return value;
    }

    /**
     * Python looks {@code \N{name}} up in its own Unicode database, whose version differs from Java's. So a
     * name is only rejected when no Unicode character name or alias could match it: those use only ASCII
     * letters, digits, space and hyphen (Python ignores case). Otherwise it is accepted, and its code point is
     * returned when Java knows it (for range checks in classes).
     */
    private long characterName(int bs, String name) {
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isSurrogate(ch) && !validPairAt(name, i)) {
                // Python's lookup fails with a ValueError, which re reports as a bad escape.
                throw error("bad escape " + s.substring(bs, bs + 2), pos - 2, 2);
            }
            if (Character.isHighSurrogate(ch)) {
                i++;
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean possible = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
                    || ch == ' ' || ch == '-';
            if (!possible) {
                throw error("undefined character name " + PyText.repr(name), bs, pos - bs);
            }
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return UNKNOWN_VALUE;
        }
    }

    private static boolean validPairAt(String t, int i) {
        char ch = t.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
        }
        return false; // a low surrogate reached here has no high one before it
    }

    private long hexDigits(int bs, int count) {
        int k = 0;
        while (k < count && pos < n && Character.digit(s.charAt(pos), 16) >= 0 && s.charAt(pos) < 128) {
            advance(1);
            k++;
        }
        if (k != count) {
            throw error("incomplete escape " + s.substring(bs, pos), bs, pos - bs);
        }
        return Long.parseLong(s.substring(bs + 2, pos), 16);
    }

    // ---------------------------------------------------------------- character classes

    private void parseClass(int open) {
        boolean negated = nextIs('^');
        if (negated) {
            advance(1);
        }
        List<PatternSink.ClassItem> members = new ArrayList<>();
        int items = 0;
        while (true) {
            if (pos >= n) {
                throw error("unterminated character set", open, n - open);
            }
            int t1 = pos;
            advance(tokenLength(pos));
            int e1 = pos;
            boolean esc1 = s.charAt(t1) == '\\';
            if (!esc1 && s.charAt(t1) == ']' && items > 0) {
                break;
            }
            if (!esc1 && s.charAt(t1) == '[') {
                notePosixClassName(t1);
            }
            long v1 = esc1 ? classEscape(t1) : s.codePointAt(t1);
            if (nextIs('-')) {
                advance(1);
                if (pos >= n) {
                    throw error("unterminated character set", open, n - open);
                }
                int t2 = pos;
                advance(tokenLength(pos));
                int e2 = pos;
                boolean esc2 = s.charAt(t2) == '\\';
                if (!esc2 && s.charAt(t2) == ']') {
                    classMember(members, t1, v1, v1);
                    classMember(members, t2, '-', '-');
                    break;
                }
                long v2 = esc2 ? classEscape(t2) : s.codePointAt(t2);
                if (v1 == CATEGORY || v2 == CATEGORY || (v1 >= 0 && v2 >= 0 && v2 < v1)) {
                    badRange(t1, e1, t2, e2);
                }
                classMember(members, t1, v1, v2);
            } else {
                classMember(members, t1, v1, v1);
            }
            items++;
        }
        sink.characterClass(negated, members);
        addItem(top(), OTHER, 1, 1);
    }

    private void classMember(List<PatternSink.ClassItem> members, int token, long lo, long hi) {
        if (lo == CATEGORY) {
            members.add(PatternSink.ClassItem.category(s.charAt(token + 1)));
        } else if (lo == UNKNOWN_VALUE || hi == UNKNOWN_VALUE) {
            sink.untranslatable();
        } else {
            members.add(PatternSink.ClassItem.range((int) lo, (int) hi));
        }
    }

    /** POSIX {@code [:alpha:]} inside a set: Python has no such classes and reads it as single characters. */
    private void notePosixClassName(int open) {
        int i = open + 1;
        if (i >= n || s.charAt(i) != ':') {
            return;
        }
        int j = i + 1;
        while (j < n && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
            j++;
        }
        if (j > i + 1 && j + 1 < n && s.charAt(j) == ':' && s.charAt(j + 1) == ']') {
            note(open, j + 2, "bracket class " + s.substring(open, j + 2)
                    + " is POSIX only: Python reads it as single characters");
        }
    }

    /** Python reports a bad range as the two tokens as written, positioned as if nothing else had been read. */
    private void badRange(int t1, int e1, int t2, int e2) {
        String msg = "bad character range " + s.substring(t1, e1) + "-" + s.substring(t2, e2);
        int back = s.codePointCount(t1, e1) + 1 + s.codePointCount(t2, e2);
        int offset = pos;
        for (int i = 0; i < back && offset > 0; i++) {
            offset -= Character.charCount(s.codePointBefore(offset));
        }
        throw error(msg, offset, pos - offset);
    }

    /** An escape inside a class; returns its code point, {@link #CATEGORY} or {@link #UNKNOWN_VALUE}. */
    private long classEscape(int bs) {
        int c = s.codePointAt(bs + 1);
        switch (c) {
            case 'a', 'f', 'n', 'r', 't', 'v':
                return controlEscape(c);
            case 'b':
                return 8;
            case 'd', 'D', 's', 'S', 'w', 'W':
                return CATEGORY;
            case 'x', 'u', 'U', 'N':
                return valueEscape(bs, c);
            case '0', '1', '2', '3', '4', '5', '6', '7': {
                for (int k = 0; k < 2 && pos < n && isOctDigit(s.charAt(pos)); k++) {
                    advance(1);
                }
                int value = Integer.parseInt(s.substring(bs + 1, pos), 8);
                if (value > 0377) {
                    throw error("octal escape value " + s.substring(bs, pos) + " outside of range 0-0o377",
                            bs, pos - bs);
                }
                note(bs, pos, "octal escape " + s.substring(bs, pos) + " is not POSIX ERE");
                return value;
            }
            case '8', '9':
                throw error("bad escape " + s.substring(bs, pos), bs, pos - bs);
            default:
                if (c < 128 && Character.isLetter(c)) {
                    throw error("bad escape " + s.substring(bs, pos), bs, pos - bs);
                }
                return c;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The code point of {@code \a \f \n \r \t \v}; any other character stands for itself. */
    private static int controlEscape(int c) {
        return switch (c) {
            case 'a' -> 7;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            default -> c;
        };
    }

    private void literalValue(long value) {
        if (value == UNKNOWN_VALUE) {
            sink.untranslatable();
        } else {
            sink.literal((int) value);
        }
    }

    private void note(int from, int to, String message) {
        nonPosix.add(new RegexProblem(from, to - from, message));
    }

    private static ParseError error(String message, int offset, int length) {
        return new ParseError(new RegexProblem(offset, length, message));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctDigit(char c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isAsciiDigits(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isAsciiDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
