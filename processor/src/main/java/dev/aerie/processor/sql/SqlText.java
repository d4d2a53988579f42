package dev.aerie.processor.sql;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What can be read from SQL text without parsing it: its {@code :name} parameters and whether it returns rows. */
final class SqlText {
    /** A {@code :name} outside quotes, not a PostgreSQL {@code ::type} cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|--[^\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);
    private static final Pattern RETURNING = Pattern.compile("\\breturning\\b", Pattern.CASE_INSENSITIVE);

    private SqlText() {}

    /** The SQL with quoted text and comments blanked out (same length, so offsets stay true). */
    static String unquoted(String sql) {
        Matcher m = QUOTED.matcher(sql);
        StringBuilder out = new StringBuilder(sql);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** The distinct {@code :name} parameters, in order of first use. */
    static Set<String> parameters(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(unquoted(sql));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Whether the statement returns rows: a SELECT, WITH, VALUES or anything with RETURNING. */
    static boolean returnsRows(String sql) {
        String text = unquoted(sql).strip().replaceFirst("^\\(+\\s*", "").toLowerCase(Locale.ROOT);
        return text.startsWith("select") || text.startsWith("with") || text.startsWith("values")
                || text.startsWith("table") || RETURNING.matcher(text).find();
    }
}
