package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.Condition;
import dev.aerie.api.db.ForeignKey;
import dev.aerie.api.db.JoinQuery;
import dev.aerie.api.db.Page;
import dev.aerie.api.db.Query;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An immutable typed query: its SQL is built from the table's own column names (never from a
 * caller's string) and every value is a bound parameter. Conditions are checked against the
 * table when they are added, so a column of another entity fails before any SQL is sent.
 * For the backends; not an API.
 */
public final class TypedQuery<T> implements Query<T> {
    private final Runner session;
    private final EntityTable<T> table;
    private final Dialect dialect;
    private final List<Condition<T>> conditions;
    private final List<String> orders;
    private final OptionalInt limit;
    private final OptionalLong offset;

    private TypedQuery(Runner session, EntityTable<T> table, Dialect dialect, List<Condition<T>> conditions,
                       List<String> orders, OptionalInt limit, OptionalLong offset) {
        this.session = session;
        this.table = table;
        this.dialect = dialect;
        this.conditions = conditions;
        this.orders = orders;
        this.limit = limit;
        this.offset = offset;
    }

    /** What a typed query needs from its session: running the statements it built, values bound in order ({@code ?} markers). */
    public interface Runner {
        /** The rows that {@code sql} selects, read by {@code mapping} (an entity's table, or a join's projection), columns in its order. */
        <T> List<T> rows(RowMapping<T> mapping, String sql, List<BoundValue> values);

        /** The single number {@code sql} selects. */
        long count(String sql, List<BoundValue> values);

        /** The generated row mapping of {@code type} (a projection record or an entity), if it has one. */
        <P> java.util.Optional<RowMapping<P>> mapping(Class<P> type);

        /** The table of another entity, for {@code EXISTS} over it. */
        <R> EntityTable<R> table(Class<R> type);

        /** Runs an UPDATE in the session's transaction; the rows it changed. */
        int update(String sql, List<BoundValue> values);

        /** The rows and the count of a page; a backend that pipelines sends both before it waits. */
        default <T> Page<T> page(RowMapping<T> table, Statement rows, Statement count, int limit, long offset) {
            return new Page<>(rows(table, rows.sql(), rows.values()), count(count.sql(), count.values()), limit, offset);
        }
    }

    /** SQL with {@code ?} markers and the values they bind, in order. */
    public record Statement(String sql, List<BoundValue> values) {}

    public static <T> TypedQuery<T> of(Runner session, EntityTable<T> table, Dialect dialect) {
        return new TypedQuery<>(session, table, dialect, List.of(), List.of(), OptionalInt.empty(), OptionalLong.empty());
    }

    @Override
    public <V> Query<T> where(ColumnRef<T, V> column, V value) {
        return where(column, Op.EQ, value);
    }

    @Override
    public <V> Query<T> where(ColumnRef<T, V> column, Op op, V value) {
        if (value == null) {
            throw new IllegalArgumentException("where(" + column.name() + ", null): SQL never matches '= NULL'; use whereNull");
        }
        return where(new Condition.Compare<>(column, op, value));
    }

    @Override
    public Query<T> whereNull(ColumnRef<T, ?> column) {
        return where(new Condition.IsNull<>(column));
    }

    @Override
    public Query<T> where(Condition<T> condition) {
        render(condition, top(), new StringBuilder(), new ArrayList<>()); // checks every column now, before any SQL
        List<Condition<T>> more = new ArrayList<>(conditions);
        more.add(condition);
        return new TypedQuery<>(session, table, dialect, List.copyOf(more), orders, limit, offset);
    }

    @Override
    public Query<T> orderBy(ColumnRef<T, ?> column) {
        return withOrder(dialect.quote(column(column).name()) + " ASC");
    }

    @Override
    public Query<T> orderByDescending(ColumnRef<T, ?> column) {
        return withOrder(dialect.quote(column(column).name()) + " DESC");
    }

