package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When the row was inserted, set by the session: {@code insert} (and
 * {@code insertIgnoringDuplicate}) fill this {@code Instant} or {@code OffsetDateTime} component
 * with the current time, in milliseconds and UTC, when the entity carries null there; a value the
 * entity carries is kept (for imports). {@code update} writes it like any other column, so pass
 * the value you read. The entity the call returns carries the value stored.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface CreatedAt {}
