package dev.aerie.api.db;

import java.util.List;
import java.util.Optional;

/**
 * A typed query on one entity's table: conditions are ANDed; values are bound, never
 * concatenated. Obtained from {@link Session#query(Class)}; each call returns a new query.
 */
public interface Query<T> {

    /** {@code column = value} */
    <V> Query<T> where(ColumnRef<T, V> column, V value);

    /** {@code column <op> value} */
    <V> Query<T> where(ColumnRef<T, V> column, Op op, V value);

    /** {@code column IS NULL} */
    Query<T> whereNull(ColumnRef<T, ?> column);

    Query<T> orderBy(ColumnRef<T, ?> column);

    Query<T> orderByDescending(ColumnRef<T, ?> column);

    Query<T> limit(int limit);

    Query<T> offset(long offset);

    List<T> list();

    Optional<T> first();

    long count();

    /** Comparison operators for {@link #where(ColumnRef, Op, Object)}. */
    enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        /** The SQL operator. */
        public String sql() {
            return sql;
        }
    }
}
