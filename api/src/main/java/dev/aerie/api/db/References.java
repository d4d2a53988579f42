package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key to the id of another entity; the field has the type of that id (for example
 * {@code @References(Author.class) long authorId}). {@code onDelete} says what deleting the
 * referenced row does: {@code @References(value = Article.class, onDelete = OnDelete.CASCADE)}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface References {
    /** The referenced entity; it must be an {@link Entity} with a single-column id. */
    Class<?> value();

    /** The constraint's {@code ON DELETE} action; none by default (the delete fails while referenced). */
    OnDelete onDelete() default OnDelete.NO_ACTION;
}