    @Override
    public Query<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        return new TypedQuery<>(session, table, dialect, conditions, orders, OptionalInt.of(limit), offset);
    }

    @Override
    public Query<T> offset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        return new TypedQuery<>(session, table, dialect, conditions, orders, limit, OptionalLong.of(offset));
    }

    @Override
    public JoinQuery<T> join(ForeignKey<?, ?, ?> key) {
        return joined().join(key);
    }

    @Override
    public JoinQuery<T> join(ForeignKey<?, ?, ?> key, Condition<?> on) {
        return joined().join(key, on);
    }

    @Override
    public JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key) {
        return joined().leftJoin(key);
    }

    @Override
    public JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key, Condition<?> on) {
        return joined().leftJoin(key, on);
    }

    /** This query as a join query of one table: its conditions, order, limit and offset carried over. */
    private JoinedQuery<T> joined() {
        return JoinedQuery.of(session, table, dialect, List.copyOf(conditions), orders.stream()
                .map(order -> dialect.quote(table.table()) + "." + order).toList(), limit, offset);
    }

    @Override
    public List<T> list() {
        Statement select = select();
        return session.rows(table, select.sql(), select.values());
    }

    @Override
    public Optional<T> first() {
        return limit(1).list().stream().findFirst();
    }

    /** Rows matching the conditions; order, limit and offset do not apply. */
    @Override
    public long count() {
        Statement count = countStatement();
        return session.count(count.sql(), count.values());
    }

    @Override
    public <K> Map<K, List<T>> listGroupedBy(ColumnRef<T, K> column) {
        ColumnInfo info = column(column);
        if (info.type() == ColumnType.ENUM) {
            throw new IllegalArgumentException("listGroupedBy(" + info.name() + "): an enum column's rows hold names; "
                    + "use list() and Collectors.groupingBy");
        }
        int index = table.columns().indexOf(info);
        Map<K, List<T>> groups = new LinkedHashMap<>();
        for (T row : list()) {
            @SuppressWarnings("unchecked") // values() holds each column as the field does (boxed), and K is that field's type
            K key = (K) table.values(row)[index];
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    @Override
    public Page<T> page(int limit, long offset) {
        TypedQuery<T> page = (TypedQuery<T>) limit(limit).offset(offset);
        return session.page(table, page.select(), countStatement(), limit, offset);
    }

    @Override
    public int increment(ColumnRef<T, ? extends Number> column, long delta) {
        if (!orders.isEmpty() || limit.isPresent() || offset.isPresent()) {
            throw new IllegalArgumentException("increment applies to every row matching the conditions; "
                    + "remove orderBy/limit/offset from the query");
        }
        ColumnInfo info = column(column);
        if (info.id()) {
            throw new IllegalArgumentException("increment of " + info.name() + ", a key column, is refused; keys do not change");
        }
        Object amount = switch (info.type()) {
            // the database infers the parameter's type from the column: bind exactly that type
            case INT -> Math.toIntExact(delta);
            case LONG -> delta;
            case SHORT -> (short) Math.toIntExact(delta);
            case DOUBLE -> (double) delta;
            case FLOAT -> (float) delta;
            case BIG_DECIMAL -> BigDecimal.valueOf(delta);
            default -> throw new IllegalArgumentException("increment of " + info.name() + ", a " + info.type()
                    + " column; only number columns can be incremented");
        };
        List<BoundValue> values = new ArrayList<>();
        String name = dialect.quote(info.name());
        StringBuilder sql = new StringBuilder("UPDATE ").append(dialect.quote(table.table()))
                .append(" SET ").append(name).append(" = ").append(name).append(" + ?");
        values.add(BoundValue.column(amount, info.type(), dialect));
        appendWhere(sql, values);
        return session.update(sql.toString(), values);
    }

    private Statement select() {
        List<BoundValue> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        List<ColumnInfo> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(dialect.quote(columns.get(i).name()));
        }
        sql.append(" FROM ").append(dialect.quote(table.table()));
        appendWhere(sql, values);
        if (!orders.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", orders));
        }
        if (limit.isPresent()) {
            sql.append(" LIMIT ?");
            values.add(BoundValue.column(limit.getAsInt(), ColumnType.INT, dialect));
        } else if (offset.isPresent() && dialect == Dialect.MARIADB) {
            sql.append(" LIMIT 18446744073709551615"); // MariaDB has no OFFSET without LIMIT
        }
        if (offset.isPresent()) {
            sql.append(" OFFSET ?");
            values.add(BoundValue.column(offset.getAsLong(), ColumnType.LONG, dialect));
        }
        return new Statement(sql.toString(), List.copyOf(values));
    }

    private Statement countStatement() {
        List<BoundValue> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(dialect.quote(table.table()));
        appendWhere(sql, values);
        return new Statement(sql.toString(), List.copyOf(values));
    }

    private void appendWhere(StringBuilder sql, List<BoundValue> values) {
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i == 0 ? " WHERE " : " AND ");
            render(conditions.get(i), top(), sql, values);
        }
    }

    private SqlConditions.Scope top() {
        return new SqlConditions.Scope(List.of(new SqlConditions.Source(table, dialect.quote(table.table()))), false, 0);
    }

    private void render(Condition<?> condition, SqlConditions.Scope scope, StringBuilder sql, List<BoundValue> values) {
        new SqlConditions(dialect, session).render(condition, scope, sql, values);
    }

    /** {@code text} with LIKE's wildcards and the escape character escaped, so each matches itself. */
    static String escapeLike(String text) {
        return SqlConditions.escapeLike(text);
    }

    private ColumnInfo column(ColumnRef<T, ?> column) {
        return SqlConditions.info(column, table);
    }

    private TypedQuery<T> withOrder(String order) {
        List<String> more = new ArrayList<>(orders);
        more.add(order);
        return new TypedQuery<>(session, table, dialect, conditions, List.copyOf(more), limit, offset);
    }
}
