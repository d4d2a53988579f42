package dev.aerie.runtime.internal.db;

import java.time.Instant;
import java.util.List;

/**
 * Everything the runtime knows about one entity, generated at compile time (no reflection) as
 * {@code <Entity>_Table} next to the entity: its columns, its statements per dialect, and how to
 * turn an entity into bind values and a row back into an entity. Used by generated code.
 *
 * <p>Statements use positional {@code ?} markers, see {@link Statement}. The runtime builds the
 * typed {@code Query} SQL itself from {@link #table()}, {@link #columns()} and {@link Dialect#quote}.
 * For generated code; not an API.
 */
public interface EntityTable<T> extends RowMapping<T> {

    /** The table name as declared (unquoted, lower case). */
    String table();

    /** Every persistent column, key columns first (in key order), in the order of {@link #read} and {@link #values}. */
    List<ColumnInfo> columns();

    /** Column names in {@link #columns()} order. */
    @Override
    default List<String> columnNames() {
        return columns().stream().map(ColumnInfo::name).toList();
    }

    /** Whether the database assigns the id (identity column, numeric). */
    boolean generatedId();

    /**
     * The entity's id value (boxed); null for a new entity with a generated id (0 counts as unset too).
     * For a composite key, a {@code List} of the key's values in key order.
     */
    Object id(T entity);

    /** A copy of the entity carrying {@code id}; the backend passes the id as the id column's boxed type (Long for LONG, Integer for INT). */
    T withId(T entity, Object id);

    /**
     * A copy of the entity with its {@code @CreatedAt} field set to {@code now} on insert (when
     * null) and its {@code @UpdatedAt} field set to {@code now} on update (and on insert, when
     * null); the entity itself when it has neither, as tables written by hand do.
     */
    default T stamped(T entity, Instant now, boolean insert) {
        return entity;
    }

    /**
     * All column values in {@link #columns()} order (id first), boxed; null for SQL NULL; an enum
     * as its {@code name()}.
     */
    Object[] values(T entity);

    /** The SQL for a statement in a dialect, identifiers quoted as that dialect needs. */
    String sql(Statement statement, Dialect dialect);

    /**
     * The PostgreSQL statement with numbered {@code $1, $2...} markers, as the Vert.x client takes
     * it. Generated tables return constants numbered at compile time; this default numbers at run
     * time for tables written by hand (their statements hold no {@code ?} inside quotes).
     */
    default String numberedSql(Statement statement) {
        String sql = sql(statement, Dialect.POSTGRESQL);
        StringBuilder numbered = new StringBuilder(sql.length() + 8);
        int marker = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                numbered.append('$').append(++marker);
            } else {
                numbered.append(c);
            }
        }
        return numbered.toString();
    }

    /**
     * One column of the table; {@code name} is the lower-case column name. {@code size} is the
     * declared length of a VARCHAR column or the precision of a NUMERIC one, {@code scale} the
     * latter's scale; both 0 when the column has no such limit (other types, long text). Only
     * used to name the column a value does not fit into when the database does not.
     */
    record ColumnInfo(String name, ColumnType type, boolean nullable, boolean id, int size, int scale) {
        public ColumnInfo(String name, ColumnType type, boolean nullable, boolean id) {
            this(name, type, nullable, id, 0, 0);
        }
    }

    /**
     * The statements every entity has; the SELECTs list every column in {@link #columns()} order.
     * <ul>
     *   <li>INSERT binds the columns in column order, leaving out the id when it is generated
     *       (no RETURNING clause: the backend asks the driver for the generated key);</li>
     *   <li>UPDATE binds the non-key columns in column order, then the key columns;</li>
     *   <li>DELETE_BY_ID and SELECT_BY_ID bind the key columns in key order;</li>
     *   <li>SELECT_ALL binds nothing and orders by the key.</li>
     * </ul>
     */
    enum Statement {
        INSERT, UPDATE, DELETE_BY_ID, SELECT_BY_ID, SELECT_ALL
    }
}
