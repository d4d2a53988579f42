package dev.aerie.api.db;

import java.util.List;
import java.util.Optional;

/**
 * A typed query on one entity's table. Conditions given to the {@code where} methods are ANDed;
 * a {@link Condition} groups with OR and NOT ({@code where(Book_.year.lt(1970).or(Book_.isbn.isNull()))}).
 * Values are bound, never concatenated. Obtained from {@link Session#query(Class)}; each call
 * returns a new query.
 */
public interface Query<T> {

    /** {@code column = value} */
    <V> Query<T> where(ColumnRef<T, V> column, V value);

    /** {@code column <op> value} */
    <V> Query<T> where(ColumnRef<T, V> column, Op op, V value);

    /** {@code column IS NULL} */
    Query<T> whereNull(ColumnRef<T, ?> column);

    /** The condition, ANDed with the others: {@code where(Book_.genre.in(genres).and(not(Book_.title.contains("%"))))}. */
    Query<T> where(Condition<T> condition);

    /**
     * This query joined along {@code key} (inner join): a {@link JoinQuery} over both tables, which
     * keeps the conditions, order, limit and offset given so far and reads rows into a
     * {@code @Projection(from = ...)} record. {@code key} is a generated {@link ForeignKey}: joining
     * over any other column does not compile.
     */
    JoinQuery<T> join(ForeignKey<?, ?, ?> key);

    /** {@link #join(ForeignKey)} with {@code on}, a condition on the joined entity, added to the ON clause. */
    JoinQuery<T> join(ForeignKey<?, ?, ?> key, Condition<?> on);

    /** This query left-joined along {@code key}: rows without a match are kept, the joined columns NULL. */
    JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key);

    /** {@link #leftJoin(ForeignKey)} matching only joined rows where {@code on} holds. */
    JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key, Condition<?> on);

    /** Orders by {@code column} ascending, after any order given before (several columns: call again). */
    Query<T> orderBy(ColumnRef<T, ?> column);

    /** Orders by {@code column} descending, after any order given before. */
    Query<T> orderByDescending(ColumnRef<T, ?> column);

    Query<T> limit(int limit);

    Query<T> offset(long offset);

    List<T> list();

    Optional<T> first();

    /**
     * {@link #list()} grouped by the value of {@code column}, in the order rows come: one statement
     * for any number of groups. The way to load related rows for a whole page without N+1:
     * {@code query(ArticleTag.class).where(ArticleTag_.articleId.in(pageIds)).listGroupedBy(ArticleTag_.articleId)}.
     * A key absent from the map has no rows.
     */
    <K> java.util.Map<K, List<T>> listGroupedBy(ColumnRef<T, K> column);

    /** Rows matching the conditions; order, limit and offset do not apply. */
    long count();

    /**
     * The rows from {@code offset} on, at most {@code limit}, in this query's order, and the number
     * of rows matching in all. Two statements (the rows, then the count), which measured faster on
     * PostgreSQL than one with a window count once many rows match; see docs/persistence.md.
     */
    Page<T> page(int limit, long offset);

    /**
     * {@code UPDATE ... SET column = column + delta} for every row matching the conditions: the
     * database adds, so concurrent increments all count. Returns the rows changed. A negative
     * {@code delta} decrements. Order, limit and offset must not be set.
     */
    int increment(ColumnRef<T, ? extends Number> column, long delta);

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
