package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.Condition;
import dev.aerie.api.db.ForeignKey;
import dev.aerie.api.db.JoinQuery;
import dev.aerie.api.db.Page;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An immutable typed join query: the root table joined to related tables along generated foreign
 * keys, its SQL built from the tables' own names (each qualified by its quoted table name, as each
 * entity appears once), every value bound. Conditions and orders are checked when added.
 * For the backends; not an API.
 */
final class JoinedQuery<T> implements JoinQuery<T> {
    private final TypedQuery.Runner session;
    private final Dialect dialect;
    private final SqlConditions sql;
    private final EntityTable<T> root;
    private final List<Join> joins;
    private final List<Condition<?>> conditions;
    private final List<String> orders;
    private final OptionalInt limit;
    private final OptionalLong offset;

    /** One joined table: {@code JOIN table ON table.column = other.otherColumn [AND on]}. */
    private record Join(EntityTable<?> table, boolean left, ColumnInfo column, EntityTable<?> other, ColumnInfo otherColumn,
                        Optional<Condition<?>> on) {}

    private JoinedQuery(TypedQuery.Runner session, Dialect dialect, EntityTable<T> root, List<Join> joins,
                        List<Condition<?>> conditions, List<String> orders, OptionalInt limit, OptionalLong offset) {
        this.session = session;
        this.dialect = dialect;
        this.sql = new SqlConditions(dialect, session);
        this.root = root;
        this.joins = joins;
        this.conditions = conditions;
        this.orders = orders;
        this.limit = limit;
        this.offset = offset;
    }

    /** The query of {@code root} with what a {@link TypedQuery} had: conditions on it, orders already qualified. */
    static <T> JoinedQuery<T> of(TypedQuery.Runner session, EntityTable<T> root, Dialect dialect, List<? extends Condition<?>> conditions,
                                 List<String> orders, OptionalInt limit, OptionalLong offset) {
        return new JoinedQuery<>(session, dialect, root, List.of(), List.copyOf(conditions), List.copyOf(orders), limit, offset);
    }

    @Override
    public JoinQuery<T> join(ForeignKey<?, ?, ?> key) {
        return joined(key, false, Optional.empty());
    }

    @Override
    public JoinQuery<T> join(ForeignKey<?, ?, ?> key, Condition<?> on) {
        return joined(key, false, Optional.of(on));
    }

