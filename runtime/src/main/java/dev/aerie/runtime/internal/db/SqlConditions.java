package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.Condition;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import java.util.List;

/**
 * Renders {@link Condition}s as SQL with {@code ?} markers, for the typed queries: every column is
 * checked against the tables of the scope it is used in, and every value is bound.
 */
final class SqlConditions {
    /** The escape character of {@code contains}/{@code startsWith}/{@code endsWith}: the same on every database (a backslash is not, in string literals). */
    static final char LIKE_ESCAPE = '!';

    private final Dialect dialect;
    private final TypedQuery.Runner session;

    SqlConditions(Dialect dialect, TypedQuery.Runner session) {
        this.dialect = dialect;
        this.session = session;
    }

    /** A table of a scope and how its columns are qualified (its quoted name, or a sub-query's alias). */
    record Source(EntityTable<?> table, String qualifier) {}

    /**
     * Where a condition's columns live: the tables, whether columns are written qualified (a join)
     * or bare (one table, or inside a sub-query, where bare names are the sub-query's own), the
     * sub-query depth.
     */
    record Scope(List<Source> tables, boolean qualified, int depth) {
        Source source(ColumnRef<?, ?> column) {
            for (Source source : tables) {
                if (source.table().type() == column.entity()) {
                    return source;
                }
            }
            throw new IllegalArgumentException("column " + column.entity().getSimpleName() + "." + column.name()
                    + " does not belong to " + String.join(" or ", tables.stream().map(s -> s.table().type().getSimpleName()).toList())
                    + (tables.size() > 1 ? "" : "; join its entity first (join(...) with a generated ForeignKey)"));
        }
    }

    /** The column as SQL in {@code scope} ({@code "title"} or {@code "articles"."title"}) after checking it. */
    String column(ColumnRef<?, ?> column, Scope scope) {
        Source source = scope.source(column);
        ColumnInfo info = info(column, source.table());
        return scope.qualified() ? source.qualifier() + "." + dialect.quote(info.name()) : dialect.quote(info.name());
    }

    /** Appends {@code condition} as SQL and its values in marker order; its columns belong to {@code scope}'s tables. */
    void render(Condition<?> condition, Scope scope, StringBuilder sql, List<BoundValue> values) {
        switch (condition) {
            case Condition.Compare<?> compare -> {
                ColumnInfo column = info(compare.column(), scope);
                sql.append(column(compare.column(), scope)).append(' ').append(compare.op().sql()).append(" ?");
                values.add(BoundValue.column(compare.value(), column.type(), dialect));
            }
            case Condition.In<?> in -> {
                ColumnInfo column = info(in.column(), scope);
                if (in.values().isEmpty()) {
                    sql.append("1 = 0"); // IN () is no SQL; an empty list matches nothing
                    return;
                }
                sql.append(column(in.column(), scope)).append(" IN (");
                for (int i = 0; i < in.values().size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                    values.add(BoundValue.column(in.values().get(i), column.type(), dialect));
                }
                sql.append(')');
            }
            case Condition.IsNull<?> isNull -> sql.append(column(isNull.column(), scope)).append(" IS NULL");
            case Condition.Like<?> like -> {
                ColumnInfo column = info(like.column(), scope);
                if (column.type() != ColumnType.STRING) {
                    throw new IllegalArgumentException("LIKE on " + column.name() + ", a " + column.type()
                            + " column; LIKE applies to String columns");
                }
                sql.append(column(like.column(), scope)).append(" LIKE ?");
                String pattern = switch (like.match()) {
                    case PATTERN -> like.text();
                    case CONTAINS -> "%" + escapeLike(like.text()) + "%";
                    case STARTS_WITH -> escapeLike(like.text()) + "%";
                    case ENDS_WITH -> "%" + escapeLike(like.text());
                };
                if (like.match() != Condition.Match.PATTERN) {
                    sql.append(" ESCAPE '").append(LIKE_ESCAPE).append('\'');
                }
                values.add(BoundValue.column(pattern, ColumnType.STRING, dialect));
            }
            case Condition.All<?> all -> group(all.conditions(), " AND ", "1 = 1", scope, sql, values);
            case Condition.Any<?> any -> group(any.conditions(), " OR ", "1 = 0", scope, sql, values);
            case Condition.Not<?> not -> {
                sql.append("NOT (");
                render(not.condition(), scope, sql, values);
                sql.append(')');
            }
            case Condition.Exists<?, ?> exists -> {
                Source outer = scope.source(exists.key());
                ColumnInfo key = info(exists.key(), outer.table());
                EntityTable<?> related = session.table(exists.reference().entity());
                ColumnInfo reference = info(exists.reference(), related);
                // the sub-query's own alias: unqualified columns inside it are its table's, even for the same table
                Scope inner = new Scope(List.of(new Source(related, dialect.quote("sq" + (scope.depth() + 1)))), false,
                        scope.depth() + 1);
                String alias = inner.tables().getFirst().qualifier();
                sql.append("EXISTS (SELECT 1 FROM ").append(dialect.quote(related.table())).append(' ').append(alias)
                        .append(" WHERE ").append(alias).append('.').append(dialect.quote(reference.name()))
                        .append(" = ").append(outer.qualifier()).append('.').append(dialect.quote(key.name()));
                if (!(exists.where() instanceof Condition.All<?> all && all.conditions().isEmpty())) {
                    sql.append(" AND ");
                    render(exists.where(), inner, sql, values);
                }
                sql.append(')');
            }
        }
    }

    private void group(List<? extends Condition<?>> parts, String operator, String empty, Scope scope, StringBuilder sql,
                       List<BoundValue> values) {
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : operator);
            render(parts.get(i), scope, sql, values);
        }
        sql.append(')');
    }

    /** {@code text} with LIKE's wildcards and the escape character escaped, so each matches itself. */
    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static ColumnInfo info(ColumnRef<?, ?> column, Scope scope) {
        return info(column, scope.source(column).table());
    }

    /** The column of {@code table} that {@code column} names; fails naming both when it is another entity's or unknown. */
    static ColumnInfo info(ColumnRef<?, ?> column, EntityTable<?> table) {
        if (column.entity() != table.type()) {
            throw new IllegalArgumentException("column " + column.entity().getSimpleName() + "." + column.name()
                    + " does not belong to " + table.type().getSimpleName());
        }
        return table.columns().stream().filter(c -> c.name().equals(column.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table.type().getSimpleName() + " has no column '"
                        + column.name() + "'"));
    }
}
