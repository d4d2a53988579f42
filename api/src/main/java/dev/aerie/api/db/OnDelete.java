package dev.aerie.api.db;

/**
 * What the database does with a row whose {@link References foreign key} points at a row being
 * deleted; written as the constraint's {@code ON DELETE} clause.
 */
public enum OnDelete {
    /** No clause: the delete fails while the row is referenced (the SQL default, NO ACTION). */
    NO_ACTION,
    /** {@code ON DELETE RESTRICT}: the delete fails while the row is referenced. */
    RESTRICT,
    /** {@code ON DELETE CASCADE}: referencing rows are deleted with it. */
    CASCADE,
    /** {@code ON DELETE SET NULL}: the referencing column becomes NULL; the field must be {@code @Nullable}. */
    SET_NULL
}
