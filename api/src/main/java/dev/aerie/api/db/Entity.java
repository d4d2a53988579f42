package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A table. Works on records and on classes with a constructor taking every persistent field. Columns are NOT NULL unless annotated with any annotation named {@code Nullable}. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Entity {
    /** Table name; empty means the class name in snake_case ({@code BookAuthor} gives {@code book_author}). */
    String table() default "";

    /**
     * The table's previous name, when the entity's table was renamed: {@code app db diff} then
     * writes {@code ALTER TABLE old RENAME TO new} and the rows stay, instead of dropping one
     * table and creating another. Empty: not renamed.
     */
    String formerly() default "";
}
