package dev.aerie.runtime.internal.db;

import java.util.List;

/**
 * The row mapping of a {@code @Projection(from = ...)} record, generated at compile time: for each
 * of its {@link #columnNames() labels}, the entity and column a typed join query selects for it.
 * For generated code; not an API.
 */
public interface JoinMapping<T> extends RowMapping<T> {

    /** Where each component comes from, in {@link #columnNames()} order. */
    List<Source> sources();

    /** A column of an entity's table: {@code column} is its lower-case name. */
    record Source(Class<?> entity, String column) {}
}
