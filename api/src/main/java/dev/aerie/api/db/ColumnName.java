package dev.aerie.api.db;

import java.util.Objects;

/** The plain {@link ColumnRef}: an entity and a column name. */
record ColumnName<E, V>(Class<E> entity, String name) implements ColumnRef<E, V> {
    ColumnName {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
    }
}
