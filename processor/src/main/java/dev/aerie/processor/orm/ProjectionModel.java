package dev.aerie.processor.orm;

import java.util.List;

/**
 * A {@code @Projection} record as read from source.
 *
 * @param type the record
 * @param origin where errors about it are reported
 * @param record whether it is a record (only records can be projections)
 * @param components its components in declaration order
 */
record ProjectionModel(JavaType.ClassRef type, String origin, boolean record, List<FieldModel> components) {
    ProjectionModel {
        components = List.copyOf(components);
    }

    String qualifiedName() {
        return type.qualifiedName();
    }
}
