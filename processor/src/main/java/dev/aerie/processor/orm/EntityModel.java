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
 * @param formerly {@code @Entity(formerly)}: the table's previous name, for {@code db diff}
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
        boolean reachable,
        Optional<String> formerly) {

    EntityModel {
        fields = List.copyOf(fields);
        constructor = constructor.map(List::copyOf);
        indexes = List.copyOf(indexes);
    }

    String qualifiedName() {
        return type.qualifiedName();
    }

    /** The @Id field of a single-column key; only after validation. */
    FieldModel idField() {
        List<FieldModel> ids = idFields();
        if (ids.size() != 1) {
            throw new IllegalStateException(qualifiedName() + " has " + ids.size() + " @Id fields");
        }
        return ids.get(0);
    }

    /** The key's fields in declaration order: one, or several for a composite key. */
    List<FieldModel> idFields() {
        return fields.stream().filter(FieldModel::id).toList();
    }

    /** Whether the primary key has more than one column. */
    boolean compositeKey() {
        return idFields().size() > 1;
    }

    /** Whether the database assigns the (single-column) id. */
    boolean generatedId() {
        return !compositeKey() && idFields().stream().anyMatch(FieldModel::generated);
    }

    /** The persistent columns, key columns first, then declaration order: the order of EntityTable.columns(). */
    List<FieldModel> columns() {
        return java.util.stream.Stream.concat(
                        idFields().stream(),
                        fields.stream().filter(f -> f.persistent() && !f.id()))
                .toList();
    }

    Optional<FieldModel> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
