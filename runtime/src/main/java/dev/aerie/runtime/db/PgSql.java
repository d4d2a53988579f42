package dev.aerie.runtime.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Turns SQL into the form the Vert.x PostgreSQL client takes, numbered {@code $n} markers: raw
 * SQL's {@code :name} parameters, and the {@code ?} markers of generated and typed-query SQL.
 * Each distinct SQL text is translated once and kept in a bounded cache, so a call costs one
 * hash lookup. Markers inside string literals, quoted identifiers, dollar-quoted bodies and
 * comments are left alone, and so are {@code ::} casts.
 */
final class PgSql {
    /** Distinct statements kept per form; past it the cache starts afresh (typical applications have far fewer). */
    static final int DEFAULT_CAPACITY = 2048;

    private final int capacity;
    private final ConcurrentHashMap<String, Named> named = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> positional = new ConcurrentHashMap<>();
    private final LongAdder translations = new LongAdder();

    PgSql(int capacity) {
        this.capacity = capacity;
    }

    /** SQL with {@code $n} markers, and the parameter name each number binds ({@code names.get(n - 1)}). */
    record Named(String sql, List<String> names) {}

    /** {@code sql} with {@code :name} parameters, translated (cached). */
    Named named(String sql) {
        Named cached = named.get(sql);
        if (cached != null) {
            return cached;
        }
        Named translated = translateNamed(sql);
        translations.increment();
        if (named.size() >= capacity) {
            named.clear();
        }
        named.put(sql, translated);
        return translated;
    }

    /** {@code sql} with {@code ?} markers, translated (cached). */
    String positional(String sql) {
        String cached = positional.get(sql);
        if (cached != null) {
            return cached;
        }
        String translated = translatePositional(sql);
        translations.increment();
        if (positional.size() >= capacity) {
            positional.clear();
        }
        positional.put(sql, translated);
        return translated;
    }

    /** Statements held in the caches now; for tests. */
    int cached() {
        return named.size() + positional.size();
    }

    /** How many translations ran (not cache hits); for tests. */
    long translations() {
        return translations.sum();
    }

    static Named translateNamed(String sql) {
        List<String> names = new ArrayList<>();
        String out = scan(sql, (text, i, builder) -> {
            char c = text.charAt(i);
            if (c != ':' || i + 1 >= text.length()) {
                return -1;
            }
            if (text.charAt(i + 1) == ':') {
                builder.append("::"); // a cast, not a parameter
                return i + 2;
            }
            if (i > 0 && text.charAt(i - 1) == ':' || !Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                return -1;
            }
            int end = i + 1;
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
            String name = text.substring(i + 1, end);
            int index = names.indexOf(name);
            if (index < 0) {
                names.add(name);
                index = names.size() - 1;
            }
            builder.append('$').append(index + 1);
            return end;
        });
        return new Named(out, List.copyOf(names));
    }

    /**
     * {@code sql} with each {@code :name} parameter (outside literals, identifiers and comments)
     * replaced by {@code replacement.apply(name)}; {@code ::} casts stay.
     */
    static String replaceNamed(String sql, java.util.function.UnaryOperator<String> replacement) {
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

    static String translatePositional(String sql) {
        int[] next = {1};
        return scan(sql, (text, i, builder) -> {
            if (text.charAt(i) != '?') {
                return -1;
            }
            builder.append('$').append(next[0]++);
            return i + 1;
        });
    }

    /** Replaces markers found outside literals, identifiers and comments; returns where to go on, or -1 to copy the character. */
    @FunctionalInterface
    private interface Marker {
        int replace(String text, int at, StringBuilder out);
    }

    private static String scan(String sql, Marker marker) {
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
