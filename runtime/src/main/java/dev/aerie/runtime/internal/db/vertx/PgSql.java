package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.runtime.internal.db.SqlText;
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
        String out = SqlText.replaceNamed(sql, name -> {
            int index = names.indexOf(name);
            if (index < 0) {
                names.add(name);
                index = names.size() - 1;
            }
            return "$" + (index + 1);
        });
        return new Named(out, List.copyOf(names));
    }

    static String translatePositional(String sql) {
        int[] next = {1};
        return SqlText.scan(sql, (text, i, builder) -> {
            if (text.charAt(i) != '?') {
                return -1;
            }
            builder.append('$').append(next[0]++);
            return i + 1;
        });
    }
}
