package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When the row was last written, set by the session: {@code update} always sets this
 * {@code Instant} or {@code OffsetDateTime} component to the current time (milliseconds, UTC);
 * {@code insert} sets it when the entity carries null there, to the same time as a
 * {@link CreatedAt} component. The entity the call returns carries the value stored.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface UpdatedAt {}
