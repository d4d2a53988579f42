package dev.aerie.security;

import dev.aerie.api.http.Guarded;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a route through only for a token holding one of these roles: 401 without a good token,
 * 403 when it holds none of them (none at all when the list is empty). On a route method, or on a
 * controller for its routes; a method's own list replaces its controller's. The roles are the
 * token's {@code security.jwt.roles-claim} claim ({@code roles} by default): a list of strings, or
 * one string of space-separated roles as OAuth's {@code scope}.
 *
 * <p>The annotation brings its guard, {@link RoleGuard}, so it is enforced wherever it is written;
 * the controller's module must import {@link SecurityModule} (a compiler error says so otherwise).
 * This is not {@code jakarta.annotation.security.RolesAllowed} because that one cannot carry the
 * guard that enforces it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Guarded(RoleGuard.class)
public @interface RolesAllowed {
    /** The roles of which the token must hold at least one. */
    String[] value();
}
