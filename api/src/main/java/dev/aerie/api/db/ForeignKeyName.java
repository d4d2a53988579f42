package dev.aerie.api.db;

import java.util.Objects;

/** The plain {@link ForeignKey}: an entity, a column name and the referenced entity. */
record ForeignKeyName<E, V, R>(Class<E> entity, String name, Class<R> target) implements ForeignKey<E, V, R> {
    ForeignKeyName {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
    }
}
