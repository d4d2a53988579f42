package dev.aerie.runtime.json;

/** Quotes client-supplied text into messages, cut short so a message never echoes a megabyte. */
final class Texts {
    static final int MAX_ECHO = 60;
    static final int MAX_PLAIN = 240;

    private Texts() {}

    /** {@code "text"} with control characters escaped, at most {@value #MAX_ECHO} characters of it. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ECHO) + 8).append('"');
        appendShort(out, text, '"');
        return out.append('"').toString();
    }

    /** {@code text} with control characters escaped, cut short, unquoted. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_PLAIN) + 8);
        append(out, text, '\0', MAX_PLAIN);
        return out.toString();
    }

    /** Appends {@code text}, shortened, with control characters, backslash and {@code quote} escaped. */
    static void appendShort(StringBuilder out, String text, char quote) {
        append(out, text, quote, MAX_ECHO);
    }

    private static void append(StringBuilder out, String text, char quote, int max) {
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 || ch == 0x7f) {
                out.append(String.format("\\u%04x", (int) ch));
            } else if (quote != '\0' && (ch == quote || ch == '\\')) {
                out.append('\\').append(ch);
            } else {
                out.append(ch);
            }
        }
        if (end < text.length()) {
            out.append("...");
        }
    }
}
