package dev.aerie.runtime.internal.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The entity tables and row mappings of one application, by Java type. For the backends; not an API. */
public final class Mappings {
    private final Map<Class<?>, EntityTable<?>> tables = new HashMap<>();
    private final Map<Class<?>, RowMapping<?>> mappings = new HashMap<>();

    public Mappings(Schema schema) {
        for (EntityTable<?> table : schema.entities()) {
            if (tables.put(table.type(), table) != null) {
                throw new IllegalArgumentException("two entity tables for " + table.type().getName());
            }
            mappings.put(table.type(), table);
        }
        for (RowMapping<?> mapping : schema.projections()) {
            if (mappings.put(mapping.type(), mapping) != null) {
                throw new IllegalArgumentException("two row mappings for " + mapping.type().getName());
            }
        }
    }

    @SuppressWarnings("unchecked") // the map is keyed by the type each table maps
    public <T> EntityTable<T> table(Class<T> type) {
        EntityTable<?> table = tables.get(type);
        if (table == null) {
            throw new IllegalArgumentException(type.getName() + " is not an entity of this application: annotate it with "
                    + "@Entity (and make sure the aerie-processor is on the annotation processor path)");
        }
        return (EntityTable<T>) table;
    }

    @SuppressWarnings("unchecked") // an entity's class is the type of its table
    public <T> EntityTable<T> tableOf(T entity) {
        return (EntityTable<T>) table(entity.getClass());
    }

    @SuppressWarnings("unchecked") // the map is keyed by the type each mapping builds
    public <T> Optional<RowMapping<T>> mapping(Class<T> type) {
        return Optional.ofNullable((RowMapping<T>) mappings.get(type));
    }
}
