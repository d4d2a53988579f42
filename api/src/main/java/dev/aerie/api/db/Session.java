package dev.aerie.api.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of work on the database. Inside a request, the injected {@code Session} is the
 * request's own: it takes a pool connection only when first used, commits when the handler
 * returns normally and rolls back when it throws.
 *
 * <p>Raw SQL uses {@code :name} parameters bound from the map; values are never concatenated
 * into SQL. A {@code Collection} value binds each element as a parameter of its own
 * ({@code WHERE id IN (:ids)} with a {@code List}); an empty one binds a single NULL, which matches no row. Results map to {@link Entity entities}, {@link Projection projections}, scalar types
 * (for {@code fetchVal}) or the generic {@link Row}.
 */
public interface Session {

    // ---- entities ----

    /** The entity with this id, or empty. */
    <T> Optional<T> find(Class<T> type, Object id);

    /**
     * One {@link #find} per id, sent together: for each id in the order given, the entity or empty.
     * A backend that pipelines (the Vert.x PostgreSQL client, {@code db.driver: vertx}) sends every
     * query before it waits for the first answer, so 20 ids cost about one round trip, not 20;
     * the JDBC backend runs them one after another.
     */
    default <T> List<Optional<T>> findEach(Class<T> type, List<?> ids) {
        return ids.stream().map(id -> find(type, id)).toList();
    }

    /** Every row of the entity's table, ordered by id. */
    <T> List<T> findAll(Class<T> type);

    /** Inserts the entity; returns it with its generated id filled in. */
    <T> T insert(T entity);

    /**
     * Inserts the entity unless a row with the same primary key or unique value exists: the
     * inserted entity (with its generated id), or empty when there was such a row. An idempotent
     * write: {@code ON CONFLICT DO NOTHING} on PostgreSQL; on H2 and MariaDB, whose failed
     * statements leave the transaction usable, the insert's duplicate-key error is caught. Other
     * errors (a missing referenced row, NULL in a NOT NULL column) still fail.
     */
    <T> Optional<T> insertIgnoringDuplicate(T entity);

    /** Updates every column of the row with the entity's id; fails with a 404 problem when there is none. */
    <T> T update(T entity);

    /** Deletes the row with the entity's id; whether there was one. */
    <T> boolean delete(T entity);

    /** Deletes the row with this id; whether there was one. */
    <T> boolean deleteById(Class<T> type, Object id);

    /** A typed query on the entity's columns: where / order by / limit / offset. */
    <T> Query<T> query(Class<T> type);

    // ---- raw SQL with :name parameters ----

    <T> List<T> fetchAll(Class<T> type, String sql, Map<String, ?> params);

    List<Row> fetchAll(String sql, Map<String, ?> params);

    /**
     * {@link #fetchAll(Class, String, Map)} once per parameter map, for independent reads sent
     * together; the results in the order of {@code params}. Pipelined like {@link #findEach}.
     */
    default <T> List<List<T>> fetchAllEach(Class<T> type, String sql, List<? extends Map<String, ?>> params) {
        return params.stream().map(p -> fetchAll(type, sql, p)).toList();
    }

    <T> Optional<T> fetchOne(Class<T> type, String sql, Map<String, ?> params);

    Optional<Row> fetchOne(String sql, Map<String, ?> params);

    /** The first column of the first row, converted to {@code type}; empty when no row or SQL NULL. */
    <V> Optional<V> fetchVal(Class<V> type, String sql, Map<String, ?> params);

    /** Runs an INSERT/UPDATE/DELETE/DDL statement; the number of rows it changed. */
    int execute(String sql, Map<String, ?> params);

    /** Runs one statement once per parameter map, as a JDBC batch; rows changed per map. */
    int[] executeMany(String sql, List<? extends Map<String, ?>> params);

    /** Streams the rows, for results too large to hold; close it (try-with-resources). */
    <T> ResultStream<T> iterate(Class<T> type, String sql, Map<String, ?> params);

    ResultStream<Row> iterate(String sql, Map<String, ?> params);

    default List<Row> fetchAll(String sql) { return fetchAll(sql, Map.of()); }

    default <T> List<T> fetchAll(Class<T> type, String sql) { return fetchAll(type, sql, Map.of()); }

    default Optional<Row> fetchOne(String sql) { return fetchOne(sql, Map.of()); }

    default <T> Optional<T> fetchOne(Class<T> type, String sql) { return fetchOne(type, sql, Map.of()); }

    default <V> Optional<V> fetchVal(Class<V> type, String sql) { return fetchVal(type, sql, Map.of()); }

    default int execute(String sql) { return execute(sql, Map.of()); }

    // ---- transactions ----

    /**
     * Runs {@code work} in a transaction block and returns its result. A block is a savepoint of
     * the session's unit of work, at any depth: if it throws, only its own work is undone (and the
     * exception still propagates), so the caller may catch the failure and go on. A block never
     * commits: the unit of work does, once, at its end (the request when its handler returns,
     * {@code Database.withSession} when its lambda returns), or an explicit {@link #commit()}.
     */
    <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X;

    /** {@link #transaction(TransactionWork)} for work with no result. */
    default <X extends Exception> void inTransaction(TransactionRun<X> work) throws X {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Commits what this session has done so far, durably even if the unit of work fails later
     * (outside a transaction block only; refused inside one).
     */
    void commit();

    /** Rolls back what this session has done since the last commit (outside a transaction block). */
    void rollback();

    /** Work inside {@link #transaction(TransactionWork)}; checked exceptions pass through. */
    @FunctionalInterface
    interface TransactionWork<R, X extends Exception> {
        R run() throws X;
    }

    /** Work inside {@link #inTransaction(TransactionRun)}; checked exceptions pass through. */
    @FunctionalInterface
    interface TransactionRun<X extends Exception> {
        void run() throws X;
    }
}
