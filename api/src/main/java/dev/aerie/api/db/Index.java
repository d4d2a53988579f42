package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.annotation.Repeatable;

/** An index on one or more columns of an entity (repeatable). */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Repeatable(Indexes.class)
public @interface Index {
    /** Field names (not column names) in index order. */
    String[] value();

    /** Whether the index is unique. */
    boolean unique() default false;

    /** Index name; empty gives {@code <table>_<columns>_idx} (or {@code _key} when unique). */
    String name() default "";
}
