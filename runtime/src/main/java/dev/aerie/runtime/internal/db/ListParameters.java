package dev.aerie.runtime.internal.db;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw SQL's list parameters: {@code IN (:ids)} with a {@code Collection} value becomes
 * {@code IN (:ids__1, :ids__2, ...)}, one bound parameter per element, before either backend
 * parses the SQL. An empty collection becomes {@code NULL}, so {@code IN (:ids)} matches no row
 * (and {@code NOT IN (:ids)} none either, as SQL's NULL rules go). SQL without a collection
 * value is returned as it is, without scanning. For the backends; not an API.
 */
public final class ListParameters {
    private ListParameters() {}

    /** The SQL and parameters to run. */
    public record Expanded(String sql, Map<String, ?> params) {}

    public static Expanded expand(String sql, Map<String, ?> params) {
        if (!anyCollection(params)) {
            return new Expanded(sql, params); // the common case costs one look at each value
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!(value instanceof Collection<?>)) {
                flat.put(name, value);
            }
        });
        String expanded = SqlText.replaceNamed(sql, name -> {
            if (!(params.get(name) instanceof Collection<?> values)) {
                return ":" + name;
            }
            if (values.isEmpty()) {
                return "NULL";
            }
            StringBuilder markers = new StringBuilder();
            int i = 0;
            for (Object value : values) {
                String element = name + "__" + (++i);
                flat.put(element, value);
                markers.append(i == 1 ? "" : ", ").append(':').append(element);
            }
            return markers.toString();
        });
        return new Expanded(expanded, flat);
    }

    private static boolean anyCollection(Map<String, ?> params) {
        for (Object value : params.values()) {
            if (value instanceof Collection<?>) {
                return true;
            }
        }
        return false;
    }

    /** For {@code executeMany}: one statement for all maps, so no map may hold a list. */
    public static void refuseIn(String method, Map<String, ?> params) {
        params.forEach((name, value) -> {
            if (value instanceof Collection<?>) {
                throw new IllegalArgumentException(method + " runs one statement for every map, so parameter :" + name
                        + " cannot be a list (its length would change the statement); use execute once per map");
            }
        });
    }
}
