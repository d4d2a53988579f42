package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The statement of a {@link Queries} method, with {@code :name} parameters named like the method's
 * parameters (a {@code Collection} argument expands to one parameter per element). The return type
 * says how it runs: {@code void}, {@code int} or {@code long} of an INSERT/UPDATE/DELETE is the
 * update count; otherwise the rows map to an entity, a {@link Projection} or a scalar, as
 * {@code List<T>}, {@code Optional<T>}, {@code ResultStream<T>} or {@code T} (a missing row is a 404).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Sql {
    String value();
}
