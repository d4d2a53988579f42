package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.Query;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An immutable typed query: its SQL is built from the table's own column names (never from a
 * caller's string) and every value is a bound parameter.
 * For the backends; not an API.
 */
public final class TypedQuery<T> implements Query<T> {
    private final Runner session;
    private final EntityTable<T> table;
    private final Dialect dialect;
    private final List<Condition> conditions;
    private final List<String> orders;
    private final OptionalInt limit;
    private final OptionalLong offset;

    private TypedQuery(Runner session, EntityTable<T> table, Dialect dialect, List<Condition> conditions,
                       List<String> orders, OptionalInt limit, OptionalLong offset) {
        this.session = session;
        this.table = table;
        this.dialect = dialect;
        this.conditions = conditions;
        this.orders = orders;
        this.limit = limit;
        this.offset = offset;
    }

    /** What a typed query needs from its session: running the SELECTs it built, values bound in order ({@code ?} markers). */
    public interface Runner {
        /** The rows of {@code table} that {@code sql} selects, columns in the table's order. */
        <T> List<T> rows(EntityTable<T> table, String sql, List<BoundValue> values);

        /** The single number {@code sql} selects. */
        long count(String sql, List<BoundValue> values);
    }

    public static <T> TypedQuery<T> of(Runner session, EntityTable<T> table, Dialect dialect) {
        return new TypedQuery<>(session, table, dialect, List.of(), List.of(), OptionalInt.empty(), OptionalLong.empty());
    }

    /** One condition: column, SQL operator, and the bound value (absent for IS NULL). */
    private record Condition(ColumnInfo column, String operator, Optional<Object> value) {}

    @Override
    public <V> Query<T> where(ColumnRef<T, V> column, V value) {
        return where(column, Op.EQ, value);
    }

    @Override
    public <V> Query<T> where(ColumnRef<T, V> column, Op op, V value) {
        if (value == null) {
            throw new IllegalArgumentException("where(" + column.name() + ", null): SQL never matches '= NULL'; use whereNull");
        }
        return withCondition(new Condition(column(column), op.sql(), Optional.of(value)));
    }

    @Override
    public Query<T> whereNull(ColumnRef<T, ?> column) {
        return withCondition(new Condition(column(column), "IS NULL", Optional.empty()));
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
    public List<T> list() {
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
        return session.rows(table, sql.toString(), values);
    }

    @Override
    public Optional<T> first() {
        return limit(1).list().stream().findFirst();
    }

    /** Rows matching the conditions; order, limit and offset do not apply. */
    @Override
    public long count() {
        List<BoundValue> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(dialect.quote(table.table()));
        appendWhere(sql, values);
        return session.count(sql.toString(), values);
    }

    private void appendWhere(StringBuilder sql, List<BoundValue> values) {
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            sql.append(i == 0 ? " WHERE " : " AND ").append(dialect.quote(condition.column().name()))
                    .append(' ').append(condition.operator());
            condition.value().ifPresent(value -> {
                sql.append(" ?");
                values.add(BoundValue.column(value, condition.column().type(), dialect));
            });
        }
    }

    private ColumnInfo column(ColumnRef<T, ?> column) {
        if (column.entity() != table.type()) {
            throw new IllegalArgumentException("column " + column.entity().getSimpleName() + "." + column.name()
                    + " does not belong to " + table.type().getSimpleName());
        }
        return table.columns().stream().filter(c -> c.name().equals(column.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table.type().getSimpleName() + " has no column '"
                        + column.name() + "'"));
    }

    private TypedQuery<T> withCondition(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new TypedQuery<>(session, table, dialect, List.copyOf(more), orders, limit, offset);
    }

    private TypedQuery<T> withOrder(String order) {
        List<String> more = new ArrayList<>(orders);
        more.add(order);
        return new TypedQuery<>(session, table, dialect, conditions, List.copyOf(more), limit, offset);
    }
}
