package dev.aerie.processor.orm;

import java.util.List;

/**
 * A {@code @Projection} record as read from source.
 *
 * @param type the record
 * @param origin where errors about it are reported
 * @param record whether it is a record (only records can be projections)
 * @param components its components in declaration order
 * @param from qualified names of the entities of {@code @Projection(from)}, in order; empty for raw SQL only
 * @param sources for a projection with {@code from}: each component's entity and column, in component order
 *     (resolved once the entities are known)
 */
record ProjectionModel(JavaType.ClassRef type, String origin, boolean record, List<FieldModel> components, List<String> from,
                       List<Source> sources) {
    ProjectionModel {
        components = List.copyOf(components);
        from = List.copyOf(from);
        sources = List.copyOf(sources);
    }

    ProjectionModel(JavaType.ClassRef type, String origin, boolean record, List<FieldModel> components, List<String> from) {
        this(type, origin, record, components, from, List.of());
    }

    ProjectionModel(JavaType.ClassRef type, String origin, boolean record, List<FieldModel> components) {
        this(type, origin, record, components, List.of(), List.of());
    }

    /** The column of an entity a component of a joined projection reads. */
    record Source(EntityModel entity, FieldModel column) {}

    ProjectionModel withSources(List<Source> sources) {
        return new ProjectionModel(type, origin, record, components, from, sources);
    }

    String qualifiedName() {
        return type.qualifiedName();
    }
}