    @Override
    public JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key) {
        return joined(key, true, Optional.empty());
    }

    @Override
    public JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key, Condition<?> on) {
        return joined(key, true, Optional.of(on));
    }

    private JoinQuery<T> joined(ForeignKey<?, ?, ?> key, boolean left, Optional<Condition<?>> on) {
        List<EntityTable<?>> tables = tables();
        boolean ownIn = tables.stream().anyMatch(t -> t.type() == key.entity());
        boolean targetIn = tables.stream().anyMatch(t -> t.type() == key.target());
        Join join;
        if (ownIn && targetIn) {
            throw new IllegalArgumentException("join(" + key.entity().getSimpleName() + "." + key.name() + "): both "
                    + key.entity().getSimpleName() + " and " + key.target().getSimpleName() + " are in the query already; "
                    + "an entity is joined once (a second join of one table is not supported)");
        } else if (ownIn) {
            // from the referencing side: JOIN target ON target.id = own.key
            EntityTable<?> own = table(tables, key.entity());
            EntityTable<?> target = session.table(key.target());
            join = new Join(target, left, id(target), own, SqlConditions.info(key, own), on);
        } else if (targetIn) {
            // from the referenced side: JOIN own ON own.key = target.id
            EntityTable<?> target = table(tables, key.target());
            EntityTable<?> own = session.table(key.entity());
            join = new Join(own, left, SqlConditions.info(key, own), target, id(target), on);
        } else {
            throw new IllegalArgumentException("join(" + key.entity().getSimpleName() + "." + key.name() + "): neither "
                    + key.entity().getSimpleName() + " nor " + key.target().getSimpleName() + " is in the query ("
                    + String.join(", ", tables.stream().map(t -> t.type().getSimpleName()).toList())
                    + "); join along a foreign key of, or to, one of them");
        }
        on.ifPresent(condition -> sql.render(condition, new SqlConditions.Scope(List.of(source(join.table())), true, 0),
                new StringBuilder(), new ArrayList<>())); // checks its columns are the joined table's, now
        List<Join> more = new ArrayList<>(joins);
        more.add(join);
        return new JoinedQuery<>(session, dialect, root, List.copyOf(more), conditions, orders, limit, offset);
    }

    @Override
    public JoinQuery<T> where(Condition<?> condition) {
        sql.render(condition, scope(), new StringBuilder(), new ArrayList<>()); // checks every column now
        List<Condition<?>> more = new ArrayList<>(conditions);
        more.add(condition);
        return new JoinedQuery<>(session, dialect, root, joins, List.copyOf(more), orders, limit, offset);
    }

    @Override
    public JoinQuery<T> orderBy(ColumnRef<?, ?> column) {
        return withOrder(sql.column(column, scope()) + " ASC");
    }

    @Override
    public JoinQuery<T> orderByDescending(ColumnRef<?, ?> column) {
        return withOrder(sql.column(column, scope()) + " DESC");
    }

    @Override
    public JoinQuery<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        return new JoinedQuery<>(session, dialect, root, joins, conditions, orders, OptionalInt.of(limit), offset);
    }

    @Override
    public JoinQuery<T> offset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        return new JoinedQuery<>(session, dialect, root, joins, conditions, orders, limit, OptionalLong.of(offset));
    }

    @Override
    public long count() {
        TypedQuery.Statement count = countStatement();
        return session.count(count.sql(), count.values());
    }

    @Override
    public <P> Selection<P> select(Class<P> projection) {
        Optional<RowMapping<P>> found = session.mapping(projection);
        if (found.isEmpty() || !(found.get() instanceof JoinMapping<P> mapping)) {
            throw new IllegalArgumentException(projection.getName() + " is not a projection of joined entities: annotate "
                    + "the record with @Projection(from = {...}) naming the entities it reads");
        }
        List<JoinMapping.Source> sources = mapping.sources();
        List<EntityTable<?>> tables = tables();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            JoinMapping.Source source = sources.get(i);
            EntityTable<?> table = tables.stream().filter(t -> t.type() == source.entity()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(projection.getSimpleName() + " reads "
                            + source.entity().getSimpleName() + "." + source.column() + ", but the query has no "
                            + source.entity().getSimpleName() + " (it joins " + String.join(", ",
                            tables.stream().map(t -> t.type().getSimpleName()).toList()) + "); join it, or select another projection"));
            columns.add(dialect.quote(table.table()) + "." + dialect.quote(source.column()) + " AS "
                    + dialect.quote(mapping.columnNames().get(i)));
        }
        return new Selected<>(mapping, String.join(", ", columns));
    }

    /** The rows read as one projection, by the columns {@code select} lists. */
    private final class Selected<P> implements Selection<P> {
        private final RowMapping<P> mapping;
        private final String columns;

        Selected(RowMapping<P> mapping, String columns) {
            this.mapping = mapping;
            this.columns = columns;
        }

        @Override
        public List<P> list() {
            TypedQuery.Statement select = select(columns, limit, offset);
            return session.rows(mapping, select.sql(), select.values());
        }

        @Override
        public Optional<P> first() {
            TypedQuery.Statement select = select(columns, OptionalInt.of(1), offset);
            return session.rows(mapping, select.sql(), select.values()).stream().findFirst();
        }

        @Override
        public Page<P> page(int limit, long offset) {
            if (limit < 0 || offset < 0) {
                throw new IllegalArgumentException("page(" + limit + ", " + offset + "): limit and offset must be >= 0");
            }
            return session.page(mapping, select(columns, OptionalInt.of(limit), OptionalLong.of(offset)), countStatement(),
                    limit, offset);
        }
    }

    private TypedQuery.Statement select(String columns, OptionalInt limit, OptionalLong offset) {
        List<BoundValue> values = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ").append(columns);
        from(select, values);
        if (!orders.isEmpty()) {
            select.append(" ORDER BY ").append(String.join(", ", orders));
        }
        if (limit.isPresent()) {
            select.append(" LIMIT ?");
            values.add(BoundValue.column(limit.getAsInt(), ColumnType.INT, dialect));
        } else if (offset.isPresent() && dialect == Dialect.MARIADB) {
            select.append(" LIMIT 18446744073709551615"); // MariaDB has no OFFSET without LIMIT
        }
        if (offset.isPresent()) {
            select.append(" OFFSET ?");
            values.add(BoundValue.column(offset.getAsLong(), ColumnType.LONG, dialect));
        }
        return new TypedQuery.Statement(select.toString(), List.copyOf(values));
    }

    private TypedQuery.Statement countStatement() {
        List<BoundValue> values = new ArrayList<>();
        StringBuilder count = new StringBuilder("SELECT COUNT(*)");
        from(count, values);
        return new TypedQuery.Statement(count.toString(), List.copyOf(values));
    }

    /** {@code FROM root JOIN ... ON ... WHERE ...}, the values of the ON and WHERE conditions in marker order. */
    private void from(StringBuilder out, List<BoundValue> values) {
        out.append(" FROM ").append(dialect.quote(root.table()));
        for (Join join : joins) {
            String joined = dialect.quote(join.table().table());
            out.append(join.left() ? " LEFT JOIN " : " JOIN ").append(joined).append(" ON ")
                    .append(joined).append('.').append(dialect.quote(join.column().name())).append(" = ")
                    .append(dialect.quote(join.other().table())).append('.').append(dialect.quote(join.otherColumn().name()));
            if (join.on().isPresent()) {
                out.append(" AND ");
                sql.render(join.on().get(), new SqlConditions.Scope(List.of(source(join.table())), true, 0), out, values);
            }
        }
        SqlConditions.Scope scope = scope();
        for (int i = 0; i < conditions.size(); i++) {
            out.append(i == 0 ? " WHERE " : " AND ");
            sql.render(conditions.get(i), scope, out, values);
        }
    }

    private List<EntityTable<?>> tables() {
        List<EntityTable<?>> tables = new ArrayList<>();
        tables.add(root);
        joins.forEach(j -> tables.add(j.table()));
        return tables;
    }

    private SqlConditions.Scope scope() {
        return new SqlConditions.Scope(tables().stream().map(this::source).toList(), true, 0);
    }

    private SqlConditions.Source source(EntityTable<?> table) {
        return new SqlConditions.Source(table, dialect.quote(table.table()));
    }

    private static EntityTable<?> table(List<EntityTable<?>> tables, Class<?> type) {
        return tables.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    private static ColumnInfo id(EntityTable<?> table) {
        List<ColumnInfo> key = table.columns().stream().filter(ColumnInfo::id).toList();
        if (key.size() != 1) {
            throw new IllegalArgumentException(table.type().getSimpleName() + " has a composite key; a foreign key "
                    + "references a single-column id");
        }
        return key.getFirst();
    }

    private JoinedQuery<T> withOrder(String order) {
        List<String> more = new ArrayList<>(orders);
        more.add(order);
        return new JoinedQuery<>(session, dialect, root, joins, conditions, List.copyOf(more), limit, offset);
    }
}
