package dev.aerie.runtime.internal.orm;

import dev.aerie.api.db.Query;
import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.Row;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestResource;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.BackendSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The singleton {@link Session} that services inject: every call goes to the session of the
 * request open on this thread, created (without a connection) on first use and registered with
 * the request so that {@code complete()} commits it and {@code close()} rolls back the rest and
 * returns its connection.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class RequestBoundSession implements Session {
    /** Marks a scope whose database sessions never commit (aerie-test's rolled-back test scope). */
    private static final String ROLLBACK_ONLY = "aerie.db.rollback-only";

    private final ApplicationDatabase database;
    private final String key;

    RequestBoundSession(ApplicationDatabase database, String key) {
        this.database = database;
        this.key = key;
    }

    /** The current request's session; fails outside a request. */
    public BackendSession current() {
        RequestContext context = RequestScope.current().orElseThrow(() -> new IllegalStateException(
                "The request-bound Session was used outside a request. It is the current request's unit of work; "
                        + "for background work (a scheduler, a startup task) use orm.withSession(session -> ...) "
                        + "(Database.withSession), which opens, commits and closes a session of its own."));
        return context.instance(key, () -> {
            BackendSession session = context.has(ROLLBACK_ONLY) ? database.newSession(true) : database.newSession();
            context.register(new Completion(session));
            return session;
        });
    }

    /**
     * Makes every database session of {@code context} a forceRollback one: a commit, the end of a
     * block or {@code withSession} on this thread only moves a savepoint, and closing the scope
     * undoes everything. Call it before the scope's first database use. For aerie-test.
     */
    public static void rollbackOnly(RequestContext context) {
        context.instance(ROLLBACK_ONLY, () -> Boolean.TRUE);
    }

    /** The current scope's session when the scope is {@link #rollbackOnly rollback-only}. */
    Optional<BackendSession> rollbackOnlySession() {
        return RequestScope.current().filter(context -> context.has(ROLLBACK_ONLY)).map(context -> current());
    }

    /** Commit on completion, rollback and release on close. */
    private record Completion(BackendSession session) implements RequestResource {
        @Override
        public void complete() {
            if (session.connected()) {
                session.commit();
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }

    @Override
    public <T> Optional<T> find(Class<T> type, Object id) {
        return current().find(type, id);
    }

    @Override
    public <T> List<Optional<T>> findEach(Class<T> type, List<?> ids) {
        return current().findEach(type, ids);
    }

    @Override
    public <T> List<T> findAll(Class<T> type) {
        return current().findAll(type);
    }

    @Override
    public <T> T insert(T entity) {
        return current().insert(entity);
    }

    @Override
    public <T> Optional<T> insertIgnoringDuplicate(T entity) {
        return current().insertIgnoringDuplicate(entity);
    }

    @Override
    public <T> T update(T entity) {
        return current().update(entity);
    }

    @Override
    public <T> boolean delete(T entity) {
        return current().delete(entity);
    }

    @Override
    public <T> boolean deleteById(Class<T> type, Object id) {
        return current().deleteById(type, id);
    }

    @Override
    public <T> Query<T> query(Class<T> type) {
        return current().query(type);
    }

    @Override
    public <T> List<T> fetchAll(Class<T> type, String sql, Map<String, ?> params) {
        return current().fetchAll(type, sql, params);
    }

    @Override
    public List<Row> fetchAll(String sql, Map<String, ?> params) {
        return current().fetchAll(sql, params);
    }

    @Override
    public <T> List<List<T>> fetchAllEach(Class<T> type, String sql, List<? extends Map<String, ?>> params) {
        return current().fetchAllEach(type, sql, params);
    }

    @Override
    public <T> Optional<T> fetchOne(Class<T> type, String sql, Map<String, ?> params) {
        return current().fetchOne(type, sql, params);
    }

    @Override
    public Optional<Row> fetchOne(String sql, Map<String, ?> params) {
        return current().fetchOne(sql, params);
    }

    @Override
    public <V> Optional<V> fetchVal(Class<V> type, String sql, Map<String, ?> params) {
        return current().fetchVal(type, sql, params);
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        return current().execute(sql, params);
    }

    @Override
    public int[] executeMany(String sql, List<? extends Map<String, ?>> params) {
        return current().executeMany(sql, params);
    }

    @Override
    public <T> ResultStream<T> iterate(Class<T> type, String sql, Map<String, ?> params) {
        return current().iterate(type, sql, params);
    }

    @Override
    public ResultStream<Row> iterate(String sql, Map<String, ?> params) {
        return current().iterate(sql, params);
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X {
        return current().transaction(work);
    }

    @Override
    public void commit() {
        current().commit();
    }

    @Override
    public void rollback() {
        current().rollback();
    }

    @Override
    public String toString() {
        return "Session bound to the current request";
    }
}
