package dev.aerie.api.db;

/**
 * A typed handle on a column of an entity, for typed queries. The processor generates one
 * constant per column in {@code <Entity>_} (for example {@code Book_.year}, a
 * {@code ColumnRef<Book, Integer>}).
 */
public interface ColumnRef<E, V> {

    /** The column's name in the table. */
    String name();

    /** The entity it belongs to. */
    Class<E> entity();

    /** The column {@code name} of {@code entity}; generated {@code <Entity>_} classes call this. */
    static <E, V> ColumnRef<E, V> of(Class<E> entity, String name) {
        return new ColumnName<>(entity, name);
    }
}
