package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A foreign key to the id of another entity; the field has the type of that id (for example {@code @References(Author.class) long authorId}). */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface References {
    /** The referenced entity; it must be an {@link Entity}. */
    Class<?> value();
}
