package dev.appyaml.regex;

/** Python string behaviours needed to word messages the way Python's {@code re} does. */
final class PyText {
    private PyText() {
    }

    /** Like Python's {@code str.isidentifier()} (approximated with Java's Unicode tables). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int i = 0;
        boolean firstCp = true;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = firstCp ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            if (!ok) {
                return false;
            }
            firstCp = false;
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !notXidStart(cp);
    }

    static boolean isXidContinue(int cp) {
        if (Character.isIdentifierIgnorable(cp)) {
            return false;
        }
        return Character.isUnicodeIdentifierPart(cp) && !notXidContinue(cp);
    }

    /*
     * Letters Java counts as identifier starts that Python does not: U+2E2F (a pattern-syntax character), and
     * ID_Start characters that are not XID_Start (their NFKC forms are not identifiers on their own).
     */
    private static boolean notXidStart(int cp) {
        switch (cp) {
            case 0x037A, 0x0E33, 0x0EB3, 0x2E2F, 0x309B, 0x309C, 0xFDFA, 0xFDFB,
                 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
                 0xFF9E, 0xFF9F:
                return true;
            default:
                return cp >= 0xFC5E && cp <= 0xFC63;
        }
    }

    /* ID_Continue characters that are not XID_Continue. */
    private static boolean notXidContinue(int cp) {
        switch (cp) {
            case 0x037A, 0x2E2F, 0x309B, 0x309C, 0xFDFA, 0xFDFB,
                 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E:
                return true;
            default:
                return cp >= 0xFC5E && cp <= 0xFC63;
        }
    }

    /** Like Python's {@code str.isalpha()} for a token (a backslash escape is never alphabetic). */
    static boolean isAlpha(String token) {
        if (token.isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < token.length()) {
            int cp = token.codePointAt(i);
            if (!Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Like Python's {@code repr(str)}. */
    static String repr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        return b.append(quote).toString();
    }

    /** Like Python's {@code str.isprintable()} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
