package dev.aerie.runtime.internal.db;

import java.util.List;

/**
 * What the processor knows about an application's persistence, handed to {@code ApplicationDatabase} by the
 * generated {@code OrmProvider}. Used by generated code.
 *
 * @param entities    every entity table, in foreign-key order (referenced tables first);
 *                    {@code dropAll} drops them in reverse
 * @param projections the row mappings of every {@code @Projection} record
 * @param ddl         the CREATE scripts per dialect
 * For generated code; not an API.
 */
public record Schema(List<EntityTable<?>> entities, List<RowMapping<?>> projections, Ddl ddl) {
    public Schema {
        entities = List.copyOf(entities);
        projections = List.copyOf(projections);
    }
}
