package dev.aerie.processor.orm;

import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks entities alone and against each other. Reports every problem it finds, each on the
 * element that causes it; entities are taken in qualified-name order, so "the second" of two
 * clashing entities is the later name.
 */
final class EntityValidator {
    static final String SUPPORTED_TYPES = "String, int, long, short, boolean, double, float (or their boxes), "
            + "BigDecimal, UUID, an enum, LocalDate, LocalDateTime, Instant, OffsetDateTime, byte[]";

    private EntityValidator() {}

    static List<Diagnostic> validate(List<EntityModel> entities, Blame blame) {
        List<EntityModel> sorted = entities.stream().sorted(Comparator.comparing(EntityModel::qualifiedName)).toList();
        Map<String, EntityModel> byName = sorted.stream()
                .collect(Collectors.toMap(EntityModel::qualifiedName, e -> e, (a, b) -> a));
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, EntityModel> tables = new HashMap<>();
        for (EntityModel entity : sorted) {
            EntityModel first = tables.putIfAbsent(entity.table().toLowerCase(java.util.Locale.ROOT), entity);
            if (first != null) {
                problems.add(blame.at(DiagnosticKind.NAME_CLASH, entity.origin(),
                        "Entity " + entity.qualifiedName() + " uses table '"
                        + entity.table() + "', which entity " + first.qualifiedName()
                        + " already uses;",
                        "give one of them another name with @Entity(table = \"...\")"));
            }
            validateEntity(entity, byName, problems, blame);
        }
        for (EntityModel entity : sorted) {
            Optional<EntityModel> current = entity.formerly().map(old -> tables.get(old.toLowerCase(java.util.Locale.ROOT)));
            if (current.isPresent() && current.get() != null) {
                problems.add(blame.at(DiagnosticKind.NAME_CLASH, entity.origin(),
                        "Entity " + entity.qualifiedName() + " has @Entity(formerly = \"" + entity.formerly().get() + "\"), but '"
                        + entity.formerly().get() + "' is the table of entity " + current.get().qualifiedName()
                        + "; db diff would rename it away;",
                        "formerly names the table's previous name, which no entity uses any more: fix it or remove it"));
            }
        }
        SchemaOrder.cycle(sorted).ifPresent(cycle -> problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, 
                byName.get(cycle.get(0)).origin(),
                "Foreign keys form a cycle: " + String.join(" -> ", cycle)
                        + ";",
                "no table can be created first. Remove @References from one field on this cycle")));
        return problems;
    }

    private static void validateEntity(EntityModel entity, Map<String, EntityModel> entities, List<Diagnostic> problems, Blame blame) {
        String name = entity.qualifiedName();
        if (entity.generic()) {
            problems.add(blame.at(DiagnosticKind.BAD_ENTITY, entity.origin(), "Entity " + name
                    + " declares type parameters;",
                    "an entity maps to one table, so remove them"));
        }
        if (!entity.reachable()) {
            problems.add(blame.at(DiagnosticKind.BAD_ENTITY, entity.origin(), "Entity " + name
                    + " is private (or inside a private class);",
                    "generated code in its package must be able to use it"));
        }
        List<FieldModel> ids = entity.fields().stream().filter(FieldModel::id).toList();
        if (ids.isEmpty()) {
            problems.add(blame.at(DiagnosticKind.BAD_ENTITY, entity.origin(), "Entity " + name
                    + " has no @Id field;",
                    "annotate the key field (or several, for a composite key) with @dev.aerie.api.db.Id"));
        }
        if (ids.size() > 1) {
            String key = ids.stream().map(FieldModel::name).collect(Collectors.joining(", "));
            for (FieldModel generated : ids.stream().filter(FieldModel::generated).toList()) {
                problems.add(blame.at(DiagnosticKind.BAD_ENTITY, generated.origin(),
                        "Field '" + generated.name() + "' of entity " + name
                        + " is @GeneratedValue but part of the composite key (" + key + ");",
                        "only a single-column id can be generated, so remove @GeneratedValue"));
            }
        }
        Map<String, FieldModel> columns = new HashMap<>();
        for (FieldModel field : entity.fields()) {
            String where = "Field '" + field.name() + "' of entity " + name;
            if (!field.type().supported()) {
                if (field.persistent()) {
                    problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                            where + " has type " + field.type().display()
                            + ", which cannot be stored in a column;",
                            "use one of " + SUPPORTED_TYPES
                            + ", or mark the field @Transient"));
                }
                continue;
            }
            if (field.transientField()) {
                if (field.id()) {
                    problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                            where + " is both @Id and @Transient;",
                            "remove @Transient"));
                }
                if (field.timestamp()) {
                    problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                            where + " is " + timestampAnnotation(field) + " and @Transient; a transient field is not stored;",
                            "remove @Transient"));
                }
                continue;
            }
            FieldModel clash = columns.putIfAbsent(field.column().toLowerCase(java.util.Locale.ROOT), field);
            if (clash != null) {
                problems.add(blame.at(DiagnosticKind.NAME_CLASH, field.origin(),
                        where + " maps to column '" + field.column()
                        + "', which field '" + clash.name() + "' already uses;",
                        "rename one with @Column(name = \"...\")"));
            }
            if (field.accessor().isEmpty()) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " is private and has no accessor;",
                        "add a method "
                        + field.name() + "() or get" + capitalize(field.name()) + "() returning it"));
            }
            ValueKind kind = field.type().valueKind();
            if (field.length() != 0 && kind != ValueKind.STRING && kind != ValueKind.ENUM) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " has @Column(length) but type " + field.type().display()
                        + ";",
                        "length applies to String and enum columns only"));
            } else if (field.length() < 0) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " has @Column(length = " + field.length()
                        + ");",
                        "a length is positive"));
            } else if (field.length() > SqlDialect.MAX_VARCHAR && !field.text()) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " has @Column(length = " + field.length() + "), longer than the " + SqlDialect.MAX_VARCHAR
                        + " characters MariaDB allows a VARCHAR in utf8mb4;",
                        kind == ValueKind.STRING
                                ? "use @Column(text = true) for long text (TEXT, LONGTEXT), or a length of at most "
                                        + SqlDialect.MAX_VARCHAR
                                : "an enum name is short: use a length of at most " + SqlDialect.MAX_VARCHAR));
            }
            if (field.text()) {
                validateText(where, field, problems, blame);
            }
            if (field.timestamp()) {
                validateTimestamp(where, field, problems, blame);
            }
            if ((field.precision() != 0 || field.scale() != -1) && kind != ValueKind.BIG_DECIMAL) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " has @Column(precision/scale) but type "
                        + field.type().display() + ";",
                        "precision and scale apply to BigDecimal columns only"));
            } else if (kind == ValueKind.BIG_DECIMAL && (field.precision() < 0 || field.scale() < -1
                    || field.scale() > (field.precision() > 0 ? field.precision() : SqlDialect.DEFAULT_PRECISION))) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " has @Column(precision = " + field.precision()
                        + ", scale = " + field.scale() + ");",
                        "precision is positive and scale between 0 and the precision"));
            }
            if (field.generated()) {
                if (!field.id()) {
                    problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(), where
                            + " is @GeneratedValue but not @Id; only the id can be generated.", "Remove @GeneratedValue."));
                } else if (!field.type().valueKind().canBeIdentity()) {
                    problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                            where + " is @GeneratedValue but has type "
                            + field.type().display() + "; the database generates int, long or short ids (or their boxes) only.",
                            field.type().valueKind() == ValueKind.STRING || field.type().valueKind() == ValueKind.UUID
                                    ? "Remove @GeneratedValue and set the id yourself before inserting (e.g. "
                                            + (field.type().valueKind() == ValueKind.UUID ? "UUID.randomUUID()"
                                                    : "UUID.randomUUID().toString()") + "), or make the id a long."
                                    : "Make the id a long, or remove @GeneratedValue and set the id yourself."));
                }
            }
            if (field.nullable() && field.type().primitive()) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " is @Nullable but has primitive type "
                        + field.type().display() + ", which cannot hold null;",
                        "use its box type"));
            }
            if (field.nullable() && field.id()) {
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        where + " is the @Id and cannot be @Nullable.", "Remove @Nullable: an id always has a value."));
            }
            field.references().ifPresent(target -> validateReference(entity, field, target, entities, problems, blame));
        }
        for (FieldModel field : entity.fields()) {
            if (field.persistent() && field.formerly().isPresent()
                    && columns.containsKey(field.formerly().get().toLowerCase(java.util.Locale.ROOT))) {
                FieldModel current = columns.get(field.formerly().get().toLowerCase(java.util.Locale.ROOT));
                problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                        "Field '" + field.name() + "' of entity " + name + " has @Column(formerly = \"" + field.formerly().get()
                        + "\"), but '" + field.formerly().get() + "' is a current column (of field '" + current.name()
                        + "'); db diff would rename it away;",
                        "formerly names the column's previous name, which no field uses any more: fix it or remove it"));
            }
        }
        validateRowSize(entity, problems, blame);
        validateNameLengths(entity, problems, blame);
        validateTimestampCount(entity, problems, blame);
        if (entity.constructor().isEmpty()) {
            String persistent = entity.fields().stream().filter(FieldModel::persistent).map(FieldModel::name)
                    .collect(Collectors.joining(", "));
            problems.add(blame.at(DiagnosticKind.BAD_ENTITY, entity.origin(), "Entity " + name
                    + " has no usable constructor;",
                    "add a non-private constructor whose parameters are named like its fields ("
                    + persistent + ") and take every persistent field"));
        }
        for (IndexModel index : entity.indexes()) {
            if (index.fields().isEmpty()) {
                problems.add(blame.at(DiagnosticKind.BAD_INDEX, index.origin(), "An @Index of entity " + name
                        + " names no fields.", "Name the fields it indexes: @Index({\"field\", ...})."));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < index.fields().size(); i++) {
                String fieldName = index.fields().get(i);
                Optional<FieldModel> field = entity.field(fieldName);
                if (field.isEmpty() || field.get().transientField()) {
                    problems.add(blame.at(DiagnosticKind.BAD_INDEX, index.origin() + "/" + i, "@Index of entity " + name
                            + " names '" + fieldName + "', which is not a persistent field;", "use field names such as "
                            + entity.fields().stream().filter(FieldModel::persistent).map(FieldModel::name)
                                    .collect(Collectors.joining(", ")) + "."));
                } else if (!seen.add(fieldName)) {
                    problems.add(blame.at(DiagnosticKind.BAD_INDEX, index.origin() + "/" + i, "@Index of entity " + name
                            + " names '" + fieldName + "' twice.", "Remove the second '" + fieldName + "'."));
                } else if (field.get().text()) {
                    problems.add(blame.at(DiagnosticKind.BAD_INDEX, index.origin() + "/" + i, "@Index of entity " + name
                            + " names '" + fieldName + "', a @Column(text = true) column, which cannot be indexed whole"
                            + " (PostgreSQL refuses index entries over 2704 bytes, MariaDB indexes a prefix only);",
                            "give the field a length (@Column(length = ...)) if it must be indexed, or leave it out of the index"));
                }
            }
            if (!index.unique() && index.fields().size() > 1 && seen.size() == index.fields().size()) {
                int bytes = index.fields().stream().map(entity::field).flatMap(Optional::stream)
                        .mapToInt(EntityValidator::keyBytes).sum();
                if (bytes > SqlDialect.MAX_KEY_BYTES) {
                    problems.add(blame.at(DiagnosticKind.BAD_INDEX, index.origin(), "An @Index of entity " + name
                            + " on " + String.join(", ", index.fields()) + " takes up to " + bytes
                            + " bytes on MariaDB (4 per character in utf8mb4), which refuses a non-unique index over "
                            + SqlDialect.MAX_KEY_BYTES + " bytes;",
                            "shorten the columns' @Column(length), index fewer columns, or make it unique = true"
                            + " (MariaDB indexes a unique key by a hash)"));
                }
            }
        }
    }

    private static String timestampAnnotation(FieldModel field) {
        return field.createdAt() ? "@CreatedAt" : "@UpdatedAt";
    }

    /** A @CreatedAt/@UpdatedAt field holds the time the session sets: an Instant or OffsetDateTime column of its own. */
    private static void validateTimestamp(String where, FieldModel field, List<Diagnostic> problems, Blame blame) {
        ValueKind kind = field.type().valueKind();
        if (field.createdAt() && field.updatedAt()) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " is both @CreatedAt and @UpdatedAt;",
                    "keep one: an insert sets both to the same time, so use two fields if you need both"));
        } else if (kind != ValueKind.INSTANT && kind != ValueKind.OFFSET_DATE_TIME) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " is " + timestampAnnotation(field) + " but has type " + field.type().display()
                    + "; the session sets it to the current time;",
                    "declare it as java.time.Instant (or java.time.OffsetDateTime, stored in UTC)"));
        } else if (field.id() || field.references().isPresent()) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " is " + timestampAnnotation(field) + " and " + (field.id() ? "@Id" : "@References")
                    + "; the session overwrites it with the current time;",
                    "give the time a field of its own"));
        }
    }

    /** At most one @CreatedAt and one @UpdatedAt field: the session would not know which to set. */
    private static void validateTimestampCount(EntityModel entity, List<Diagnostic> problems, Blame blame) {
        for (boolean created : new boolean[] {true, false}) {
            List<FieldModel> marked = entity.fields().stream().filter(FieldModel::persistent)
                    .filter(f -> created ? f.createdAt() : f.updatedAt()).toList();
            String annotation = created ? "@CreatedAt" : "@UpdatedAt";
            for (FieldModel extra : marked.subList(Math.min(1, marked.size()), marked.size())) {
                problems.add(blame.at(DiagnosticKind.BAD_ENTITY, extra.origin(),
                        "Field '" + extra.name() + "' of entity " + entity.qualifiedName() + " is " + annotation
                        + ", and so is field '" + marked.get(0).name() + "';",
                        "an entity has at most one " + annotation + " field, so remove it from one"));
            }
        }
    }

    private static void validateText(String where, FieldModel field, List<Diagnostic> problems, Blame blame) {
        if (field.type().valueKind() != ValueKind.STRING) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " has @Column(text = true) but type " + field.type().display() + ";",
                    "text applies to String columns only, so remove it"));
            return;
        }
        if (field.length() != 0) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " has both @Column(text = true) and @Column(length = " + field.length()
                    + "); a text column has no length;",
                    "keep length for a VARCHAR of at most " + SqlDialect.MAX_VARCHAR + " characters, or text = true for"
                    + " longer text, not both"));
        }
        String notIndexable = "a long-text column cannot be indexed whole (PostgreSQL refuses index entries over 2704 bytes,"
                + " MariaDB indexes a prefix only)";
        if (field.id()) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " is the @Id and has @Column(text = true); " + notIndexable + ";",
                    "remove text = true and give the key a length (@Column(length = ...))"));
        } else if (field.references().isPresent()) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " has @References and @Column(text = true); a foreign key has the type of the id it references;",
                    "remove text = true"));
        } else if (field.unique()) {
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, field.origin(),
                    where + " has @Column(text = true, unique = true); " + notIndexable + ";",
                    "give it a length instead (@Column(length = ..., unique = true)), or drop unique"));
        }
    }

    /** MariaDB refuses a table whose VARCHAR columns take more than 65,535 bytes in a row (4 per character in utf8mb4). */
    private static void validateRowSize(EntityModel entity, List<Diagnostic> problems, Blame blame) {
        List<FieldModel> varchars = entity.fields().stream()
                .filter(f -> f.persistent() && f.type().supported() && !f.text()
                        && (f.type().valueKind() == ValueKind.STRING || f.type().valueKind() == ValueKind.ENUM)
                        && f.length() >= 0 && f.length() <= SqlDialect.MAX_VARCHAR)
                .toList();
        int bytes = varchars.stream().mapToInt(f -> keyBytes(f) + (keyBytes(f) > 255 ? 2 : 1)).sum();
        if (bytes > SqlDialect.MAX_ROW_BYTES) {
            FieldModel longest = varchars.stream().max(Comparator.comparingInt(EntityValidator::keyBytes)).orElseThrow();
            problems.add(blame.at(DiagnosticKind.BAD_COLUMN, longest.origin(),
                    "Entity " + entity.qualifiedName() + " has VARCHAR columns taking up to " + bytes
                    + " bytes a row on MariaDB (4 per character in utf8mb4), which refuses more than "
                    + SqlDialect.MAX_ROW_BYTES + ";",
                    "make the long ones @Column(text = true) (stored apart from the row), starting with '"
                    + longest.name() + "', or shorten them"));
        }
    }

    /** The bytes a VARCHAR field takes in a MariaDB index or row: 4 per character; 0 for other types. */
    private static int keyBytes(FieldModel field) {
        if (!field.type().supported()) {
            return 0;
        }
        ValueKind kind = field.type().valueKind();
        if (field.text() || kind != ValueKind.STRING && kind != ValueKind.ENUM) {
            return kind == ValueKind.UUID ? 4 * 36 : 8; // CHAR(36); numbers and times take at most 8 (a close enough bound)
        }
        return 4 * (field.length() > 0 ? field.length() : SqlDialect.DEFAULT_LENGTH);
    }

    /** PostgreSQL cuts identifiers at 63 bytes, MariaDB refuses more than 64: keep every name within 63. */
    static final int MAX_IDENTIFIER = 63;

    private static void validateNameLengths(EntityModel entity, List<Diagnostic> problems, Blame blame) {
        String name = entity.qualifiedName();
        String table = entity.table();
        if (table.length() > MAX_IDENTIFIER) {
            problems.add(blame.at(DiagnosticKind.NAME_CLASH, entity.origin(),
                    "Entity " + name + " has table name '" + table + "' of "
                    + table.length() + " characters;",
                    "databases allow " + MAX_IDENTIFIER + ", so choose a shorter @Entity(table)"));
            return;
        }
        for (FieldModel field : entity.fields()) {
            if (field.transientField()) {
                continue;
            }
            List<String> generated = new ArrayList<>();
            generated.add(field.column());
            if (field.unique()) {
                generated.add(table + "_" + field.column() + "_key");
            }
            if (field.references().isPresent()) {
                generated.add(table + "_" + field.column() + "_fkey");
            }
            generated.stream().filter(n -> n.length() > MAX_IDENTIFIER).findFirst().ifPresent(tooLong ->
                    problems.add(blame.at(DiagnosticKind.NAME_CLASH, field.origin(),
                            "Field '" + field.name() + "' of entity " + name + " gives the name '"
                            + tooLong + "' of " + tooLong.length() + " characters;",
                            "databases allow " + MAX_IDENTIFIER
                            + ", so choose a shorter @Column(name) or table name")));
        }
        for (IndexModel index : entity.indexes()) {
            if (index.fields().stream().anyMatch(f -> entity.field(f).isEmpty())) {
                continue; // reported as an unknown field
            }
            String indexName = index.name().orElse(table + "_" + index.fields().stream()
                    .map(f -> entity.field(f).orElseThrow().column()).collect(Collectors.joining("_"))
                    + (index.unique() ? "_key" : "_idx"));
            if (indexName.length() > MAX_IDENTIFIER) {
                problems.add(blame.at(DiagnosticKind.BAD_INDEX, index.origin(),
                        "An @Index of entity " + name + " is named '" + indexName + "' ("
                        + indexName.length() + " characters);",
                        "databases allow " + MAX_IDENTIFIER
                        + ", so give it a shorter @Index(name = \"...\")"));
            }
        }
    }

    private static void validateReference(EntityModel entity, FieldModel field, String target,
                                          Map<String, EntityModel> entities, List<Diagnostic> problems, Blame blame) {
        String where = "Field '" + field.name() + "' of entity " + entity.qualifiedName();
        EntityModel referenced = entities.get(target);
        if (!field.referencesEntity()) {
            problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, field.origin(), where + " references " + target
                    + ", which is not an @Entity;",
                    "reference an entity class, or annotate " + target + " with @Entity"));
            return;
        }
        if (referenced == null) {
            problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, field.origin(), where + " references entity " + target
                    + ", which is not compiled with this application; only entities of the same compilation can be referenced.",
                    "Move the two entities into one Maven module, or remove @References and keep the plain column."));
            return;
        }
        if ("SET_NULL".equals(field.onDelete()) && field.id()) {
            problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, field.origin(),
                    where + " has @References(onDelete = SET_NULL) but is part of the primary key, which cannot be NULL;",
                    "use CASCADE (delete the row with the referenced one) or RESTRICT"));
        } else if ("SET_NULL".equals(field.onDelete()) && !field.nullable()) {
            problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, field.origin(),
                    where + " has @References(onDelete = SET_NULL) but is not @Nullable, so the database could not set it to NULL;",
                    "annotate it @Nullable (with a box type) or use CASCADE or RESTRICT"));
        }
        List<FieldModel> key = referenced.fields().stream().filter(FieldModel::id).toList();
        if (key.size() > 1) {
            problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, field.origin(),
                    where + " references " + target + ", whose key is composite ("
                    + key.stream().map(FieldModel::name).collect(Collectors.joining(", ")) + ");",
                    "a foreign key references a single-column id, so reference one of the entities that key is made of"));
            return;
        }
        Optional<FieldModel> id = key.stream().findFirst();
        if (id.isEmpty() || !id.get().type().supported()) {
            return; // reported on the referenced entity
        }
        JavaType idType = id.get().type();
        boolean sameKind = field.type().kind().equals(idType.kind()) && field.type().enumClass().equals(idType.enumClass());
        if (!sameKind) {
            problems.add(blame.at(DiagnosticKind.BAD_REFERENCE, field.origin(),
                    where + " has type " + field.type().display()
                    + " but references " + target + " whose id '" + id.get().name() + "' has type " + idType.display()
                    + ";",
                    "declare the field with the id's type"));
        }
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
