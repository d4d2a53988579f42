package dev.aerie.runtime.internal.orm.diff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares column types as scripts spell them: synonyms are the same type ({@code INT} and
 * {@code INTEGER}, {@code CHARACTER VARYING} and {@code VARCHAR}, {@code DECIMAL} and
 * {@code NUMERIC}...), and a change is safe only when every value of the old type fits the new
 * one (a longer VARCHAR, a wider integer, more digits); anything else may lose data.
 */
final class ColumnTypes {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("INT", "INTEGER"), Map.entry("INT4", "INTEGER"), Map.entry("INT8", "BIGINT"), Map.entry("INT2", "SMALLINT"),
            Map.entry("BOOL", "BOOLEAN"), Map.entry("TINYINT(1)", "BOOLEAN"), Map.entry("CHARACTER VARYING", "VARCHAR"),
            Map.entry("CHARACTER", "CHAR"), Map.entry("DECIMAL", "NUMERIC"), Map.entry("DEC", "NUMERIC"),
            Map.entry("FLOAT8", "DOUBLE PRECISION"), Map.entry("DOUBLE", "DOUBLE PRECISION"), Map.entry("FLOAT4", "REAL"),
            Map.entry("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"), Map.entry("TIMESTAMPTZ(6)", "TIMESTAMP(6) WITH TIME ZONE"));
    private static final List<String> INTEGERS = List.of("SMALLINT", "INTEGER", "BIGINT");
    private static final List<String> UNBOUNDED_TEXT = List.of("TEXT", "LONGTEXT", "CLOB", "CHARACTER LARGE OBJECT");

    private ColumnTypes() {}

    /** The type with synonyms replaced, as {@code BASE} or {@code BASE(args)} plus any suffix. */
    static String canonical(String type) {
        String whole = SYNONYMS.get(type);
        if (whole != null) {
            return whole;
        }
        int paren = type.indexOf('(');
        String base = paren < 0 ? type : type.substring(0, paren);
        String rest = paren < 0 ? "" : type.substring(paren);
        return SYNONYMS.getOrDefault(base, base) + rest;
    }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** Whether every value of {@code from} fits {@code to} unchanged. */
    static boolean widens(String from, String to) {
        String a = canonical(from);
        String b = canonical(to);
        String baseA = base(a);
        String baseB = base(b);
        if (INTEGERS.contains(baseA) && INTEGERS.contains(baseB) && a.equals(baseA) && b.equals(baseB)) {
            return INTEGERS.indexOf(baseB) >= INTEGERS.indexOf(baseA);
        }
        if (baseA.equals("REAL") && baseB.equals("DOUBLE PRECISION")) {
            return true;
        }
        boolean textA = baseA.equals("VARCHAR") || baseA.equals("CHAR");
        if (textA && (UNBOUNDED_TEXT.contains(b) || b.equals("VARCHAR"))) {
            return true;
        }
        if ((baseA.equals("VARCHAR") && baseB.equals("VARCHAR")) || (baseA.equals("VARBINARY") && baseB.equals("VARBINARY"))) {
            return length(a, 0).orElse(Integer.MAX_VALUE) <= length(b, 0).orElse(Integer.MAX_VALUE)
                    && suffix(a).equals(suffix(b));
        }
        if (baseA.equals("NUMERIC") && baseB.equals("NUMERIC")) {
            int precisionA = length(a, 0).orElse(1000);
            int scaleA = length(a, 1).orElse(0);
            int precisionB = length(b, 0).orElse(1000);
            int scaleB = length(b, 1).orElse(0);
            return scaleB >= scaleA && precisionB - scaleB >= precisionA - scaleA;
        }
        if (baseA.equals("TEXT") && baseB.equals("LONGTEXT")) {
            return true;
        }
        return false;
    }

    private static String base(String type) {
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }

    private static String suffix(String type) {
        int close = type.indexOf(')');
        return close < 0 ? "" : type.substring(close + 1);
    }

    /** Argument {@code index} of {@code BASE(a, b)}, if it has one. */
    private static Optional<Integer> length(String type, int index) {
        int open = type.indexOf('(');
        int close = type.indexOf(')');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        String[] args = type.substring(open + 1, close).split(",");
        if (index >= args.length) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(args[index].trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
