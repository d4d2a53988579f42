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
}
