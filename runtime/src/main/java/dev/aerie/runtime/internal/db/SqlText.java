package dev.aerie.runtime.internal.db;

/**
 * Scans SQL text for parameter markers outside string literals ({@code '...'}, {@code E'...'}),
 * quoted identifiers, dollar-quoted bodies ({@code $$...$$}) and comments: the Vert.x backend
 * numbers markers with it, and raw SQL's list parameters are expanded with it on both backends.
 * For the backends; not an API.
 */
public final class SqlText {
    private SqlText() {}

    /**
     * {@code sql} with each {@code :name} parameter (outside literals, identifiers and comments)
     * replaced by {@code replacement.apply(name)}; {@code ::} casts stay.
     */
    public static String replaceNamed(String sql, java.util.function.UnaryOperator<String> replacement) {
        return scan(sql, (text, i, builder) -> {
            char c = text.charAt(i);
            if (c != ':' || i + 1 >= text.length()) {
                return -1;
            }
            if (text.charAt(i + 1) == ':') {
                builder.append("::");
                return i + 2;
            }
            if (i > 0 && text.charAt(i - 1) == ':' || !Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                return -1;
            }
            int end = i + 1;
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
            builder.append(replacement.apply(text.substring(i + 1, end)));
            return end;
        });
    }

    /** Replaces markers found outside literals, identifiers and comments; returns where to go on, or -1 to copy the character. */
    @FunctionalInterface
    public interface Marker {
        int replace(String text, int at, StringBuilder out);
    }

    public static String scan(String sql, Marker marker) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int skipTo = switch (c) {
                case '\'' -> endOfQuoted(sql, i, '\'', escapeString(sql, i));
                case '"' -> endOfQuoted(sql, i, '"', false);
                case '-' -> i + 1 < n && sql.charAt(i + 1) == '-' ? endOfLine(sql, i) : -1;
                case '/' -> i + 1 < n && sql.charAt(i + 1) == '*' ? endOfBlockComment(sql, i) : -1;
                case '$' -> endOfDollarQuoted(sql, i);
                default -> -1;
            };
            if (skipTo > i) {
                out.append(sql, i, skipTo);
                i = skipTo;
                continue;
            }
            int next = marker.replace(sql, i, out);
            if (next > i) {
                i = next;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code E'...'}: backslash escapes apply. */
    private static boolean escapeString(String sql, int quote) {
        return quote > 0 && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
                && (quote == 1 || !Character.isJavaIdentifierPart(sql.charAt(quote - 2)));
    }

    /** Index after the closing quote; a doubled quote is part of the text. Unclosed: the rest. */
    private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int endOfLine(String sql, int start) {
        int end = sql.indexOf('\n', start);
        return end < 0 ? sql.length() : end + 1;
    }

    /** PostgreSQL block comments nest. */
    private static int endOfBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i + 1 < sql.length()) {
            if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $$...$$} or {@code $tag$...$tag$}; -1 when this {@code $} starts no such quote (e.g. {@code $1}). */
    private static int endOfDollarQuoted(String sql, int start) {
        if (start > 0 && Character.isJavaIdentifierPart(sql.charAt(start - 1))) {
            return -1; // part of an identifier such as a$b
        }
        int i = start + 1;
        if (i < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i)) && sql.charAt(i) != '$') {
            while (i < sql.length() && Character.isJavaIdentifierPart(sql.charAt(i)) && sql.charAt(i) != '$') {
                i++;
            }
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return -1;
        }
        String tag = sql.substring(start, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }
}
