package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import dev.aerie.runtime.internal.db.SessionRules;
import dev.aerie.runtime.internal.db.EntityTable.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One entity table as the Vert.x backend runs it, worked out once per table: every generated
 * statement with {@code $n} markers (numbered by the processor), the INSERT with {@code RETURNING} the id (the generated
 * INSERT leaves the key to the driver), the INSERT that skips a duplicate ({@code ON CONFLICT DO NOTHING}), the id column, and the row reader.
 */
record PgTable<T>(EntityTable<T> table, Map<Statement, String> statements, String insertReturning,
                  String insertIgnoring, ColumnInfo id, List<ColumnInfo> key, PgRows<T> rows) {

    static <T> PgTable<T> of(EntityTable<T> table) {
        Map<Statement, String> statements = new EnumMap<>(Statement.class);
        for (Statement statement : Statement.values()) {
            statements.put(statement, table.numberedSql(statement));
        }
        List<ColumnInfo> key = SessionRules.keyColumns(table);
        ColumnInfo id = key.get(0);
        String returning = " RETURNING " + Dialect.POSTGRESQL.quote(id.name());
        String insert = statements.get(Statement.INSERT);
        String ignoring = insert + " ON CONFLICT DO NOTHING" + (table.generatedId() ? returning : "");
        return new PgTable<>(table, statements, insert + returning, ignoring, id, key, PgRows.inOrder(table));
    }

    String sql(Statement statement) {
        return statements.get(statement);
    }
}
