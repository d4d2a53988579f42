package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An interface of {@link Sql} methods whose implementation the processor generates
 * ({@code <Interface>_Queries}, no proxies): each method runs its statement in the request's
 * {@link Session}, its parameters bound to the {@code :name} parameters of the same name. Every
 * application compiled with it can inject the interface. The statements are checked against the
 * entities at compile time (docs/checked-sql.md).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Queries {}
