package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.api.db.DataIntegrityException;
import dev.aerie.api.db.Page;
import dev.aerie.api.db.Query;
import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.Row;
import dev.aerie.runtime.internal.db.BackendSession;
import dev.aerie.runtime.internal.db.BoundValue;
import dev.aerie.runtime.internal.db.ListParameters;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import dev.aerie.runtime.internal.db.EntityTable.Statement;
import dev.aerie.runtime.internal.db.RowMapping;
import dev.aerie.runtime.internal.db.SessionRules;
import dev.aerie.runtime.internal.db.SqlErrors;
import dev.aerie.runtime.internal.db.Transactions;
import dev.aerie.runtime.internal.db.TypedQuery;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session on the Vert.x PostgreSQL client with the JDBC session's rules: the first statement
 * that needs a transaction takes a connection and opens one ({@code BEGIN}, pipelined with that
 * statement); everything is one transaction until {@link #commit()}; blocks are savepoints of it
 * and never commit ({@link Transactions}); {@link #close()} rolls back the rest and returns the connection.
 *
 * <p>Entity reads that come before the session holds a connection (no write yet, no block open)
 * go to the pipelined pool instead: they need no transaction of their own, and many sessions
 * share its connections with their queries in flight together. {@link #findEach} and
 * {@link #fetchAllEach} send all their queries before waiting for any answer. Used by one
 * thread at a time.
 */
final class VertxSession implements BackendSession, TypedQuery.Runner {
    private static final System.Logger LOG = System.getLogger(VertxSession.class.getName());
    private static final int STREAM_FETCH_SIZE = 256;

    private final VertxBackend backend;
    private SqlConnection connection;
    private Future<?> pendingBegin;
    private boolean inTransaction;
    private boolean broken;
    private final Transactions<String> transactions;
    private boolean closed;

    VertxSession(VertxBackend backend, boolean forceRollback) {
        this.backend = backend;
        this.transactions = new Transactions<>(new PgPort(), forceRollback, backend.transactionCounts());
    }

    @Override
    public boolean connected() {
        return connection != null;
    }

    @Override
    public boolean transactional() {
        return inTransaction;
    }

    // ---- entities ----

    @Override
    public <T> Optional<T> find(Class<T> type, Object id) {
        PgTable<T> table = backend.table(type);
        return table.rows().first(await(submit(table.sql(Statement.SELECT_BY_ID), keyTuple(table, id), true)));
    }

    @Override
    public <T> List<Optional<T>> findEach(Class<T> type, List<?> ids) {
        PgTable<T> table = backend.table(type);
        String sql = table.sql(Statement.SELECT_BY_ID);
        List<Future<RowSet<io.vertx.sqlclient.Row>>> sent = new ArrayList<>(ids.size());
        for (Object id : ids) {
            sent.add(submit(sql, keyTuple(table, id), true));
        }
        return awaitAll(sent).stream().map(table.rows()::first).toList();
    }

    @Override
    public <T> List<T> findAll(Class<T> type) {
        PgTable<T> table = backend.table(type);
        return table.rows().all(await(submit(table.sql(Statement.SELECT_ALL), Tuple.tuple(), true)));
    }

    @Override
    public <T> T insert(T given) {
        PgTable<T> pg = backend.tableOf(given);
        EntityTable<T> table = pg.table();
        T entity = table.stamped(given, SessionRules.now(backend.clock()), true);
        Object[] values = table.values(entity);
        List<ColumnInfo> columns = table.columns();
        Tuple args = Tuple.tuple();
        for (int i = 0; i < columns.size(); i++) {
            if (!(table.generatedId() && columns.get(i).id())) {
                args.addValue(bindable(values[i]));
            }
        }
        if (!table.generatedId()) {
            entityWrite(table, values, pg.sql(Statement.INSERT), args);
            return entity;
        }
        io.vertx.sqlclient.Row key = entityWrite(table, values, pg.insertReturning(), args).iterator().next();
        return table.withId(entity, generatedKey(pg.id(), key));
    }

    @Override
    public <T> Optional<T> insertIgnoringDuplicate(T given) {
        PgTable<T> pg = backend.tableOf(given);
        EntityTable<T> table = pg.table();
        T entity = table.stamped(given, SessionRules.now(backend.clock()), true);
        Object[] values = table.values(entity);
        List<ColumnInfo> columns = table.columns();
        Tuple args = Tuple.tuple();
        for (int i = 0; i < columns.size(); i++) {
            if (!(table.generatedId() && columns.get(i).id())) {
                args.addValue(bindable(values[i]));
            }
        }
        RowSet<io.vertx.sqlclient.Row> result = entityWrite(table, values, pg.insertIgnoring(), args);
        if (!table.generatedId()) {
            return result.rowCount() == 1 ? Optional.of(entity) : Optional.empty();
        }
        var keys = result.iterator();
        return keys.hasNext() ? Optional.of(table.withId(entity, generatedKey(pg.id(), keys.next()))) : Optional.empty();
    }

    @Override
    public <T> T update(T given) {
        PgTable<T> pg = backend.tableOf(given);
        EntityTable<T> table = pg.table();
        T entity = table.stamped(given, SessionRules.now(backend.clock()), false);
        Object[] values = table.values(entity);
        List<ColumnInfo> columns = table.columns();
        Tuple args = Tuple.tuple();
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).id()) {
                args.addValue(bindable(values[i]));
            }
        }
        for (Object key : SessionRules.keyOf(table, pg.key(), table.id(entity))) {
            args.addValue(bindable(key));
        }
        int changed = entityWrite(table, values, pg.sql(Statement.UPDATE), args).rowCount();
        if (changed == 0) {
            throw SessionRules.noRowToUpdate(table, table.id(entity));
        }
        return entity;
    }

    @Override
    public <T> boolean delete(T entity) {
        PgTable<T> table = backend.tableOf(entity);
        return deleteFrom(table, table.table().id(entity));
    }

    @Override
    public <T> boolean deleteById(Class<T> type, Object id) {
        return deleteFrom(backend.table(type), id);
    }

    private <T> boolean deleteFrom(PgTable<T> table, Object id) {
        return await(submit(table.sql(Statement.DELETE_BY_ID), keyTuple(table, id), false)).rowCount() > 0;
    }

    @Override
    public <T> Query<T> query(Class<T> type) {
        return TypedQuery.of(this, backend.table(type).table(), Dialect.POSTGRESQL);
    }

    @Override
    public <T> List<T> rows(RowMapping<T> table, String sql, List<BoundValue> values) {
        return inOrder(table).all(await(submit(backend.sql().positional(sql), tuple(values), true)));
    }

    @Override
    public long count(String sql, List<BoundValue> values) {
        return PgRows.scalar(Long.class).orElseThrow()
                .first(await(submit(backend.sql().positional(sql), tuple(values), true))).orElse(0L);
    }

    @Override
    public <P> Optional<RowMapping<P>> mapping(Class<P> type) {
        return backend.mappings().mapping(type);
    }

    @Override
    public <R> EntityTable<R> table(Class<R> type) {
        return backend.table(type).table();
    }

    @Override
    public int update(String sql, List<BoundValue> values) {
        return await(submit(backend.sql().positional(sql), tuple(values), false)).rowCount();
    }

    /** Both statements are sent before the first answer is awaited: one round trip. */
    @Override
    public <T> Page<T> page(RowMapping<T> table, TypedQuery.Statement rows, TypedQuery.Statement count, int limit,
                            long offset) {
        Future<RowSet<io.vertx.sqlclient.Row>> items = submit(backend.sql().positional(rows.sql()), tuple(rows.values()), true);
        Future<RowSet<io.vertx.sqlclient.Row>> total = submit(backend.sql().positional(count.sql()), tuple(count.values()), true);
        List<RowSet<io.vertx.sqlclient.Row>> answers = awaitAll(List.of(items, total));
        return new Page<>(inOrder(table).all(answers.get(0)),
                PgRows.scalar(Long.class).orElseThrow().first(answers.get(1)).orElse(0L), limit, offset);
    }

    // ---- raw SQL: always on the session's own connection (it may lock or write) ----

    @Override
    public <T> List<T> fetchAll(Class<T> type, String sql, Map<String, ?> params) {
        return mapper(type).all(query(sql, params));
    }

    @Override
    public List<Row> fetchAll(String sql, Map<String, ?> params) {
        return fetchAll(Row.class, sql, params);
    }

    @Override
    public <T> List<List<T>> fetchAllEach(Class<T> type, String sql, List<? extends Map<String, ?>> params) {
        PgRows<T> rows = mapper(type);
        List<Future<RowSet<io.vertx.sqlclient.Row>>> sent = new ArrayList<>(params.size());
        for (Map<String, ?> each : params) {
            ListParameters.Expanded expanded = ListParameters.expand(sql, each);
            PgSql.Named named = backend.sql().named(expanded.sql());
            sent.add(submit(named.sql(), bind(named, expanded.params()), false));
        }
        return awaitAll(sent).stream().map(rows::all).toList();
    }

    @Override
    public <T> Optional<T> fetchOne(Class<T> type, String sql, Map<String, ?> params) {
        return mapper(type).first(query(sql, params));
    }

    @Override
    public Optional<Row> fetchOne(String sql, Map<String, ?> params) {
        return fetchOne(Row.class, sql, params);
    }

    @Override
    public <V> Optional<V> fetchVal(Class<V> type, String sql, Map<String, ?> params) {
        PgRows<V> rows = PgRows.scalar(type).orElseThrow(() -> SessionRules.notScalar(type));
        return rows.first(query(sql, params));
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        return query(sql, params).rowCount();
    }

    /** Runs raw SQL with {@code :name} parameters on the session's own connection. */
    private RowSet<io.vertx.sqlclient.Row> query(String sql, Map<String, ?> params) {
        ListParameters.Expanded expanded = ListParameters.expand(sql, params);
        PgSql.Named named = backend.sql().named(expanded.sql());
        return await(submit(named.sql(), bind(named, expanded.params()), false));
    }

    @Override
    public int[] executeMany(String sql, List<? extends Map<String, ?>> params) {
        if (params.isEmpty()) {
            return new int[0];
        }
        params.forEach(p -> ListParameters.refuseIn("executeMany", p));
        PgSql.Named named = backend.sql().named(sql);
        List<Tuple> batch = params.stream().map(p -> bind(named, p)).toList();
        echo(named.sql(), batch);
        RowSet<io.vertx.sqlclient.Row> result = await(transactionConnection().preparedQuery(named.sql()).executeBatch(batch));
        int[] counts = new int[batch.size()];
        for (int i = 0; i < counts.length && result != null; i++) {
            counts[i] = result.rowCount();
            result = result.next();
        }
        return counts;
    }

    @Override
    public <T> ResultStream<T> iterate(Class<T> type, String sql, Map<String, ?> params) {
        PgRows<T> rows = mapper(type);
        ListParameters.Expanded expanded = ListParameters.expand(sql, params);
        PgSql.Named named = backend.sql().named(expanded.sql());
        Tuple args = bind(named, expanded.params());
        echo(named.sql(), args);
        PreparedStatement statement = await(transactionConnection().prepare(named.sql()));
        return new PgResultStream<>(statement, statement.cursor(args), rows, STREAM_FETCH_SIZE, this::await);
    }

    @Override
    public ResultStream<Row> iterate(String sql, Map<String, ?> params) {
        return iterate(Row.class, sql, params);
    }

    @Override
    public void executeScript(List<String> statements) {
        SqlConnection c = transactionConnection();
        for (String sql : statements) {
            backend.echo().ifPresent(echo -> echo.log(Level.INFO, "SQL: {0}", sql));
            try {
                await(c.query(sql).execute());
            } catch (RuntimeException e) {
                throw new IllegalStateException("DDL failed: " + e.getMessage(), e);
            }
        }
    }

    // ---- transactions ----

    @Override
    public <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X {
        transactionConnection();
        return transactions.block(work);
    }

    @Override
    public void commit() {
        transactions.commit(connection != null && inTransaction);
    }

    @Override
    public void rollback() {
        transactions.rollback(connection != null && inTransaction);
    }

    /** The savepoint statements of {@link Transactions}, on this session's connection. */
    private final class PgPort implements Transactions.Port<String> {
        @Override
        public String savepoint(String name) {
            run("SAVEPOINT " + name);
            return name;
        }

        @Override
        public void rollbackTo(String savepoint) {
            run("ROLLBACK TO SAVEPOINT " + savepoint);
        }

        @Override
        public void release(String savepoint) {
            run("RELEASE SAVEPOINT " + savepoint);
        }

        @Override
        public void commit() {
            run("COMMIT");
            inTransaction = false;
        }

        @Override
        public void rollback() {
            run("ROLLBACK");
            inTransaction = false;
        }

        private void run(String sql) {
            await(connection.query(sql).execute());
        }
    }

    /** Rolls back what was not committed and returns the connection; idempotent; never throws. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (connection == null) {
            return;
        }
        SqlConnection c = connection;
        connection = null;
        transactions.closing(inTransaction); // rolled back here, or lost with a broken connection
        try {
            if (inTransaction && !broken) {
                await(c.query("ROLLBACK").execute());
            }
        } catch (RuntimeException e) {
            // a broken connection is discarded by the pool; nothing was committed, so nothing is lost
            LOG.log(Level.WARNING, "rollback at session close failed: " + e.getMessage());
        } finally {
            try {
                await(c.close());
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "closing the connection failed: " + e.getMessage());
            }
            backend.released();
        }
    }

    // ---- plumbing ----

    /**
     * Sends one statement and returns at once. Entity reads before the session holds a connection
     * go to the pipelined pool; everything else runs in the session's transaction.
     */
    /** An insert or update of an entity: a value that does not fit names its column. */
    private RowSet<io.vertx.sqlclient.Row> entityWrite(EntityTable<?> table, Object[] values, String sql, Tuple args) {
        try {
            return await(submit(sql, args, false));
        } catch (DataIntegrityException e) {
            throw SqlErrors.naming(e, table, values);
        }
    }

    private Future<RowSet<io.vertx.sqlclient.Row>> submit(String sql, Tuple args, boolean entityRead) {
        echo(sql, args);
        if (entityRead && connection == null && transactions.depth() == 0 && backend.pipelinedReads()) {
            requireOpen();
            return backend.bounded(backend.reads().preparedQuery(sql).execute(args));
        }
        return transactionConnection().preparedQuery(sql).execute(args);
    }

    /** The session's connection, taken on first use, with a transaction open (BEGIN is sent, not waited for). */
    private SqlConnection transactionConnection() {
        requireOpen();
        if (connection == null) {
            connection = backend.connect();
        }
        if (!inTransaction) {
            pendingBegin = connection.query("BEGIN").execute();
            inTransaction = true;
        }
        transactions.inUse();
        return connection;
    }

    private void requireOpen() {
        if (closed) {
            throw SessionRules.closed();
        }
    }

    /** Waits for {@code future}; a lost connection marks the session broken (its transaction is gone). */
    private <T> T await(Future<T> future) {
        try {
            T result = backend.await(future);
            if (pendingBegin != null) {
                Future<?> begin = pendingBegin;
                pendingBegin = null;
                backend.await(begin); // answered before the statement sent after it
            }
            return result;
        } catch (RuntimeException e) {
            if (PgErrors.connectionLost(e)) {
                broken = true;
            }
            throw e;
        }
    }

    /** Waits for every future (all were sent before the first answer); the first failure is thrown once all are done. */
    private <T> List<T> awaitAll(List<Future<T>> sent) {
        List<T> results = new ArrayList<>(sent.size());
        RuntimeException failure = null;
        for (Future<T> future : sent) {
            try {
                results.add(await(future));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private Tuple bind(PgSql.Named named, Map<String, ?> params) {
        Tuple args = Tuple.tuple();
        for (String name : named.names()) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("the SQL uses :" + name + " but no value was given for it; "
                        + "the parameters given are " + params.keySet().stream().sorted().toList());
            }
            Object value = params.get(name);
            args.addValue(bindable(BoundValue.parameter(name, value, Dialect.POSTGRESQL).value()));
        }
        return args;
    }

    private static Tuple tuple(List<BoundValue> values) {
        Tuple args = Tuple.tuple();
        for (BoundValue value : values) {
            args.addValue(bindable(value.value()));
        }
        return args;
    }

    /** A Java value as the client binds it: enums by name, times in microseconds (as BoundValue), instants in UTC, bytes as a buffer. */
    static Object bindable(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> e -> e.name();
            case Instant instant -> instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            case OffsetDateTime time -> time.truncatedTo(ChronoUnit.MICROS);
            case LocalDateTime time -> time.truncatedTo(ChronoUnit.MICROS);
            case byte[] bytes -> Buffer.buffer(bytes);
            case Byte b -> b.shortValue();
            default -> value;
        };
    }

    @SuppressWarnings("unchecked") // Row.class maps to Row
    /** The reader of rows whose columns come in {@code mapping}'s order: an entity's is made once, a join's projection's per query. */
    private <T> PgRows<T> inOrder(RowMapping<T> mapping) {
        return mapping instanceof EntityTable<T> table ? backend.table(table.type()).rows() : PgRows.inOrder(mapping);
    }

    private <T> PgRows<T> mapper(Class<T> type) {
        if (type == Row.class) {
            return (PgRows<T>) PgRows.rows();
        }
        Optional<RowMapping<T>> mapping = backend.mappings().mapping(type);
        if (mapping.isPresent()) {
            return PgRows.byLabel(mapping.get());
        }
        return PgRows.scalar(type).orElseThrow(() -> SessionRules.notMappable(type));
    }

    private void echo(String sql, Object args) {
        if (backend.echo().isPresent()) {
            backend.echo().get().log(Level.INFO, "SQL: {0} {1}", sql, args);
        }
    }

    /** The key columns' values of {@code id}, in key order. */
    private static Tuple keyTuple(PgTable<?> table, Object id) {
        Tuple args = Tuple.tuple();
        for (Object key : SessionRules.keyOf(table.table(), table.key(), id)) {
            args.addValue(bindable(key));
        }
        return args;
    }

    private static Object generatedKey(ColumnInfo id, io.vertx.sqlclient.Row row) {
        return SessionRules.generatedKey(id, new PgColumnReader(new int[] {0}).at(row));
    }
}
