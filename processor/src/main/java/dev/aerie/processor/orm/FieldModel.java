package dev.aerie.processor.orm;

import java.util.Optional;

/**
 * One field of an entity as declared (record component or instance field), persistent or not.
 *
 * @param name the Java name
 * @param origin where errors about it are reported ({@link Origin#of(String, String)})
 * @param type its Java type
 * @param column the column name: {@code @Column(name)} or the name in snake_case
 * @param nullable annotated with an annotation whose simple name is {@code Nullable}
 * @param id annotated {@code @Id}
 * @param generated annotated {@code @GeneratedValue}
 * @param transientField annotated {@code @Transient}: not a column
 * @param length {@code @Column(length)}, 0 when not given
 * @param text {@code @Column(text)}: a long-text column instead of a VARCHAR
 * @param unique {@code @Column(unique)}
 * @param precision {@code @Column(precision)}, 0 when not given
 * @param scale {@code @Column(scale)}, -1 when not given
 * @param references qualified name of the {@code @References} target
 * @param referencesEntity whether that target is annotated {@code @Entity}
 * @param onDelete the {@code @References(onDelete)} constant's name ({@code NO_ACTION} by default)
 * @param accessor how generated code reads the value from an instance; empty when it cannot
 * @param createdAt annotated {@code @CreatedAt}: the session sets it on insert
 * @param updatedAt annotated {@code @UpdatedAt}: the session sets it on insert and update
 * @param formerly {@code @Column(formerly)}: the column's previous name, for {@code db diff}
 * @param defaultValue {@code @Column(defaultValue)}: the SQL literal of the column's DEFAULT clause
 */
record FieldModel(
        String name,
        String origin,
        JavaType type,
        String column,
        boolean nullable,
        boolean id,
        boolean generated,
        boolean transientField,
        int length,
        boolean text,
        boolean unique,
        int precision,
        int scale,
        Optional<String> references,
        boolean referencesEntity,
        String onDelete,
        Optional<Accessor> accessor,
        boolean createdAt,
        boolean updatedAt,
        Optional<String> formerly,
        Optional<String> defaultValue) {

    /** A record accessor or getter method ({@code title()}, {@code getTitle()}), or a non-private field. */
    record Accessor(String name, boolean method) {
        /** The Java expression reading it from {@code target}. */
        String on(String target) {
            return target + "." + name + (method ? "()" : "");
        }
    }

    boolean persistent() {
        return !transientField;
    }

    /** Set by the session on insert or update ({@code @CreatedAt}, {@code @UpdatedAt}). */
    boolean timestamp() {
        return createdAt || updatedAt;
    }
}
