package dev.aerie.runtime.internal.db.jdbc;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.DataIntegrityException;
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
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * A session on one connection, taken from the pool on first use. Everything is one transaction
 * until {@link #commit()}; blocks are savepoints of it and never commit ({@link Transactions}). The transaction
 * begins with the first statement that may write (any raw SQL, insert/update/delete, a block):
 * entity reads before it (find, findAll, typed queries) run in autocommit, so a request that
 * only reads pays no BEGIN/COMMIT round trip. Those entity reads run on plain JDBC (a
 * {@link PreparedStatement}, bound and read by the generated mapping): no JDBI handle, statement or
 * context is built for them, and a session that only reads never opens a handle. Its first
 * statement through JDBI wraps the connection the session already holds in a handle
 * ({@link JdbcBackend#open(Connection)}), so a request uses one connection whatever it runs. With {@code forceRollback} nothing is ever committed: commits only
 * mark a point that {@link #rollback()} returns to, and {@link #close()} rolls back everything.
 * Used by one thread at a time.
 */
final class JdbiSession implements BackendSession, TypedQuery.Runner {
    private static final System.Logger LOG = System.getLogger(JdbiSession.class.getName());
    private static final int STREAM_FETCH_SIZE = 256;

    private final JdbcBackend backend;
    private final boolean forceRollback;
    private Handle handle;
    /** The connection of plain-JDBC reads before any handle; null once {@link #handle} holds it. */
    private Connection plain;
    private final Transactions<Savepoint> transactions;
    private boolean closed;
    private boolean transactional;

    JdbiSession(JdbcBackend backend, boolean forceRollback) {
        this.backend = backend;
        this.forceRollback = forceRollback;
        this.transactions = new Transactions<>(new JdbcPort(), forceRollback, backend.transactionCounts());
    }

    @Override
    public boolean connected() {
        return handle != null || plain != null;
    }

    @Override
    public boolean transactional() {
        return transactional;
    }

    // ---- entities ----

    @Override
    public <T> Optional<T> find(Class<T> type, Object id) {
        EntityTable<T> table = backend.mappings().table(type);
        List<ColumnInfo> key = SessionRules.keyColumns(table);
        Object[] values = SessionRules.keyOf(table, key, id);
        List<BoundValue> bound = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            bound.add(BoundValue.column(values[i], key.get(i).type(), dialect()));
        }
        List<T> rows = plainSelect(table.sql(Statement.SELECT_BY_ID, dialect()), bound,
                MappingRowMapper.inOrder(table, dialect()), 1);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    @Override
    public <T> List<T> findAll(Class<T> type) {
        EntityTable<T> table = backend.mappings().table(type);
        return plainSelect(table.sql(Statement.SELECT_ALL, dialect()), List.of(), MappingRowMapper.inOrder(table, dialect()),
                Integer.MAX_VALUE);
    }

    @Override
    public <T> T insert(T given) {
        EntityTable<T> table = backend.mappings().tableOf(given);
        T entity = table.stamped(given, SessionRules.now(backend.clock()), true);
        Object[] values = table.values(entity);
        List<ColumnInfo> columns = table.columns();
        return entityWrite(table, values, h -> {
            Update update = h.createUpdate(table.sql(Statement.INSERT, dialect()));
            int position = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (table.generatedId() && columns.get(i).id()) {
                    continue;
                }
                update.bind(position++, BoundValue.column(values[i], columns.get(i).type(), dialect()));
            }
            if (!table.generatedId()) {
                update.execute();
                return entity;
            }
            ColumnInfo id = idColumn(table);
            Object generated = update.executeAndReturnGeneratedKeys(id.name())
                    .map(generatedKey(id))
                    .one();
            return table.withId(entity, generated);
        });
    }

    @Override
    public <T> Optional<T> insertIgnoringDuplicate(T given) {
        if (dialect() != Dialect.POSTGRESQL) {
            try {
                return Optional.of(insert(given)); // H2 and MariaDB undo only the failed statement
            } catch (DataConflictException duplicate) {
                return Optional.empty();
            }
        }
        EntityTable<T> table = backend.mappings().tableOf(given);
        T entity = table.stamped(given, SessionRules.now(backend.clock()), true);
        Object[] values = table.values(entity);
        List<ColumnInfo> columns = table.columns();
        return entityWrite(table, values, h -> {
            // PostgreSQL aborts a transaction at its first error: let the statement itself skip the duplicate
            Update update = h.createUpdate(table.sql(Statement.INSERT, dialect()) + " ON CONFLICT DO NOTHING");
            int position = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (!(table.generatedId() && columns.get(i).id())) {
                    update.bind(position++, BoundValue.column(values[i], columns.get(i).type(), dialect()));
                }
            }
            if (!table.generatedId()) {
                return update.execute() == 1 ? Optional.of(entity) : Optional.<T>empty();
            }
            ColumnInfo id = idColumn(table);
            return update.executeAndReturnGeneratedKeys(id.name()).map(generatedKey(id)).findOne()
                    .map(generated -> table.withId(entity, generated));
        });
    }

    @Override
    public <T> T update(T given) {
        EntityTable<T> table = backend.mappings().tableOf(given);
        T entity = table.stamped(given, SessionRules.now(backend.clock()), false);
        Object[] values = table.values(entity);
        List<ColumnInfo> columns = table.columns();
        int changed = entityWrite(table, values, h -> {
            Update update = h.createUpdate(table.sql(Statement.UPDATE, dialect()));
            int position = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (!columns.get(i).id()) {
                    update.bind(position++, BoundValue.column(values[i], columns.get(i).type(), dialect()));
                }
            }
            return bindKey(update, position, table, table.id(entity)).execute();
        });
        if (changed == 0) {
            throw SessionRules.noRowToUpdate(table, table.id(entity));
        }
        return entity;
    }

    @Override
    public <T> boolean delete(T entity) {
        EntityTable<T> table = backend.mappings().tableOf(entity);
        return deleteFrom(table, table.id(entity));
    }

    @Override
    public <T> boolean deleteById(Class<T> type, Object id) {
        return deleteFrom(backend.mappings().table(type), id);
    }

    private <T> boolean deleteFrom(EntityTable<T> table, Object id) {
        return run(h -> bindKey(h.createUpdate(table.sql(Statement.DELETE_BY_ID, dialect())), 0, table, id)
                .execute()) > 0;
    }

    @Override
    public <T> Query<T> query(Class<T> type) {
        return TypedQuery.of(this, backend.mappings().table(type), dialect());
    }

    @Override
    public <T> List<T> rows(RowMapping<T> table, String sql, List<BoundValue> values) {
        return select(sql, values, MappingRowMapper.inOrder(table, dialect()));
    }

    @Override
    public long count(String sql, List<BoundValue> values) {
        return select(sql, values, ScalarRowMapper.of(Long.class, dialect()).orElseThrow()).getFirst();
    }

    @Override
    public <P> Optional<RowMapping<P>> mapping(Class<P> type) {
        return backend.mappings().mapping(type);
    }

    @Override
    public <R> EntityTable<R> table(Class<R> type) {
        return backend.mappings().table(type);
    }

    @Override
    public int update(String sql, List<BoundValue> values) {
        return run(h -> {
            Update update = h.createUpdate(sql);
            for (int i = 0; i < values.size(); i++) {
                update.bind(i, values.get(i));
            }
            return update.execute();
        });
    }

    /** Runs SQL built by {@link TypedQuery}. */
    private <T> List<T> select(String sql, List<BoundValue> values, RowMapper<T> mapper) {
        return plainSelect(sql, values, mapper, Integer.MAX_VALUE);
    }

    /**
     * An entity read (SQL the runtime wrote, values bound in order) on plain JDBC, in the
     * transaction if one has begun, else in autocommit; at most {@code limit} rows are read. The
     * mappers take no JDBI context here, they read the {@link ResultSet} only.
     */
    private <T> List<T> plainSelect(String sql, List<BoundValue> values, RowMapper<T> mapper, int limit) {
        try {
            Connection connection = readConnection();
            if (backend.echo().isPresent()) { // no capturing lambda per read when echo is off
                backend.echo().get().log(Level.INFO, "SQL: {0} {1}", sql, values);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    values.get(i).apply(i + 1, statement, null);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>(limit == 1 ? 1 : 10);
                    while (rows.size() < limit && rs.next()) {
                        rows.add(mapper.map(rs, null));
                    }
                    return rows;
                }
            }
        } catch (SQLException e) {
            throw translate(new IllegalStateException("the statement failed: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The connection of an entity read: the handle's once there is one, else the plain one, taken on first use. */
    private Connection readConnection() throws SQLException {
        if (closed) {
            throw SessionRules.closed();
        }
        if (handle != null || forceRollback) {
            return handle().getConnection();
        }
        if (plain == null) {
            plain = backend.connection();
        }
        return plain;
    }

    // ---- raw SQL ----

    @Override
    public <T> List<T> fetchAll(Class<T> type, String sql, Map<String, ?> params) {
        RowMapper<T> mapper = mapper(type);
        return run(h -> rawQuery(h, sql, params).map(mapper).list());
    }

    @Override
    public List<Row> fetchAll(String sql, Map<String, ?> params) {
        return fetchAll(Row.class, sql, params);
    }

    @Override
    public <T> Optional<T> fetchOne(Class<T> type, String sql, Map<String, ?> params) {
        RowMapper<T> mapper = mapper(type);
        return run(h -> first(rawQuery(h, sql, params).map(mapper).iterator()));
    }

    @Override
    public Optional<Row> fetchOne(String sql, Map<String, ?> params) {
        return fetchOne(Row.class, sql, params);
    }

    @Override
    public <V> Optional<V> fetchVal(Class<V> type, String sql, Map<String, ?> params) {
        RowMapper<V> mapper = ScalarRowMapper.of(type, dialect()).orElseThrow(() -> SessionRules.notScalar(type));
        return run(h -> first(rawQuery(h, sql, params).map(mapper).iterator()));
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        return run(h -> rawUpdate(h, sql, params).execute());
    }

    @Override
    public int[] executeMany(String sql, List<? extends Map<String, ?>> params) {
        if (params.isEmpty()) {
            return new int[0];
        }
        return run(h -> {
            PreparedBatch batch = h.prepareBatch(sql);
            for (Map<String, ?> row : params) {
                ListParameters.refuseIn("executeMany", row);
                bind(batch, row).add();
            }
            return batch.execute();
        });
    }

    @Override
    public <T> ResultStream<T> iterate(Class<T> type, String sql, Map<String, ?> params) {
        RowMapper<T> mapper = mapper(type);
        ResultIterator<T> rows = run(h -> rawQuery(h, sql, params)
                .setFetchSize(STREAM_FETCH_SIZE)
                .map(mapper)
                .iterator());
        return new JdbiResultStream<>(rows, this::translate);
    }

    @Override
    public ResultStream<Row> iterate(String sql, Map<String, ?> params) {
        return iterate(Row.class, sql, params);
    }

    @Override
    public void executeScript(List<String> statements) {
        run(h -> {
            try (java.sql.Statement statement = h.getConnection().createStatement()) {
                for (String sql : statements) {
                    backend.echo().ifPresent(echo -> echo.log(Level.INFO, "SQL: {0}", sql));
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("DDL failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    // ---- transactions ----

    @Override
    public <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X {
        run(Handle::getConnection);
        return transactions.block(work);
    }

    @Override
    public void commit() {
        transactions.commit(handle != null && transactional);
    }

    @Override
    public void rollback() {
        transactions.rollback(handle != null && transactional);
    }

    /** The savepoint statements of {@link Transactions}, on this session's connection. */
    private final class JdbcPort implements Transactions.Port<Savepoint> {
        @Override
        public Savepoint savepoint(String name) {
            return jdbc(() -> connection().setSavepoint(name));
        }

        @Override
        public void rollbackTo(Savepoint savepoint) {
            jdbcRun(() -> connection().rollback(savepoint));
        }

        @Override
        public void release(Savepoint savepoint) {
            jdbcRun(() -> connection().releaseSavepoint(savepoint));
        }

        @Override
        public void commit() {
            jdbcRun(() -> connection().commit());
        }

        @Override
        public void rollback() {
            jdbcRun(() -> connection().rollback());
        }

        private Connection connection() {
            return handle.getConnection();
        }
    }

    /** Rolls back what was not committed and returns the connection; idempotent; never throws. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (plain != null) {
            Connection c = plain; // autocommit, never in a transaction: nothing to roll back
            plain = null;
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "returning the database connection failed: " + e.getMessage());
            }
        }
        if (handle == null) {
            return;
        }
        Handle h = handle;
        handle = null;
        try {
            if (transactional) {
                transactions.closing(true); // rolled back here, or lost with a broken connection
                Connection connection = h.getConnection();
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // the pool discards a broken connection; nothing was committed, so nothing is lost
            LOG.log(Level.WARNING, "rollback at session close failed: " + e.getMessage());
        } finally {
            try {
                h.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the database handle failed: " + e.getMessage());
            }
        }
    }

    // ---- plumbing ----

    private Dialect dialect() {
        return backend.dialect();
    }

    private Handle handle() {
        if (closed) {
            throw SessionRules.closed();
        }
        if (handle == null) {
            if (plain != null) {
                handle = backend.open(plain); // the same connection: a request never holds two
                plain = null;
            } else {
                handle = backend.jdbi().open();
            }
            if (forceRollback) {
                begin(handle); // everything, reads included, inside the transaction that is rolled back
            }
        }
        return handle;
    }

    private void begin(Handle h) {
        if (!transactional) {
            try {
                h.getConnection().setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot start a transaction: " + e.getMessage(), e);
            }
            transactional = true;
        }
    }

    /** Runs work that may write: inside the session's transaction. */
    private <R> R run(Function<Handle, R> work) {
        try {
            Handle h = handle();
            begin(h);
            transactions.inUse();
            return work.apply(h);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** {@link #run} for an insert or update of an entity: a value that does not fit names its column. */
    private <R> R entityWrite(EntityTable<?> table, Object[] values, Function<Handle, R> work) {
        try {
            return run(work);
        } catch (DataIntegrityException e) {
            throw SqlErrors.naming(e, table, values);
        }
    }

    private RuntimeException translate(RuntimeException e) {
        return SqlErrors.translate(e, dialect(), backend.retryAfterSeconds(), backend.statementTimeout());
    }

    private <R> R jdbc(JdbcCall<R> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw translate(new IllegalStateException("transaction control failed: " + e.getMessage(), e));
        }
    }

    private void jdbcRun(JdbcRun call) {
        jdbc(() -> {
            call.run();
            return null;
        });
    }

    /** Raw SQL, its list parameters expanded ({@link ListParameters}), bound. */
    private org.jdbi.v3.core.statement.Query rawQuery(Handle h, String sql, Map<String, ?> params) {
        ListParameters.Expanded expanded = ListParameters.expand(sql, params);
        return bind(h.createQuery(expanded.sql()), expanded.params());
    }

    private Update rawUpdate(Handle h, String sql, Map<String, ?> params) {
        ListParameters.Expanded expanded = ListParameters.expand(sql, params);
        return bind(h.createUpdate(expanded.sql()), expanded.params());
    }

    private <S extends SqlStatement<S>> S bind(S statement, Map<String, ?> params) {
        params.forEach((name, value) -> statement.bind(name, BoundValue.parameter(name, value, dialect())));
        return statement;
    }

    @SuppressWarnings("unchecked") // Row.class maps to Row
    private <T> RowMapper<T> mapper(Class<T> type) {
        if (type == Row.class) {
            return (RowMapper<T>) new RowRowMapper();
        }
        Optional<RowMapping<T>> mapping = backend.mappings().mapping(type);
        if (mapping.isPresent()) {
            return MappingRowMapper.byLabel(mapping.get(), dialect());
        }
        return ScalarRowMapper.of(type, dialect()).orElseThrow(() -> SessionRules.notMappable(type));
    }

    private static <T> Optional<T> first(ResultIterator<T> rows) {
        try (rows) {
            return rows.hasNext() ? Optional.ofNullable(rows.next()) : Optional.empty();
        }
    }

    private static ColumnInfo idColumn(EntityTable<?> table) {
        return table.columns().stream().filter(ColumnInfo::id).findFirst()
                .orElseThrow(() -> new IllegalStateException(table.type().getName() + " has no id column"));
    }

    /** Binds the key columns of {@code id} from position {@code from} on. */
    private <S extends SqlStatement<S>> S bindKey(S statement, int from, EntityTable<?> table, Object id) {
        List<ColumnInfo> key = SessionRules.keyColumns(table);
        Object[] values = SessionRules.keyOf(table, key, id);
        for (int i = 0; i < values.length; i++) {
            statement.bind(from + i, BoundValue.column(values[i], key.get(i).type(), dialect()));
        }
        return statement;
    }

    private RowMapper<Object> generatedKey(ColumnInfo id) {
        return (rs, ctx) -> {
            JdbcColumnReader reader = new JdbcColumnReader(rs, new int[] {1}, dialect());
            try {
                return SessionRules.generatedKey(id, reader);
            } catch (JdbcColumnReader.ReadFailure failure) {
                throw failure.getCause();
            }
        };
    }

    @FunctionalInterface
    private interface JdbcCall<R> {
        R run() throws SQLException;
    }

    @FunctionalInterface
    private interface JdbcRun {
        void run() throws SQLException;
    }
}
