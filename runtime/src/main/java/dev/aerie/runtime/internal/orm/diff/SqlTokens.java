package dev.aerie.runtime.internal.orm.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A migration script cut into statements of tokens: identifiers (quoted or not), string
 * literals, numbers and symbols; comments dropped, except Aerie's own {@code -- aerie:} lines,
 * which are kept as directives. Statements end at a {@code ;} outside quotes, comments and
 * PostgreSQL's dollar quotes.
 */
final class SqlTokens {
    private SqlTokens() {}

    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** {@code text} as written; for {@link Kind#QUOTED} the identifier without its quotes. */
    record Token(Kind kind, String text, int line) {
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** An identifier as the databases store it: quoted ones as written, unquoted ones lower case. */
        String identifier() {
            return kind == Kind.QUOTED ? text : text.toLowerCase(Locale.ROOT);
        }

        /** The token as SQL text again (quoted identifiers with double quotes). */
        String sql() {
            return switch (kind) {
                case QUOTED -> '"' + text + '"';
                case STRING -> text;
                case WORD -> text.toUpperCase(Locale.ROOT);
                default -> text;
            };
        }
    }

    /** One statement and the line it starts on. */
    record Statement(List<Token> tokens, int line) {}

    /** The statements of a script, and its {@code -- aerie:} directives (their text after the colon). */
    record Script(List<Statement> statements, List<String> directives) {}

    static Script read(String sql) {
        List<Statement> statements = new ArrayList<>();
        List<String> directives = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                String comment = sql.substring(i + 2, end).trim();
                if (comment.startsWith("aerie:")) {
                    directives.add(comment.substring("aerie:".length()).trim());
                }
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(sql, i, end);
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && !(sql.charAt(end) == '\'' && (end + 1 >= n || sql.charAt(end + 1) != '\''))) {
                    end += sql.charAt(end) == '\'' ? 2 : 1;
                }
                current.add(new Token(Kind.STRING, sql.substring(i, Math.min(end + 1, n)), line));
                line += count(sql, i, Math.min(end + 1, n));
                i = end + 1;
            } else if (c == '"' || c == '`') {
                StringBuilder name = new StringBuilder();
                int end = i + 1;
                while (end < n) {
                    char d = sql.charAt(end);
                    if (d == c) {
                        if (end + 1 < n && sql.charAt(end + 1) == c) {
                            name.append(c);
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    name.append(d);
                    end++;
                }
                current.add(new Token(Kind.QUOTED, name.toString(), line));
                i = end + 1;
            } else if (c == '$' && dollarTag(sql, i) > 0) {
                int tagEnd = dollarTag(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int end = close < 0 ? n : close + tag.length();
                current.add(new Token(Kind.STRING, sql.substring(i, end), line));
                line += count(sql, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                current.add(new Token(Kind.WORD, sql.substring(i, end), line));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                current.add(new Token(Kind.NUMBER, sql.substring(i, end), line));
                i = end;
            } else if (c == ';') {
                if (!current.isEmpty()) {
                    statements.add(new Statement(List.copyOf(current), current.get(0).line()));
                    current.clear();
                }
                i++;
            } else {
                String symbol = i + 1 < n && c == ':' && sql.charAt(i + 1) == ':' ? "::" : String.valueOf(c);
                current.add(new Token(Kind.SYMBOL, symbol, line));
                i += symbol.length();
            }
        }
        if (!current.isEmpty()) {
            statements.add(new Statement(List.copyOf(current), current.get(0).line()));
        }
        return new Script(List.copyOf(statements), List.copyOf(directives));
    }

    /** The end of a dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code i}, or -1. */
    private static int dollarTag(String sql, int i) {
        int end = i + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return end < sql.length() && sql.charAt(end) == '$' ? end + 1 : -1;
    }

    private static int count(String sql, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
