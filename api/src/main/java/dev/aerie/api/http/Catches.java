package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an injectable as the answer to an exception a route throws (a handler, a
 * guard, the binding of its parameters and body):
 *
 * <pre>{@code
 * @Injectable
 * final class ApiErrors {
 *     @Catches(ValidationFailed.class)
 *     Response<Errors> unprocessable(ValidationFailed e) { return Response.of(422, Errors.of(e)); }
 * }
 * }</pre>
 *
 * The method takes the exception (a type every listed class is assignable to) and returns a
 * {@link Response}, whose body is written as JSON with a generated codec. The processor chooses,
 * per route, among the handlers of the bindings its controller's module sees: the most specific
 * exception type wins; two handlers for the same type are a compile error. Exceptions no handler
 * catches are answered as {@code application/problem+json}; a handler that throws is a 500
 * problem with no detail of its failure.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Catches {
    /** The exception types it answers; empty means the type of the method's parameter. */
    Class<? extends Throwable>[] value() default {};
}
