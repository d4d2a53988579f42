package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How a field of an {@link Entity} is stored; every attribute is optional. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface Column {
    /** Column name; empty means the field name in snake_case ({@code publishedOn} gives {@code published_on}). */
    String name() default "";

    /**
     * Maximum length in characters of a {@code String} column (VARCHAR); 0 means 255. At most
     * 16383, the longest VARCHAR MariaDB accepts in utf8mb4; longer text is {@link #text()}.
     */
    int length() default 0;

    /**
     * A long-text column for a {@code String} without a length limit of its own (PostgreSQL
     * {@code TEXT}, MariaDB {@code LONGTEXT}, H2 {@code CHARACTER VARYING} of the largest length):
     * for article bodies, descriptions, documents. Such a column cannot be the id, a reference,
     * {@link #unique()} or in an {@link Index} (MariaDB cannot index it whole); not with {@link #length()}.
     */
    boolean text() default false;

    /** Whether the column carries a UNIQUE constraint. */
    boolean unique() default false;

    /** Total digits of a {@code BigDecimal} column; 0 means 19. */
    int precision() default 0;

    /**
     * The column's previous name, when the field was renamed: {@code app db diff} then writes
     * {@code ALTER TABLE ... RENAME COLUMN title TO headline} and the values stay, instead of
     * dropping one column and adding another. Empty: not renamed. Keep it until every database
     * has run the script; it must not name another column of the entity.
     */
    String formerly() default "";

    /**
     * An SQL literal the column's DEFAULT clause holds ({@code "0"}, {@code "'draft'"},
     * {@code "false"}), written as given into the DDL of every dialect. Aerie's own INSERTs always
     * give every column a value; the default is for the rows a table already has when
     * {@code app db diff} adds the column (a new NOT NULL column with a default is not a
     * destructive step) and for SQL written by hand. Empty: no default.
     */
    String defaultValue() default "";

    /** Digits after the decimal point of a {@code BigDecimal} column; -1 means 2 (0 when only precision is given). */
    int scale() default -1;
}
