package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an {@code application/x-www-form-urlencoded} body to a record: each component is the form
 * field of its name, converted like a query parameter (a simple type, or an {@code Optional} or
 * {@code List} of one). With {@code @Valid} the record's constraints are checked too.
 *
 * <pre>{@code
 * public record Login(@NotBlank String username, String password, Optional<String> next) {}
 *
 * @Post("/login") public Response<Session> login(@Form @Valid Login in) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Form {}
