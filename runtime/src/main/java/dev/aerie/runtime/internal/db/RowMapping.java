package dev.aerie.runtime.internal.db;

import java.util.List;

/**
 * How to build a {@code T} from one result row, without reflection: generated at compile time
 * for every {@code @Entity} (as part of its {@link EntityTable}) and every {@code @Projection}
 * record (named {@code <Record>_Mapping}). Used by generated code.
 *
 * <p>The backend finds each of {@link #columnNames()} among the result's column labels
 * (case-insensitive) once per result set, and hands {@link #read} a {@link ColumnReader} whose
 * index {@code i} is the column named {@code columnNames().get(i)}, whatever the order of the
 * columns in the SQL. A missing column fails naming it and the type.
 * For generated code; not an API.
 */
public interface RowMapping<T> {

    /** The type this builds. */
    Class<T> type();

    /** Lower-case column labels in the order {@link #read} reads them; for a projection the snake_case component names. */
    List<String> columnNames();

    /** The value from the current row. */
    T read(ColumnReader row);
}
