package dev.aerie.processor.orm;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @Entity} as read from source, free of {@code javax.lang.model}.
 *
 * @param type the entity class
 * @param origin where errors about the class are reported
 * @param table {@code @Entity(table)} or the simple name in snake_case
 * @param record whether it is a record
 * @param fields every field in declaration order, transient ones included
 * @param constructor the names of the fields the constructor takes, in parameter order; empty
 *     when the class has no constructor taking every persistent field
 * @param indexes the {@code @Index} annotations in declaration order
 * @param generic whether the class declares type parameters
 * @param reachable whether generated code in its package can name it (not private, nor inside a private class)
 */
record EntityModel(
        JavaType.ClassRef type,
        String origin,
        String table,
        boolean record,
        List<FieldModel> fields,
        Optional<List<String>> constructor,
        List<IndexModel> indexes,
        boolean generic,
        boolean reachable) {

    EntityModel {
        fields = List.copyOf(fields);
        constructor = constructor.map(List::copyOf);
        indexes = List.copyOf(indexes);
    }

    String qualifiedName() {
        return type.qualifiedName();
    }

    /** The @Id field; only after validation. */
    FieldModel idField() {
        return fields.stream().filter(FieldModel::id).findFirst()
                .orElseThrow(() -> new IllegalStateException(qualifiedName() + " has no @Id"));
    }

    /** The persistent columns, id first, then declaration order: the order of EntityTable.columns(). */
    List<FieldModel> columns() {
        FieldModel id = idField();
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(id),
                        fields.stream().filter(f -> f.persistent() && !f.id()))
                .toList();
    }

    Optional<FieldModel> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
