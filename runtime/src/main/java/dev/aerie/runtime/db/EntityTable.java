package dev.aerie.runtime.db;

import dev.aerie.api.db.ColumnRef;
import java.util.List;

/**
 * Everything the runtime knows about one entity, generated at compile time (no reflection):
 * its columns, its statements per dialect, and how to turn an entity into bind values and a row
 * back into an entity. Used by generated code and the session backends.
 *
 * <p>Statements use positional {@code ?} markers in the order given by the matching value
 * method; backends that number parameters ({@code $1}) get them rewritten per dialect by the
 * processor, see {@link #sql(Statement, Dialect)}.
 */
public interface EntityTable<T> {

    Class<T> type();

    /** The table name as declared (unquoted). */
    String table();

    /** Every persistent column, id first, in the order of {@link #read} and {@link #values}. */
    List<ColumnInfo> columns();

    /** Whether the database assigns the id (identity column). */
    boolean generatedId();

    /** The entity's id value; null for a new entity with a generated id. */
    Object id(T entity);

    /** A copy of the entity carrying {@code id} (after an insert with a generated id). */
    T withId(T entity, Object id);

    /** All column values in {@link #columns()} order (id first). */
    Object[] values(T entity);

    /** The entity from a row whose columns are in {@link #columns()} order. */
    T read(ColumnReader row);

    /** The SQL for a statement in a dialect, identifiers quoted as that dialect needs. */
    String sql(Statement statement, Dialect dialect);

    /** The typed-query column handle for a column name, used by {@code Query}. */
    List<ColumnRef<T, ?>> queryColumns();

    /** One column of the table. */
    record ColumnInfo(String name, ColumnType type, boolean nullable, boolean id) {}

    /**
     * The statements every entity has. Parameters are positional {@code ?} (or {@code $n} for
     * the Vert.x PostgreSQL dialect, see the backend):
     * INSERT binds the non-generated columns in column order (the id is left out when generated);
     * UPDATE binds the non-id columns in column order, then the id;
     * DELETE_BY_ID and SELECT_BY_ID bind the id; SELECT_ALL binds nothing and orders by id.
     */
    enum Statement {
        INSERT, UPDATE, DELETE_BY_ID, SELECT_BY_ID, SELECT_ALL
    }
}
